// ESLint: typescript-eslint's type-aware recommended rules for TypeScript, and
// eslint-plugin-astro's recommended rules for templates. Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.astro/', 'node_modules/', 'content/', 'test/fixtures/', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
  },
  ...astro.configs.recommended,
  {
    // Astro templates and plain scripts are checked without type information.
    files: ['**/*.astro', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests read built JSON and feeds whose shape their assertions then check.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // An assertion on parsed output documents the shape the test expects.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Functions taken from a dynamic import() are plain functions.
      '@typescript-eslint/unbound-method': 'off',
      // Tests look for control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/scripts/**', 'src/editor/admin/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
