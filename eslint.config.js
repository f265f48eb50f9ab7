// One lint setup for the whole tree; `npm run lint` fails on any warning.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'build', 'dist', 'release', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not build with the React Compiler, so "cannot be memoized" notes do not apply.
      'react-hooks/incompatible-library': 'off',
      // The renderer reaches the outside world only through renderer/platform.
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['electron', 'node:*'], message: 'Use renderer/platform instead.' }],
        },
      ],
    },
  },
  {
    // shared/ is pure domain code, reused by the renderer, the shell and the CLI.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'node:*',
                'dexie',
                'dexie-*',
                'react',
                'react-*',
                '../../renderer/*',
                '../../electron/*',
              ],
              message: 'shared/ holds pure TypeScript: no Electron, Node, Dexie or React.',
            },
          ],
        },
      ],
    },
  },
  {
    // Raw IPC only in the two typed wrappers (electron/ipc/register.ts and the preload).
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['electron/ipc/register.ts', 'electron/preload/**', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[object.name=/^ipc(Main|Renderer)$/]',
          message: 'Go through the typed IPC wrappers in electron/ipc/register.ts and the preload.',
        },
      ],
    },
  },
);
