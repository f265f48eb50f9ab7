/**
 * Renderer entry: opens the library and decides how to start (open it, seed a new one, or
 * offer a restore when a library that held work opened empty), then renders the app and keeps
 * the library's safety nets (marker, automatic backups) running.
 */
import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './script-fonts.css';
import './styles.css';
import '../ui/ui.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../db/database';
import { readLibraryState } from '../db/library-state';
import { SAMPLE_DOCUMENTS } from '../db/sample-corpus';
import { seedLibrary } from '../db/seed';
import { purgeExpired } from '../db/trash-repo';
import { LostLibraryScreen, RecoveryScreen, startLibraryGuardian } from '../features/safety';
import { applyStoredTheme } from '../features/settings';
import { detectPlatform, type Platform } from '../platform';
import { App } from './App';
import { decideStartup } from './startup';

async function start(render: (node: ReactNode) => void, platform: Platform): Promise<void> {
  try {
    await db.open();
  } catch (error) {
    // A failed upgrade leaves the old version intact (IndexedDB aborts the upgrade): say so,
    // and never delete or recreate the database.
    console.error('Rightsmark could not open its library', error);
    render(<RecoveryScreen error={error} platform={platform} />);
    return;
  }
  // Ask the browser not to evict the library under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);

  const decision = decideStartup(await readLibraryState(db), await platform.readLibraryMarker());
  if (decision.kind === 'lost') {
    render(
      <LostLibraryScreen
        marker={decision.marker}
        platform={platform}
        onDone={(startNew) => {
          const next = startNew ? seedLibrary(db, SAMPLE_DOCUMENTS) : Promise.resolve(false);
          void next.then(() => openApp(render, platform));
        }}
      />,
    );
    return;
  }
  if (decision.kind === 'seed') await seedLibrary(db, SAMPLE_DOCUMENTS);
  await openApp(render, platform);
}

async function openApp(render: (node: ReactNode) => void, platform: Platform): Promise<void> {
  await applyStoredTheme();
  // What has been in the Trash longer than the analyst's period goes for good, once per start.
  void purgeExpired(db).catch((error: unknown) => {
    console.warn('Rightsmark could not empty the expired part of the Trash', error);
  });
  startLibraryGuardian(db, platform, { generator: `Rightsmark ${await platform.appVersion()}` });
  render(<App platform={platform} />);
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const platform = detectPlatform();
start((node) => root.render(<StrictMode>{node}</StrictMode>), platform).catch((error: unknown) => {
  console.error('Rightsmark could not start', error);
  root.render(<RecoveryScreen error={error} platform={platform} />);
});
