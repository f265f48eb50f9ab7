/**
 * The desktop app's first launch, as an analyst meets it: a collection opened from the file
 * manager (passed on the command line), a refused file named, a close that does not wait when
 * nothing needs saving, storage kept persistent, and a crashed window brought back. Launches the
 * built Electron app with its own profile per test; skips (with the reason) where the Electron
 * runtime could not be downloaded.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type TestInfo,
} from '@playwright/test';
import { hasElectronRuntime } from '../../scripts/ensure-electron.mjs';
import { LibraryPage } from '../pages/library-page';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const sampleCollection = path.join(
  projectRoot,
  'docs',
  'examples',
  'sample-collection.rightsmark.json',
);

test.skip(
  !hasElectronRuntime(projectRoot),
  'Electron runtime not installed on this machine (offline); run npm start on a connected machine to fetch it',
);

let app: ElectronApplication | undefined;

/** Launches the app from the project folder (as npm start does) with files on its command line. */
async function launch(testInfo: TestInfo, files: string[] = []): Promise<ElectronApplication> {
  app = await electron.launch({
    args: [projectRoot, ...files],
    cwd: projectRoot,
    env: { ...process.env, RIGHTSMARK_USER_DATA_DIR: testInfo.outputPath('user-data') },
  });
  return app;
}

test.afterEach(async () => {
  await app?.close().catch(() => undefined);
  app = undefined;
});

// Playwright requires the fixtures argument to be destructured, even when none is used.
// eslint-disable-next-line no-empty-pattern
test('a collection passed on the command line opens straight into its import preview', async ({}, testInfo) => {
  const electronApp = await launch(testInfo, [sampleCollection]);
  const page = await electronApp.firstWindow();
  await expect(
    page.getByRole('heading', {
      name: 'Import “Human rights online: shared principles and pressure points”',
    }),
  ).toBeVisible();
  // It is remembered for File › Open Recent.
  const recent = await electronApp.evaluate(({ app: electronApp }) =>
    electronApp.getPath('userData'),
  );
  await expect
    .poll(() => {
      try {
        return JSON.parse(readFileSync(path.join(recent, 'recent-files.json'), 'utf8')) as string[];
      } catch {
        return [];
      }
    })
    .toEqual([sampleCollection]);
});

// eslint-disable-next-line no-empty-pattern
test('a file that cannot be opened is named in a message, with the reason', async ({}, testInfo) => {
  const missing = testInfo.outputPath('gone', 'missing-briefing.pdf');
  const electronApp = await launch(testInfo, [missing]);
  const page = await electronApp.firstWindow();
  await expect(
    page.getByRole('status').filter({ hasText: 'Not opened: “missing-briefing.pdf”' }),
  ).toContainText('it no longer exists');
});

// eslint-disable-next-line no-empty-pattern
test('the library’s storage is persistent', async ({}, testInfo) => {
  const page = await (await launch(testInfo)).firstWindow();
  await expect(new LibraryPage(page).heading).toBeVisible();
  const storage = await page.evaluate(async () => ({
    persist: await navigator.storage.persist(),
    persisted: await navigator.storage.persisted(),
  }));
  expect(storage).toEqual({ persist: true, persisted: true });
});

// eslint-disable-next-line no-empty-pattern
test('closing from the lost-library screen does not wait for a backup nobody makes', async ({}, testInfo) => {
  // A marker says the library held work, but the profile's database is new: the app stops on
  // the restore screen, which does not take part in the close handshake.
  const userData = testInfo.outputPath('user-data');
  mkdirSync(userData, { recursive: true });
  writeFileSync(
    path.join(userData, 'library-marker.json'),
    JSON.stringify({
      libraryId: 'e2e-lost',
      counts: { documents: 40, annotations: 300, collections: 2 },
      lastBackupAt: null,
      updatedAt: '2026-12-01T10:00:00.000Z',
    }),
  );
  const electronApp = await launch(testInfo);
  const page = await electronApp.firstWindow();
  await expect(
    page.getByRole('heading', { name: 'Your library could not be found' }),
  ).toBeVisible();
  const elapsed = await electronApp.evaluate(async ({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (!window) return -1;
    const started = Date.now();
    await new Promise<void>((resolve) => {
      window.once('closed', () => resolve());
      window.close();
    });
    return Date.now() - started;
  });
  expect(elapsed).toBeGreaterThanOrEqual(0);
  // The handshake's limit is 8 s; a screen with no listener must not wait for it.
  expect(elapsed).toBeLessThan(2_000);
});

// eslint-disable-next-line no-empty-pattern
test('a crashed window is reloaded onto the library', async ({}, testInfo) => {
  const electronApp = await launch(testInfo);
  const page = await electronApp.firstWindow();
  const library = new LibraryPage(page);
  await expect(library.heading).toBeVisible();
  // The notice after the reload is a native message box: answer it without a person.
  await electronApp.evaluate(({ dialog }) => {
    dialog.showMessageBox = (async () => ({ response: 0, checkboxChecked: false })) as never;
  });
  await electronApp.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer();
  });
  const windows = electronApp.windows();
  const revived = windows.at(-1) ?? page;
  await expect(new LibraryPage(revived).heading).toBeVisible({ timeout: 20_000 });
  expect(electronApp.windows()).toHaveLength(1);
});
