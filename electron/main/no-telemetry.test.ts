/**
 * Nothing the shell does reaches the network: no crash reporter, no update check, no telemetry.
 * Scans the shell's own sources (tests aside) and the project's dependencies.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');
const electronDir = path.join(root, 'electron');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|js|cjs|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('no telemetry, crash reports or update checks', () => {
  const files = sources(electronDir);

  it('finds the shell’s sources', () => {
    expect(files.map((f) => path.relative(electronDir, f))).toContain(
      path.join('main', 'index.ts'),
    );
  });

  it.each(['crashReporter', 'autoUpdater', 'net.request', 'net.fetch', 'netLog', 'contentTracing'])(
    'never uses %s',
    (api) => {
      for (const file of files) {
        expect(readFileSync(file, 'utf8').includes(api), path.relative(root, file)).toBe(false);
      }
    },
  );

  it('imports from electron only the modules it needs', () => {
    const allowed = new Set([
      'BrowserWindow',
      'Menu',
      // Local system notifications (no push service): shown when long work ends in the background.
      'Notification',
      'app',
      'contextBridge',
      'dialog',
      'ipcMain',
      'ipcRenderer',
      'protocol',
      'screen',
      'session',
      'shell',
    ]);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'electron'/g)) {
        if (match[1]) continue; // type-only imports load nothing
        const names = (match[2] ?? '')
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n !== '' && !n.startsWith('type '));
        for (const name of names) expect(allowed, `${name} in ${file}`).toContain(name);
      }
    }
  });

  it('depends on no updater, crash or analytics package', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    for (const name of names) {
      expect(name).not.toMatch(
        /updater|sentry|bugsnag|analytics|telemetry|crash|mixpanel|segment/i,
      );
    }
  });

  it('packages no update feed (publish: null, so no app-update.yml)', () => {
    const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config).toHaveProperty('publish', null);
  });
});
