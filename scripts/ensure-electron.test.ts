import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  downloadHost,
  electronPaths,
  ensureElectron,
  failureMessage,
  hasElectronRuntime,
  summarizeInstallFailure,
} from './ensure-electron.mjs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway project with an electron package whose install script is `installScript`. */
function fakeProject(options: { installScript?: string; installed?: boolean; version?: string }) {
  const root = mkdtempSync(path.join(tmpdir(), 'rightsmark-ensure-'));
  made.push(root);
  const paths = electronPaths(root);
  mkdirSync(paths.packageDir, { recursive: true });
  writeFileSync(paths.packageJson, JSON.stringify({ version: '41.10.0' }));
  if (options.installScript !== undefined)
    writeFileSync(paths.installScript, options.installScript);
  if (options.installed) {
    mkdirSync(paths.distDir, { recursive: true });
    writeFileSync(path.join(paths.distDir, 'version'), options.version ?? 'v41.10.0');
    writeFileSync(path.join(paths.distDir, 'electron'), '');
    writeFileSync(paths.pathFile, 'electron');
  }
  return root;
}

/** What electron 41's install.js prints when offline (measured on this machine). */
const OFFLINE_OUTPUT = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30) {
  [cause]: Error: getaddrinfo ENOTFOUND github.com
      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26) {
    errno: -3008,
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname: 'github.com'
  }
}`;

describe('hasElectronRuntime', () => {
  it('is false when the runtime was never downloaded (ignore-scripts install)', () => {
    expect(hasElectronRuntime(fakeProject({ installScript: '' }))).toBe(false);
  });

  it('is true when dist holds the binary for this version', () => {
    expect(hasElectronRuntime(fakeProject({ installed: true }))).toBe(true);
  });

  it('is false when dist holds another version', () => {
    expect(hasElectronRuntime(fakeProject({ installed: true, version: 'v40.0.0' }))).toBe(false);
  });

  it('is false for a folder with no electron package at all', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rightsmark-empty-'));
    made.push(root);
    expect(hasElectronRuntime(root)).toBe(false);
  });
});

describe('summarizeInstallFailure', () => {
  it('names the network error and host', () => {
    expect(summarizeInstallFailure(OFFLINE_OUTPUT, 1, null)).toBe(
      'getaddrinfo ENOTFOUND github.com',
    );
    expect(summarizeInstallFailure('Error: connect ECONNREFUSED 127.0.0.1:443', 1, null)).toBe(
      'connect ECONNREFUSED 127.0.0.1:443',
    );
  });

  it('falls back to the first error line, then to the exit status', () => {
    expect(
      summarizeInstallFailure('HTTPError: Response code 404 (Not Found)\n  at x', 1, null),
    ).toBe('Response code 404 (Not Found)');
    expect(summarizeInstallFailure('TypeError: fetch failed\n    at y', 1, null)).toBe(
      'fetch failed',
    );
    expect(summarizeInstallFailure('', 3, null)).toBe('install script exited with code 3');
    expect(summarizeInstallFailure('', null, 'SIGTERM')).toBe('download stopped (SIGTERM)');
  });
});

describe('failureMessage', () => {
  it('is one line that says what to do', () => {
    const message = failureMessage('getaddrinfo ENOTFOUND github.com');
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^Rightsmark: the Electron runtime is not installed/);
    expect(message).toContain('(getaddrinfo ENOTFOUND github.com)');
    expect(message).toContain('npm start');
    expect(message).toContain('npm run web');
  });
});

describe('downloadHost', () => {
  it('uses the configured mirror, else GitHub', () => {
    expect(downloadHost({})).toBe('github.com');
    expect(downloadHost({ ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' })).toBe(
      'npmmirror.com',
    );
    expect(downloadHost({ ELECTRON_MIRROR: 'not a url' })).toBe('github.com');
  });
});

describe('ensureElectron', () => {
  it('does nothing when the runtime is there', async () => {
    const root = fakeProject({ installed: true, installScript: 'process.exit(9)' });
    await expect(ensureElectron(root)).resolves.toEqual({ ok: true });
  });

  it('runs the install script with the skip variable unset', async () => {
    const script = `
      const fs = require('node:fs'), path = require('node:path');
      if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0);
      fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
      fs.writeFileSync(path.join(__dirname, 'dist', 'version'), '41.10.0');
      fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
      fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
    `;
    const root = fakeProject({ installScript: script });
    process.env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
    try {
      await expect(ensureElectron(root)).resolves.toEqual({ ok: true });
    } finally {
      delete process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    }
    expect(hasElectronRuntime(root)).toBe(true);
  });

  it('turns a failed download into the one-line message, without the stack', async () => {
    const script = `console.error(${JSON.stringify(OFFLINE_OUTPUT)}); process.exit(1);`;
    const result = await ensureElectron(fakeProject({ installScript: script }));
    expect(result).toEqual({
      ok: false,
      message: failureMessage('getaddrinfo ENOTFOUND github.com'),
    });
  });

  it('fails clearly when the script exits 0 without installing anything', async () => {
    const result = await ensureElectron(fakeProject({ installScript: 'process.exit(0)' }));
    expect(result.ok).toBe(false);
  });

  it('explains a missing electron package', async () => {
    const result = await ensureElectron(fakeProject({}));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('npm ci');
  });
});
