/**
 * The renderer's one door to the outside world (files, dialogs, printing, notifications, app
 * version, the library marker and automatic backups). Two implementations: the desktop shell's preload bridge and
 * the plain browser.
 */
import type {
  AutoBackupInfo,
  DesktopApi,
  DesktopNotice,
  LibraryMarker,
  OpenFilesRequest,
  OpenFilesResult,
  PickedFile,
  RefusedFile,
  SaveFileRequest,
  SavedFile,
} from '../../shared/ipc/contract';

/** Automatic backups kept by the desktop app in its user-data folder. */
export interface AutoBackups {
  write(bytes: Uint8Array): Promise<AutoBackupInfo>;
  /** Newest first. */
  list(): Promise<AutoBackupInfo[]>;
  read(name: string): Promise<Uint8Array>;
  /**
   * Runs `task` when the window is about to close (a last backup); the window closes when it
   * settles. Returns an unsubscribe function.
   */
  beforeClose(task: () => Promise<void>): () => void;
}

/**
 * A file the analyst chose, read only when needed: importing a thousand files should not first
 * read them all on the page's thread.
 */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  /** The file itself where the platform has one (the browser's File), which a worker can read. */
  readonly blob: Blob | null;
  read(): Promise<Uint8Array>;
}

/** The files chosen, and those refused by name with the reason. */
export interface ChosenFiles {
  readonly files: ChosenFile[];
  readonly refused: RefusedFile[];
}

export interface Platform extends Pick<
  DesktopApi,
  | 'appVersion'
  | 'openFiles'
  | 'takeOpenedFiles'
  | 'print'
  | 'notify'
  | 'saveFile'
  | 'revealFile'
  | 'readLibraryMarker'
  | 'writeLibraryMarker'
> {
  readonly kind: 'desktop' | 'browser';
  /** Like openFiles, with each file read only when asked (for imports). */
  chooseFiles(request: OpenFilesRequest): Promise<ChosenFiles>;
  /** Whether revealFile can show a file in the system's file manager. */
  readonly canRevealFiles: boolean;
  /** Null where there are none (the browser). */
  readonly autoBackups: AutoBackups | null;
  /**
   * Calls `listener` when the desktop menu's "Import documents…" is chosen (never in the
   * browser, which has no such menu). Returns an unsubscribe function.
   */
  onImportRequested(listener: () => void): () => void;
  /**
   * Calls `listener` when the OS hands the app files to open ("Open with Rightsmark", File ›
   * Open Recent); the page then calls takeOpenedFiles(). Never in the browser. Returns an
   * unsubscribe function.
   */
  onFilesOpened(listener: () => void): () => void;
}

export type {
  AutoBackupInfo,
  DesktopNotice,
  LibraryMarker,
  OpenFilesRequest,
  OpenFilesResult,
  PickedFile,
  RefusedFile,
  SaveFileRequest,
  SavedFile,
};

/** One sentence naming every refused file and why, for a toast or an error line. */
export function refusedFilesMessage(refused: readonly RefusedFile[]): string {
  const parts = refused.map((file) => `“${file.name}”: ${file.reason}`);
  return `Not opened: ${parts.join('; ')}.`;
}
