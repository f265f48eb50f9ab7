/** Renderer entry: opens the library, seeds it on first run, then renders the app. */
import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../db/database';
import { SAMPLE_DOCUMENTS } from '../db/sample-corpus';
import { seedLibrary } from '../db/seed';
import { applyStoredTheme } from '../features/settings/theme';
import { detectPlatform } from '../platform';
import { App } from './App';

async function start(root: HTMLElement): Promise<void> {
  await db.open();
  await seedLibrary(db, SAMPLE_DOCUMENTS);
  await applyStoredTheme();
  createRoot(root).render(
    <StrictMode>
      <App platform={detectPlatform()} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
start(root).catch((error: unknown) => {
  console.error('Rightsmark could not open its library', error);
  const message = error instanceof Error ? error.message : String(error);
  root.replaceChildren();
  const box = document.createElement('section');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'Rightsmark could not open its library';
  const detail = document.createElement('p');
  detail.textContent = `${message}. Nothing was changed or deleted. Close other Rightsmark windows and try again.`;
  box.append(heading, detail);
  root.append(box);
});
