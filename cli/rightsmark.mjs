#!/usr/bin/env node
/**
 * `rightsmark` — the headless entry (briefings from collection files). The CLI is TypeScript
 * (cli/main.ts, reusing shared/); this launcher bundles it with esbuild into
 * node_modules/.cache/rightsmark/cli.mjs when the bundle is missing or older than any of its
 * sources, then runs it. No install or prepare script is needed (install scripts are off here).
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'rightsmark');
const bundle = path.join(cacheDir, 'cli.mjs');
const inputsFile = path.join(cacheDir, 'cli.inputs.json');

/** Modification time in ms, or -1 when the file is missing. */
async function mtime(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return -1;
  }
}

/** True when the bundle is missing or any source it was built from changed since. */
async function isStale() {
  const built = await mtime(bundle);
  if (built < 0) return true;
  let inputs;
  try {
    inputs = JSON.parse(await readFile(inputsFile, 'utf8'));
  } catch {
    return true;
  }
  for (const input of inputs) {
    const changed = await mtime(path.join(root, input));
    if (changed < 0 || changed > built) return true;
  }
  return false;
}

async function buildBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // subset-font reads harfbuzz's wasm file next to itself at run time: load it from node_modules.
    // pdf.js loads its worker module at run time: keep it in node_modules too.
    external: ['subset-font', 'esbuild', 'pdfjs-dist'],
    // Bundled CommonJS dependencies may call require(): give the ES module one.
    banner: {
      js: "import { createRequire as __rmRequire } from 'node:module'; const require = __rmRequire(import.meta.url);",
    },
    write: false,
    metafile: true,
    logLevel: 'error',
    outfile: bundle,
  });
  await mkdir(cacheDir, { recursive: true });
  const output = result.outputFiles[0];
  // Write beside and rename, so two runs at once never load a half-written bundle.
  const temporary = `${bundle}.${process.pid}.tmp`;
  await writeFile(temporary, output.contents);
  await rename(temporary, bundle);
  const inputs = Object.keys(result.metafile.inputs).filter(
    (input) => !input.startsWith('node_modules/'),
  );
  await writeFile(inputsFile, JSON.stringify(inputs));
}

if (await isStale()) await buildBundle();
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
