// The linter (`npm run lint`, and first in `npm test`). Type checking is tsc's job (strict, no unused
// locals), so the rules here are the ones tsc cannot give: hooks that read what they depend on,
// import cycles, and a handful of correctness rules. The rules are syntactic, not type-aware: a
// type-aware lint would build a second TypeScript program beside tsc's and double the time on two cores.
// Unused exports are found by scripts/unused-exports.mjs: import-x's no-unused-modules does nothing
// under ESLint 10 (it needs the FileEnumerator that ESLint removed).
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ESLint's own recommended set, read from ESLint itself (the same list @eslint/js ships).
const eslintRecommended = Object.fromEntries([...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']));

export default defineConfig(
  globalIgnores(['dist/', 'release/', 'test-reports/', 'test-results/', 'playwright-report/', 'bench-results/', 'test/fixtures/']),
  { rules: eslintRecommended },
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.d.mts', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A cycle makes the load order decide which module sees the other half-initialised; the contract,
      // the model types and db/ must import in one direction.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      // tsc reports unused locals; unused parameters stay allowed when they start with _ (callbacks
      // whose shape is fixed by the caller).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // The importers, the exporters and the file namer strip control characters on purpose, which is
      // exactly what this rule flags.
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    // Hooks live in the renderer only (Playwright's fixtures call a function named `use` too).
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // useLoad (renderer/ui/useLoad.ts) takes a load function and the deps it reads, as useEffect does.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useLoad$' }],
    },
  },
  {
    // Node: the host, the database, the Electron shell, scripts, tests and configs.
    files: ['host/**', 'db/**', 'electron/**', 'scripts/**', 'bin/**', 'test/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The renderer runs in the browser; e2e tests and the bench hand functions to the page.
    files: ['renderer/**', 'test/e2e/**', 'test/bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
