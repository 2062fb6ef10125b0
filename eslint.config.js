// Type-aware linting as the ecosystem does it (typescript-eslint), with formatting left to
// Prettier (eslint-config-prettier turns off the rules that would fight it).
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.stryker-tmp/**', 'reports/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Floating promises lose errors: every promise is awaited, returned or explicitly voided.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      // `import { z }` makes the bundler keep all of zod (≈ 750 kB, 20 ms at every start-up).
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier",
          message: "import * as z from 'zod' (tree-shakeable)",
        },
      ],
    },
  },
  {
    // Tests and doubles read untyped JSON from the wire and assert on it.
    files: ['test/**/*.ts', 'src/standins/**/*.ts', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // A test's callback stands in for a request: async without await is its natural shape.
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
  {
    // Issue 8: no line longer than Prettier's printWidth. Prettier cannot break string literals, so this keeps them wrapped.
    // It comes after eslint-config-prettier, which turns max-len off (a "special rule" that may be turned on again after it).
    rules: { 'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }] },
  },
);
