/**
 * The one contract between the renderer and the desktop shell: every operation the preload
 * exposes, with its argument and result types. Main-process handlers and the preload bridge are
 * both checked against it.
 */

/** A file the user picked, read by the shell. */
export interface PickedFile {
  readonly name: string;
  /** Absolute path on disk (desktop only), so the app can reveal it later. */
  readonly path: string | null;
  readonly bytes: Uint8Array;
}

export interface FileFilter {
  readonly name: string;
  /** Extensions without the dot, e.g. ["pdf", "docx"]. */
  readonly extensions: readonly string[];
}

export interface OpenFilesRequest {
  readonly title: string;
  readonly filters: readonly FileFilter[];
  readonly multiple: boolean;
}

export interface SaveFileRequest {
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
  readonly bytes: Uint8Array;
}

/** A file the shell would not read, with the reason in the analyst's words. */
export interface RefusedFile {
  readonly name: string;
  readonly reason: string;
}

/**
 * What an open dialog (or the file manager's "Open with") yields: the files read, and the ones
 * refused (too large, not a plain file, past the batch limits), so one bad file never hides the
 * others and every refusal reaches the screen.
 */
export interface OpenFilesResult {
  readonly files: PickedFile[];
  readonly refused: RefusedFile[];
}

export interface SavedFile {
  readonly name: string;
  /** Where it was written (desktop only). */
  readonly path: string | null;
}

/**
 * A small record kept outside IndexedDB describing the library, so the app can tell a library
 * that was lost (the database opened empty) from a new one.
 */
export interface LibraryMarker {
  readonly libraryId: string;
  readonly counts: {
    readonly documents: number;
    readonly annotations: number;
    readonly collections: number;
  };
  readonly lastBackupAt: string | null;
  readonly updatedAt: string;
}

/** An automatic backup in the user-data folder. */
export interface AutoBackupInfo {
  /** The file name, e.g. "rightsmark-backup-2026-11-25T10-00-00-000Z.json". */
  readonly name: string;
  readonly createdAt: string;
  readonly bytes: number;
}

/** A background-work notice for the OS notification area. */
export interface DesktopNotice {
  readonly title: string;
  readonly body: string;
}

/** Operations the desktop shell offers, channel name → signature. */
export interface DesktopApi {
  appVersion(): Promise<string>;
  /** Resolves to no files when the user cancels. */
  openFiles(request: OpenFilesRequest): Promise<OpenFilesResult>;
  /**
   * The files the OS asked the app to open ("Open with Rightsmark", a file passed on the command
   * line, File › Open Recent) since the last call; announced by FILES_OPENED_EVENT.
   */
  takeOpenedFiles(): Promise<OpenFilesResult>;
  /** The OS print dialog for the window's current view. */
  print(): Promise<void>;
  /**
   * A system notification, shown only when the window is not focused (a long import or briefing
   * finished in the background). Resolves to whether it was shown.
   */
  notify(notice: DesktopNotice): Promise<boolean>;
  /** Resolves to null when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SavedFile | null>;
  revealFile(path: string): Promise<void>;
  /** The marker, or null when there is none (a new installation) or it is unreadable. */
  readLibraryMarker(): Promise<LibraryMarker | null>;
  writeLibraryMarker(marker: LibraryMarker): Promise<void>;
  /**
   * Writes an automatic backup durably (temporary file, flush, rename, read back and compare),
   * then rotates out the oldest beyond the number kept. Rejects if the copy cannot be verified.
   */
  writeAutoBackup(bytes: Uint8Array): Promise<AutoBackupInfo>;
  /** Automatic backups, newest first. */
  listAutoBackups(): Promise<AutoBackupInfo[]>;
  readAutoBackup(name: string): Promise<Uint8Array>;
  /**
   * Tells the shell the renderer finished its work before the window closes (the shell sends
   * BACKUP_BEFORE_CLOSE_EVENT and waits for this, up to a time limit).
   */
  closeReady(): Promise<void>;
}

/** Sent by the shell when the window is about to close; the renderer answers with closeReady(). */
export const BACKUP_BEFORE_CLOSE_EVENT = 'rightsmark:backup-before-close';

/** Sent by the shell when the analyst chooses File › Import documents… in the menu. */
export const IMPORT_DOCUMENTS_EVENT = 'rightsmark:import-documents';

/** Sent by the shell when the OS handed it files to open; the renderer calls takeOpenedFiles(). */
export const FILES_OPENED_EVENT = 'rightsmark:files-opened';

/** The only channels the shell sends on; the preload listens to nothing else. */
export type DesktopEventChannel =
  typeof BACKUP_BEFORE_CLOSE_EVENT | typeof IMPORT_DOCUMENTS_EVENT | typeof FILES_OPENED_EVENT;

/**
 * Sent by the preload (not by the page) when the page starts or stops listening for the close
 * handshake, so a close never waits for a renderer that will not answer (a recovery screen, the
 * first-run seeding). Its one argument is the number of listeners now subscribed.
 */
export const CLOSE_LISTENERS_CHANNEL = 'rightsmark:close-listeners';

/** Subscriptions the preload exposes next to the operations (events from the shell). */
export interface DesktopEvents {
  /** Calls `listener` when the window is about to close; returns an unsubscribe function. */
  onBeforeClose(listener: () => void): () => void;
  /** Calls `listener` when the menu's "Import documents…" is chosen; returns an unsubscribe. */
  onImportDocuments(listener: () => void): () => void;
  /** Calls `listener` when the OS handed the app files to open; returns an unsubscribe. */
  onFilesOpened(listener: () => void): () => void;
}

export type DesktopChannel = keyof DesktopApi;

/** The IPC channel name for an operation; one place so both ends agree. */
export function channelName(operation: DesktopChannel): string {
  return `rightsmark:${operation}`;
}

/** Every operation, in a fixed order: the preload's allowlist is checked against it. */
export const DESKTOP_OPERATIONS = [
  'appVersion',
  'openFiles',
  'takeOpenedFiles',
  'print',
  'notify',
  'saveFile',
  'revealFile',
  'readLibraryMarker',
  'writeLibraryMarker',
  'writeAutoBackup',
  'listAutoBackups',
  'readAutoBackup',
  'closeReady',
] as const satisfies readonly DesktopChannel[];

/** Every event subscription the preload exposes next to the operations. */
export const DESKTOP_EVENTS = [
  'onBeforeClose',
  'onImportDocuments',
  'onFilesOpened',
] as const satisfies readonly (keyof DesktopEvents)[];

/** The global name under which the preload exposes the API to the renderer. */
export const DESKTOP_API_GLOBAL = 'rightsmarkDesktop';

/** Largest file the shell reads or writes for the renderer (bytes). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Most bytes one openFiles (or takeOpenedFiles) answer carries. The answer crosses IPC as one
 * structured-clone message, and Electron's renderer fails on single messages of a few hundred
 * MB; files past this budget are refused with a message to open them in a second pick.
 */
export const MAX_BATCH_BYTES = 256 * 1024 * 1024;

/** How many automatic backups the desktop app keeps. */
export const AUTO_BACKUPS_KEPT = 10;
