// ESLint (flat config): JavaScript and TypeScript (typescript-eslint, type-aware), Lit templates
// (eslint-plugin-lit) and custom elements (eslint-plugin-wc). Formatting is Prettier's (npm run lint runs
// both); lit-analyzer type-checks template bindings. Run: npm run lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'build/**',
      'coverage/**',
      'var/**',
      'packages/*/src/generated/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['.storybook/*.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are TypeScript's (noUnusedLocals/Parameters); `_name` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The code marks indexed reads it knows exist with `!` (as under noUncheckedIndexedAccess); without that
      // compiler option this rule would strip every such mark.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // An AbortSignal's reason is typed `any`; rejecting with it is the DOM's own convention.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
      // node:test's test() and describe() return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
    },
  },
  {
    // Plain JavaScript (scripts, configs) is not type-checked: the type-aware rules need types.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    // The widgets: Lit templates and custom elements, in the browser.
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
    ...wc.configs['flat/recommended'],
    plugins: { ...lit.configs['flat/recommended'].plugins, ...wc.configs['flat/recommended'].plugins },
    rules: { ...lit.configs['flat/recommended'].rules, ...wc.configs['flat/recommended'].rules },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/server/**/*.ts', 'packages/*/test/**/*.{node,build,real-data}.test.ts', 'e2e/**/*.ts', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Code that runs in a page: the demo site's scripts, and the benchmarks' page.evaluate() callbacks.
    files: ['demo/**/*.js', 'scripts/bench-*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/*/test/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      // Tests read JSON answers and parsed bodies as `any` on purpose, and assert on what they find.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['packages/*/test/**/*.test.ts'],
    ignores: ['packages/*/test/**/*.{node,build,real-data}.test.ts'],
    rules: {
      // In the browser tests, @open-wc/semantic-dom-diff types chai's equal() as returning a promise, so every
      // assertion would be reported; the one that is a promise, axe's, must be awaited (rule below).
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExpressionStatement > CallExpression:matches([callee.property.name="accessible"], [callee.name="expectAccessible"])',
          message: 'Await the accessibility check: an unawaited one never fails the test.',
        },
      ],
    },
  },
);
