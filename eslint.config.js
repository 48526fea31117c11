// `pnpm lint`: ESLint's and typescript-eslint's recommended rules. Not type-aware: tsc (`pnpm typecheck`) does
// the type checks, and linting with types would re-run the type checker on every file.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, installs, the VS Code downloads and profiles of the extension tests, and local data.
  { ignores: ['**/dist/', '**/out/', '**/node_modules/', '**/.vscode-test/', '.cache/', 'test-results/', 'corpus/', 'scratch/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Control characters in regexes are deliberate: ASCII ranges (\x00-\x7f), escaping them in output, ANSI escapes in tests.
      'no-control-regex': 'off',
      // `const { key: _, ...rest } = x` is how the code leaves a key out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // The extension's mocha suites: CommonJS, which VS Code's extension host loads with require().
  {
    files: ['packages/vscode/test/suite/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.mocha } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Functions passed to page.evaluate() run in the browser.
  { files: ['packages/vscode/test/harness/ui-test.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
