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
  },
);
