/**
 * Bundles a `bench/pages/*.page.ts` module into one classic script for evaluating in a page, so
 * benchmarks can run the app's own code (its Dexie class, later its importers) in Chromium.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

/** The bundled source of `bench/pages/<name>.page.ts`. */
export async function pageScript(root: string, name: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'bench', 'pages', `${name}.page.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2023',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`bundling ${name}.page.ts produced nothing`);
  return output.text;
}
