// `npm run lint`: typescript-eslint's recommended type-checked rules over the TypeScript in src/,
// test/ and bench/, with the types of tsconfig.json.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'out/', '.cache/', 'node_modules/', 'examples/', 'media/', 'bench/.data/', 'test/fixtures/'] },
  {
    files: ['{src,test,bench}/**/*.ts'],
    extends: [eslint.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { objectives: _unused, ...rest } = x` is how a copy drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Prompt stubs implement the async prompt interface without awaiting anything, and suites read
    // package.json and CLI output as untyped JSON to compare with what VS Code shows.
    files: ['test/integration/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
