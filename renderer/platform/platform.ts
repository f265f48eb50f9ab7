/**
 * The renderer's one door to the outside world (files, dialogs, app version). Two
 * implementations: the desktop shell's preload bridge and the plain browser.
 */
import type {
  DesktopApi,
  OpenFilesRequest,
  PickedFile,
  SaveFileRequest,
  SavedFile,
} from '../../shared/ipc/contract';

export interface Platform extends DesktopApi {
  readonly kind: 'desktop' | 'browser';
  /** Whether revealFile can show a file in the system's file manager. */
  readonly canRevealFiles: boolean;
}

export type { OpenFilesRequest, PickedFile, SaveFileRequest, SavedFile };
