// Lint rules that keep the architecture honest: the core imports no UI, store or DOM code; no network anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const coreFolders = [
  'src/notice/**',
  'src/analysis/**',
  'src/graph/**',
  'src/search/**',
  'src/export/data/**',
];
const networkGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Fengong Atlas never sends data anywhere: no network calls.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/browser/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-globals': ['error', ...networkGlobals],
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'dexie', 'dexie-*', 'cytoscape', 'cytoscape-*', 'd3*'],
              message: 'The core is pure: no UI or store libraries.',
            },
            {
              group: ['**/views/**', '**/store/**', '**/worker/**', '**/cli/**', '**/export/image/**'],
              message: 'Dependencies point inwards: the core imports no outer layer.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'The core runs in browsers too: no Node APIs.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'src/cli/**', '*.config.*'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
