import { describe, expect, it } from 'vitest';
import type { AutoBackupInfo, LibraryMarker } from '../../shared/ipc/contract';
import { createLibraryHandlers, type LibraryHandlerDeps } from './library';
import { RefusedCallError } from './register';

const marker: LibraryMarker = {
  libraryId: 'library-1',
  counts: { documents: 1, annotations: 2, collections: 3 },
  lastBackupAt: null,
  updatedAt: '2026-11-25T10:00:00.000Z',
};

const listed: AutoBackupInfo = {
  name: 'rightsmark-backup-2026-11-25T10-00-00-000Z.json',
  createdAt: '2026-11-25T10:00:00.000Z',
  bytes: 2,
};

/** Hand-written stores recording what was asked. */
function fakes(options: { markerRead?: () => Promise<LibraryMarker | null> } = {}) {
  const log: string[] = [];
  const deps: LibraryHandlerDeps = {
    backups: {
      write: async (bytes) => {
        log.push(`write ${bytes.byteLength}`);
        return listed;
      },
      list: async () => [listed],
      read: async (name) => {
        log.push(`read ${name}`);
        return new Uint8Array([123, 125]);
      },
    },
    marker: {
      read: options.markerRead ?? (async () => marker),
      write: async (m) => {
        log.push(`marker ${m.libraryId}`);
      },
    },
    closeReady: () => log.push('closeReady'),
  };
  return { deps, log };
}

describe('library handlers', () => {
  it('reads and writes the marker', async () => {
    const { deps, log } = fakes();
    const handlers = createLibraryHandlers(deps);
    await expect(handlers.readLibraryMarker()).resolves.toEqual(marker);
    await handlers.writeLibraryMarker(marker);
    expect(log).toEqual(['marker library-1']);
  });

  it('answers null when the marker cannot be read at all', async () => {
    const { deps } = fakes({
      markerRead: async () => {
        throw new Error('EIO');
      },
    });
    await expect(createLibraryHandlers(deps).readLibraryMarker()).resolves.toBeNull();
  });

  it('writes, lists and reads backups that are in the listing', async () => {
    const { deps, log } = fakes();
    const handlers = createLibraryHandlers(deps);
    await expect(handlers.writeAutoBackup(new Uint8Array(2))).resolves.toEqual(listed);
    await expect(handlers.listAutoBackups()).resolves.toEqual([listed]);
    await expect(handlers.readAutoBackup(listed.name)).resolves.toEqual(new Uint8Array([123, 125]));
    expect(log).toEqual(['write 2', `read ${listed.name}`]);
  });

  it('refuses to read a well-formed backup name that is not in the listing', async () => {
    const { deps, log } = fakes();
    await expect(
      createLibraryHandlers(deps).readAutoBackup('rightsmark-backup-2001-01-01T00-00-00-000Z.json'),
    ).rejects.toThrow(RefusedCallError);
    expect(log).toEqual([]);
  });

  it('passes closeReady to the handshake', async () => {
    const { deps, log } = fakes();
    await createLibraryHandlers(deps).closeReady();
    expect(log).toEqual(['closeReady']);
  });
});
