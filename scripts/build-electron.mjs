/**
 * Bundles the desktop shell: electron/main → build/electron/main.cjs and electron/preload →
 * build/electron/preload.cjs (shared/ and zod bundled in; only 'electron' stays external).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * esbuild options for one bundle. Electron 41 runs a newer Node than 22; targeting node22 keeps
 * the output valid for it while leaving modern syntax untouched.
 * @param {string} root project folder
 * @param {'main' | 'preload'} entry
 * @param {string} outDir
 * @returns {import('esbuild').BuildOptions}
 */
export function electronBundleOptions(root, entry, outDir) {
  return {
    entryPoints: [path.join(root, 'electron', entry, 'index.ts')],
    outfile: path.join(outDir, `${entry}.cjs`),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: ['node22'],
    external: ['electron'],
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/**
 * Builds both bundles into `outDir` (build/electron by default).
 * @param {string} [root]
 * @param {string} [outDir]
 */
export async function buildElectron(
  root = PROJECT_ROOT,
  outDir = path.join(root, 'build', 'electron'),
) {
  await Promise.all(
    /** @type {const} */ (['main', 'preload']).map((entry) =>
      build(electronBundleOptions(root, entry, outDir)),
    ),
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    await buildElectron();
  } catch {
    // esbuild has already printed the errors.
    process.exit(1);
  }
}
