/**
 * The desktop shell end to end: launches the built Electron app with its own profile, checks the
 * library opens on the sample documents, that the window's web preferences are hardened, and that
 * automatic backups land in the profile and only there.
 * Skips (with the reason) where the Electron runtime could not be downloaded.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import {
  DESKTOP_API_GLOBAL,
  DESKTOP_EVENTS,
  DESKTOP_OPERATIONS,
  type DesktopApi,
} from '../../shared/ipc/contract';
import { HARDENED_WEB_PREFERENCES } from '../../electron/lib/window-options';
import { hasElectronRuntime } from '../../scripts/ensure-electron.mjs';
import { LibraryPage } from '../pages/library-page';
import { SAMPLE_TITLES } from '../sample-library';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

test.skip(
  !hasElectronRuntime(projectRoot),
  'Electron runtime not installed on this machine (offline); run npm start on a connected machine to fetch it',
);

let app: ElectronApplication;

// Playwright requires the fixtures argument to be destructured, even when none is used.
// eslint-disable-next-line no-empty-pattern
test.beforeEach(async ({}, testInfo) => {
  const main = path.join(projectRoot, 'build', 'electron', 'main.cjs');
  expect(existsSync(main), 'build/electron/main.cjs exists (run `npm run build` first)').toBe(true);
  // Launching the project folder runs package.json "main" (build/electron/main.cjs) with
  // app.getAppPath() at the project root, as `npm start` does.
  app = await electron.launch({
    args: [projectRoot],
    cwd: projectRoot,
    env: { ...process.env, RIGHTSMARK_USER_DATA_DIR: testInfo.outputPath('user-data') },
  });
});

test.afterEach(async () => {
  await app?.close();
});

test('the desktop app opens on the library with the five sample documents', async () => {
  const page = await app.firstWindow();
  const library = new LibraryPage(page);
  await expect(library.heading).toBeVisible();
  for (const title of SAMPLE_TITLES) await expect(library.documentLink(title)).toBeVisible();
  await expect(library.status).toHaveText('5 documents');
  expect(page.url()).toMatch(/^app:\/\/rightsmark\//);
});

test('the window runs isolated and sandboxed', async () => {
  await app.firstWindow();
  // The pinned flags Electron reports back for a running window (the others it keeps to itself).
  const reported = [
    'contextIsolation',
    'sandbox',
    'nodeIntegration',
    'nodeIntegrationInWorker',
    'nodeIntegrationInSubFrames',
    'webSecurity',
    'allowRunningInsecureContent',
    'webviewTag',
  ] as const satisfies readonly (keyof typeof HARDENED_WEB_PREFERENCES)[];
  const prefs = await app.evaluate(({ BrowserWindow }, keys) => {
    // getLastWebPreferences is real but left out of electron.d.ts (undocumented).
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
      { getLastWebPreferences(): Record<string, unknown> | null } | undefined;
    const p = contents?.getLastWebPreferences();
    return p ? Object.fromEntries(keys.map((key) => [key, p[key]])) : null;
  }, reported);
  expect(prefs).toEqual(
    Object.fromEntries(reported.map((key) => [key, HARDENED_WEB_PREFERENCES[key]])),
  );
});

test('the page sees only the named desktop operations, and no Node', async () => {
  const page = await app.firstWindow();
  const exposed = await page.evaluate((global) => {
    const api = (window as unknown as Record<string, object | undefined>)[global];
    return {
      keys: api ? Object.keys(api).sort() : null,
      hasRequire: typeof (globalThis as { require?: unknown }).require !== 'undefined',
      hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
    };
  }, DESKTOP_API_GLOBAL);
  expect(exposed).toEqual({
    keys: [...DESKTOP_OPERATIONS, ...DESKTOP_EVENTS].sort(),
    hasRequire: false,
    hasProcess: false,
  });
  const version = await page.evaluate(
    (global) =>
      (window as unknown as Record<string, { appVersion(): Promise<string> }>)[
        global
      ]!.appVersion(),
    DESKTOP_API_GLOBAL,
  );
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
});

test('the page cannot open windows or navigate away', async () => {
  const page = await app.firstWindow();
  const opened = await page.evaluate(() => window.open('http://example.org/') === null);
  expect(opened).toBe(true);
  // Listen in the main process for the attempt, so the check below follows a navigation the
  // shell has seen and refused, not a URL that had simply not changed yet.
  await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    const seen: string[] = [];
    (globalThis as unknown as { __navigationAttempts: string[] }).__navigationAttempts = seen;
    contents.on('will-navigate', (_event, url) => seen.push(url));
  });
  await page.evaluate(() => {
    (window as unknown as { __stillHere: boolean }).__stillHere = true;
    window.location.href = 'http://example.org/';
  });
  await expect
    .poll(() =>
      app.evaluate(
        () => (globalThis as unknown as { __navigationAttempts: string[] }).__navigationAttempts,
      ),
    )
    .toContain('http://example.org/');
  // Refused: the same document is still loaded (any load, even of app://, would lose this flag).
  expect(
    await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere),
  ).toBe(true);
  await expect(page).toHaveURL(/^app:\/\/rightsmark\//);
  expect(app.windows()).toHaveLength(1);
});

test('automatic backups are written to the profile, listed, read back, and only by name', async () => {
  const page = await app.firstWindow();
  const result = await page.evaluate(async (global) => {
    const api = (window as unknown as Record<string, DesktopApi>)[global]!;
    const written = await api.writeAutoBackup(new TextEncoder().encode('{"e2e":true}'));
    const listed = await api.listAutoBackups();
    const text = new TextDecoder().decode(await api.readAutoBackup(written.name));
    const refused = await api.readAutoBackup('../library-marker.json').then(
      () => false,
      () => true,
    );
    return { name: written.name, listed: listed.map((b) => b.name), text, refused };
  }, DESKTOP_API_GLOBAL);
  expect(result.name).toMatch(
    /^rightsmark-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/,
  );
  expect(result.listed).toContain(result.name);
  expect(result.text).toBe('{"e2e":true}');
  expect(result.refused).toBe(true);
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  expect(existsSync(path.join(userData, 'backups', result.name))).toBe(true);
});
