// Lint rules that keep the architecture honest: the core imports no UI, store or DOM code; only the
// store touches IndexedDB; no network anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const coreFolders = [
  'src/notice/**',
  'src/analysis/**',
  'src/graph/**',
  'src/search/**',
  'src/projects/**',
  'src/corrections/**',
  'src/workspace/**',
  'src/import/**',
  'src/export/data/**',
];

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
