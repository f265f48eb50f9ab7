import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECENT_FILES_KEPT } from '../lib/opened-files';
import { RECENT_FILES_FILE, createRecentFilesStore } from './recent-files-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(nodePath.join(tmpdir(), 'rightsmark-recent-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('recent files store', () => {
  it('starts empty, remembers files newest first and keeps them across restarts', async () => {
    const store = createRecentFilesStore(dir);
    expect(await store.load()).toEqual([]);
    await store.add('/data/a.rightsmark.json');
    await store.add('/data/b.pdf');
    expect(store.list()).toEqual(['/data/b.pdf', '/data/a.rightsmark.json']);
    const reopened = createRecentFilesStore(dir);
    expect(await reopened.load()).toEqual(['/data/b.pdf', '/data/a.rightsmark.json']);
  });

  it('keeps at most the limit and can be cleared', async () => {
    const store = createRecentFilesStore(dir);
    await store.load();
    for (let i = 0; i < RECENT_FILES_KEPT + 5; i += 1) await store.add(`/d/${i}.pdf`);
    expect(store.list()).toHaveLength(RECENT_FILES_KEPT);
    await store.clear();
    expect(await createRecentFilesStore(dir).load()).toEqual([]);
    expect(JSON.parse(await readFile(nodePath.join(dir, RECENT_FILES_FILE), 'utf8'))).toEqual([]);
  });

  it('starts empty from a damaged or hostile list instead of failing', async () => {
    await writeFile(
      nodePath.join(dir, RECENT_FILES_FILE),
      JSON.stringify(['relative.pdf', '/x/ok.pdf', '/x/run.sh']),
    );
    expect(await createRecentFilesStore(dir).load()).toEqual(['/x/ok.pdf']);
    await writeFile(nodePath.join(dir, RECENT_FILES_FILE), '{broken');
    expect(await createRecentFilesStore(dir).load()).toEqual([]);
  });
});
