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

export interface SavedFile {
  readonly name: string;
  /** Where it was written (desktop only). */
  readonly path: string | null;
}

/** Operations the desktop shell offers, channel name → signature. */
export interface DesktopApi {
  appVersion(): Promise<string>;
  /** Resolves to an empty list when the user cancels. */
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  /** Resolves to null when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SavedFile | null>;
  revealFile(path: string): Promise<void>;
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
  'saveFile',
  'revealFile',
] as const satisfies readonly DesktopChannel[];

/** The global name under which the preload exposes the API to the renderer. */
export const DESKTOP_API_GLOBAL = 'rightsmarkDesktop';

/** Largest file the shell reads or writes for the renderer (bytes). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
