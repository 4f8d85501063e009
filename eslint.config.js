// Lint rules: typescript-eslint's recommended set with type information (a promise is awaited,
// returned or voided on purpose), the hooks rules, and the layers of our style guide as
// import boundaries. Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** A layer may not import these (value imports; types may cross where noted). */
const forbid = (patterns, message, allowTypeImports = false) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { patterns: [{ group: patterns, message, allowTypeImports }] },
  ],
});

export default tseslint.config(
  { ignores: ['**/dist/**', 'data/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // One way to open a write transaction: inWriteTransaction (grouped commits on SQLite).
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts', 'server/db/writeBatch.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Open write transactions with inWriteTransaction (server/db/writeBatch.ts).',
        },
      ],
    },
  },
  // Layers (../shared/STYLE.md § Layout): each imports only downwards.
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: forbid(
      ['**/client/**', '**/server/**', 'node:*', 'hono', 'hono/*', 'kysely', 'preact', 'preact/*'],
      'shared/ is code both sides run: no client, server, Node or framework imports.',
    ),
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts', 'server/dev.ts'],
    rules: forbid(['**/client/**'], 'The server never imports client code.'),
  },
  // Later blocks replace the rule for their folder, so each repeats what is forbidden above it.
  {
    files: ['server/domain/**/*.ts'],
    ignores: ['server/**/*.test.ts'],
    rules: forbid(
      ['hono', 'hono/*', '**/routes/**', '**/http/**', '**/client/**'],
      'domain/ holds use cases: no HTTP (routes → domain → db).',
    ),
  },
  {
    files: ['server/core/**/*.ts'],
    rules: forbid(
      ['hono', 'hono/*', '**/routes/**', '**/http/**', '**/domain/**', '**/db/**', '**/client/**'],
      'core/ (the error type, the staff user) is what every layer may import: it imports none.',
    ),
  },
  {
    files: ['server/db/**/*.ts'],
    ignores: ['server/**/*.test.ts'],
    rules: forbid(
      ['hono', 'hono/*', '**/routes/**', '**/http/**', '**/domain/**', '**/client/**'],
      'db/ is the bottom layer: repositories import no use case and no HTTP.',
      true,
    ),
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/**/*.test.ts'],
    rules: forbid(
      ['**/server/**', 'node:*'],
      'The client runs in the browser: no server code, no Node modules.',
    ),
  },
  {
    files: ['client/{sync,store,api}/**/*.ts'],
    ignores: ['client/**/*.test.ts'],
    rules: forbid(
      [
        '**/server/**',
        'node:*',
        '**/actions/**',
        '**/pages/**',
        '**/components/**',
        'preact',
        'preact/*',
      ],
      'sync/, store/ and api/ are the bottom of the client (actions → sync/store/api): no intents, no screens.',
    ),
  },
  {
    files: ['client/actions/**/*.ts'],
    ignores: ['client/**/*.test.ts'],
    rules: forbid(
      ['**/server/**', 'node:*', '**/pages/**', '**/components/**'],
      'actions/ hold user intents (pages → actions → sync/store/api): they render nothing.',
    ),
  },
  {
    files: ['client/{pages,components}/**/*.{ts,tsx}'],
    ignores: ['client/**/*.test.ts'],
    rules: forbid(
      [
        '**/server/**',
        'node:*',
        // client/sync, client/store, client/api as a screen reaches them (not shared/api's types)
        ...['../', '../../', '../../../'].flatMap((up) =>
          ['sync', 'store', 'api'].map((l) => `${up}${l}/*`),
        ),
      ],
      'Screens render state and call intents (pages → actions → sync/store/api): no queue, no fetch, no IndexedDB here; types may cross.',
      true,
    ),
  },
);
