// Lint rules that keep the architecture honest: the core imports no UI, store or DOM code; only the
// store touches IndexedDB; no network anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';

const coreFolders = [
  'src/notice/**',
  'src/analysis/**',
  'src/graph/**',
  'src/search/**',
  'src/projects/**',
  'src/corrections/**',
  'src/workspace/**',
  'src/import/**',
  'src/corpus/**',
  'src/export/data/**',
];

// The floors of the code, lowest first (ARCHITECTURE.md draws them). A folder imports its own floor
// and those below, never one above; import-x/no-cycle forbids circles on any floor.
export const FLOORS = [
  ['notice', 'import', 'search'],
  ['projects', 'corrections', 'analysis'],
  ['graph', 'workspace'],
  ['layout', 'export', 'compare', 'corpus', 'store', 'worker', 'offline'],
  ['view-model'],
  ['views', 'cli'],
];
const above = (floor) => FLOORS.slice(floor + 1).flat();
const floorZones = FLOORS.flatMap((folders, floor) =>
  folders.map((folder) => ({
    target: `./src/${folder}`,
    from: above(floor).map((f) => `./src/${f}`),
    except: [],
    message: `src/${folder} is on floor ${floor}: it may not import a higher floor (see ARCHITECTURE.md).`,
  })),
).filter((zone) => zone.from.length > 0);

const networkGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Fengong Atlas never sends data anywhere: no network calls.',
}));
const storageGlobals = ['indexedDB', 'IDBFactory'].map((name) => ({
  name,
  message: 'Only src/store talks to IndexedDB; use its WorkspaceStore API.',
}));

const storeOnly = {
  group: ['dexie', 'dexie-*'],
  message: 'Only src/store talks to IndexedDB; use its WorkspaceStore API.',
};
const noViews = {
  group: ['**/views/**'],
  message: 'Dependencies point inwards: only the views import the views.',
};
const corePatterns = [
  {
    group: ['react', 'react-dom', 'react/*', 'cytoscape', 'cytoscape-*', 'd3*'],
    message: 'The core is pure: no UI libraries.',
  },
  {
    group: ['**/views/**', '**/store/**', '**/worker/**', '**/cli/**', '**/export/image/**'],
    message: 'Dependencies point inwards: the core imports no outer layer.',
  },
  { group: ['node:*', 'fs', 'path'], message: 'The core runs in browsers too: no Node APIs.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/browser/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-globals': ['error', ...networkGlobals, ...storageGlobals],
      'no-restricted-imports': ['error', { patterns: [storeOnly] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.fixture.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: floorZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The view-model is what the views show, computed without them: no React, no views.
    files: ['src/view-model/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            storeOnly,
            noViews,
            { group: ['react', 'react-dom', 'react/*'], message: 'The view-model does not use React.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/views/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: coreFolders,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [storeOnly, ...corePatterns] }] },
  },
  {
    files: ['src/layout/**', 'src/export/**', 'src/worker/**'],
    ignores: ['src/export/data/**', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [storeOnly, noViews] }] },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-globals': ['error', ...networkGlobals],
      'no-restricted-imports': ['error', { patterns: [noViews] }],
    },
  },
  {
    files: ['src/cli/**'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-imports': ['error', { patterns: [noViews] }] },
  },
  {
    files: ['tests/**', '*.config.*'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-imports': 'off' },
  },
);
