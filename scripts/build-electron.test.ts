import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, electronBundleOptions } from './build-electron.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(path.join(tmpdir(), 'rightsmark-electron-build-'));

/** The module names a CommonJS bundle still requires at run time. */
function requiredModules(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] ?? ''))].sort();
}

describe('electronBundleOptions', () => {
  it('bundles CommonJS for Node with electron left external', () => {
    const options = electronBundleOptions('/p', 'main', '/p/build/electron');
    expect(options).toMatchObject({
      entryPoints: ['/p/electron/main/index.ts'],
      outfile: '/p/build/electron/main.cjs',
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
    });
  });
});

describe('buildElectron', () => {
  beforeAll(() => buildElectron(root, outDir), 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('gives the sandboxed preload nothing to require but electron', () => {
    // A sandboxed preload cannot load files or most Node modules: all must be bundled in.
    expect(requiredModules(path.join(outDir, 'preload.cjs'))).toEqual(['electron']);
  });

  it('gives the main process only electron and Node built-ins', () => {
    for (const name of requiredModules(path.join(outDir, 'main.cjs'))) {
      expect(name === 'electron' || name.startsWith('node:')).toBe(true);
    }
  });

  it('bundles the shared contract into the preload', () => {
    const preload = readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(preload).toContain('rightsmarkDesktop');
    expect(preload).toContain('rightsmark:');
  });
});
