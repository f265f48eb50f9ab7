// One lint setup for the whole tree; `npm run lint` fails on any warning.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The renderer's import bans: the outside world only through renderer/platform, plus the bans
 * of one layer. (A later config's options replace an earlier one's, so each layer lists all.)
 * @param {...{ group?: string[]; regex?: string; message: string }} patterns
 * @returns {import('eslint').Linter.RuleEntry}
 */
function rendererImports(...patterns) {
  return [
    'error',
    {
      patterns: [
        { group: ['electron', 'node:*'], message: 'Use renderer/platform instead.' },
        ...patterns,
      ],
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'build',
      'dist',
      'release',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
    ],
  },
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
      'no-restricted-imports': rendererImports(),
    },
  },
  // Layers inside the renderer, in the spirit of VS Code's code-layering rule: arrows point from
  // app/ to features/ to db/, ui/, dom/, platform/ and workers/, never back.
  {
    files: ['renderer/{db,ui,dom,platform,workers}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': rendererImports({
        group: ['**/features', '**/features/**', '**/app/**'],
        message: 'Lower layers of the renderer never import features/ or app/.',
      }),
    },
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': rendererImports(
        {
          group: ['dexie'],
          message: 'Features read and write through the repositories in renderer/db.',
        },
        {
          // `../<feature>/<module>`: a sibling feature's insides (its stylesheet excepted).
          regex: '^\\.\\./[^./][^/]*/(?!.*\\.css$)',
          message: "Import another feature through its public entry, '../<feature>' (index.ts).",
        },
      ),
    },
  },
  {
    files: ['renderer/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': rendererImports({
        regex: '/features/[^/]+/',
        message: "Import a feature through its public entry, '../features/<feature>' (index.ts).",
      }),
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
