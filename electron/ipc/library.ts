/**
 * Handlers for the library's safety net: the library marker, the automatic backups and the
 * close handshake's closeReady. The stores and the handshake come in as small interfaces, so
 * the handlers are tested with hand-written fakes.
 */
import type { AutoBackupInfo, LibraryMarker } from '../../shared/ipc/contract';
import type { DesktopHandlers } from './register';
import { RefusedCallError } from './register';

export interface BackupStoreLike {
  write(bytes: Uint8Array): Promise<AutoBackupInfo>;
  list(): Promise<AutoBackupInfo[]>;
  read(name: string): Promise<Uint8Array>;
}

export interface LibraryMarkerStoreLike {
  read(): Promise<LibraryMarker | null>;
  write(marker: LibraryMarker): Promise<void>;
}

export interface LibraryHandlerDeps {
  readonly backups: BackupStoreLike;
  readonly marker: LibraryMarkerStoreLike;
  /** The close handshake's ready(). */
  readonly closeReady: () => void;
}

/** The operations this module handles. */
export type LibraryHandlers = Pick<
  DesktopHandlers,
  | 'readLibraryMarker'
  | 'writeLibraryMarker'
  | 'writeAutoBackup'
  | 'listAutoBackups'
  | 'readAutoBackup'
  | 'closeReady'
>;

/** The library handlers, bound to their stores. Arguments arrive validated (lib/ipc-validation). */
export function createLibraryHandlers(deps: LibraryHandlerDeps): LibraryHandlers {
  return {
    readLibraryMarker: async () => {
      try {
        return await deps.marker.read();
      } catch {
        // An unreadable marker is the same as none: the renderer decides what that means.
        return null;
      }
    },

    writeLibraryMarker: (marker) => deps.marker.write(marker),

    writeAutoBackup: (bytes) => deps.backups.write(bytes),

    listAutoBackups: () => deps.backups.list(),

    readAutoBackup: async (name) => {
      // The name matched the backup pattern; it must also be one of the backups there now.
      const listed = await deps.backups.list();
      if (!listed.some((backup) => backup.name === name)) {
        throw new RefusedCallError('readAutoBackup: no such automatic backup.');
      }
      return deps.backups.read(name);
    },

    closeReady: async () => {
      deps.closeReady();
    },
  };
}
