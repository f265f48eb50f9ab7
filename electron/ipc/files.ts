/**
 * Handlers for the file operations of the DesktopApi: open and save dialogs, reading and writing
 * the chosen files, revealing them in the file manager. Electron and the file system come in as
 * small interfaces so the handlers are tested with hand-written fakes.
 */
import nodePath from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  MAX_BATCH_BYTES,
  MAX_FILE_BYTES,
  type FileFilter,
  type OpenFilesResult,
  type PickedFile,
  type RefusedFile,
  type SavedFile,
} from '../../shared/ipc/contract';
import type { DesktopHandlers } from './register';
import { RefusedCallError } from './register';

/** Most files one open dialog may return; a bigger batch is imported in several picks. */
export const MAX_PICKED_FILES = 100;

export interface FileDialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FileSystem {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

export interface FileHandlerDeps {
  readonly dialogs: FileDialogs;
  readonly fs: FileSystem;
  /** shell.showItemInFolder */
  readonly showItemInFolder: (path: string) => void;
  /** app.getVersion */
  readonly appVersion: () => string;
  /** Where the save dialog starts (app.getPath('documents')). */
  readonly defaultSaveDirectory: () => string;
  /**
   * Takes (and empties) the queue of paths the OS asked the app to open; see
   * main/opened-files-queue.ts.
   */
  readonly takeQueuedPaths: () => string[];
  /** Remembers a file the analyst opened, for File › Open Recent. */
  readonly addRecentFile: (path: string) => void;
}

/** Paths the user chose in this session's dialogs: the only ones the renderer may reveal. */
export class ChosenPaths {
  readonly #paths = new Set<string>();

  add(path: string): void {
    this.#paths.add(nodePath.resolve(path));
  }

  has(path: string): boolean {
    return nodePath.isAbsolute(path) && this.#paths.has(nodePath.resolve(path));
  }
}

/** Electron's dialog filters are mutable arrays; copy the validated, read-only ones. */
function dialogFilters(filters: readonly FileFilter[]): { name: string; extensions: string[] }[] {
  return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

const MEGABYTE = 1024 * 1024;

/**
 * Reads the chosen files one by one, refusing (by name, with the reason) those that are not plain
 * files, are too large, would push the answer past MAX_BATCH_BYTES, or come past `maxFiles`,
 * instead of failing the whole batch on the first one. A file that cannot be read is refused
 * with the system's reason. Each file read is added to `chosen`.
 */
export async function readChosenFiles(
  paths: readonly string[],
  fs: FileSystem,
  chosen: ChosenPaths,
  maxFiles: number = MAX_PICKED_FILES,
): Promise<OpenFilesResult> {
  const files: PickedFile[] = [];
  const refused: RefusedFile[] = [];
  let batchBytes = 0;
  for (const [index, filePath] of paths.entries()) {
    const name = nodePath.basename(filePath);
    if (index >= maxFiles) {
      refused.push({
        name,
        reason: `only ${maxFiles} files can be opened at once; open it in another pick`,
      });
      continue;
    }
    try {
      const info = await fs.stat(filePath);
      if (!info.isFile()) {
        refused.push({ name, reason: 'it is not a file' });
        continue;
      }
      if (info.size > MAX_FILE_BYTES) {
        refused.push({ name, reason: tooLargeReason() });
        continue;
      }
      if (batchBytes + info.size > MAX_BATCH_BYTES) {
        refused.push({ name, reason: batchFullReason() });
        continue;
      }
      const bytes = await fs.readFile(filePath);
      // Checked again after reading: the file may have grown since stat.
      if (bytes.byteLength > MAX_FILE_BYTES) {
        refused.push({ name, reason: tooLargeReason() });
        continue;
      }
      if (batchBytes + bytes.byteLength > MAX_BATCH_BYTES) {
        refused.push({ name, reason: batchFullReason() });
        continue;
      }
      batchBytes += bytes.byteLength;
      chosen.add(filePath);
      files.push({ name, path: filePath, bytes });
    } catch (error) {
      refused.push({ name, reason: readFailureReason(error) });
    }
  }
  return { files, refused };
}

function tooLargeReason(): string {
  return `it is too large to open (the limit is ${MAX_FILE_BYTES / MEGABYTE} MB)`;
}

function batchFullReason(): string {
  return `the files chosen together pass ${MAX_BATCH_BYTES / MEGABYTE} MB; open it in another pick`;
}

/** The system's reason a file could not be read, without its path. */
function readFailureReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it no longer exists';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to read it';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return 'it could not be read';
  }
}

/** The operations this module handles. */
export type FileHandlers = Pick<
  DesktopHandlers,
  'appVersion' | 'openFiles' | 'takeOpenedFiles' | 'saveFile' | 'revealFile'
>;

/** The file handlers, bound to their dependencies and a fresh reveal allowlist. */
export function createFileHandlers(
  deps: FileHandlerDeps,
  chosen: ChosenPaths = new ChosenPaths(),
): FileHandlers {
  return {
    appVersion: async () => deps.appVersion(),

    openFiles: async (request) => {
      const result = await deps.dialogs.showOpenDialog({
        title: request.title,
        filters: dialogFilters(request.filters),
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (result.canceled || result.filePaths.length === 0) return { files: [], refused: [] };
      return readChosenFiles(result.filePaths, deps.fs, chosen);
    },

    takeOpenedFiles: async () => {
      const result = await readChosenFiles(deps.takeQueuedPaths(), deps.fs, chosen);
      for (const file of result.files) if (file.path !== null) deps.addRecentFile(file.path);
      return result;
    },

    saveFile: async (request) => {
      // request.suggestedName was sanitised by the argument schema.
      const result = await deps.dialogs.showSaveDialog({
        defaultPath: nodePath.join(deps.defaultSaveDirectory(), request.suggestedName),
        filters: dialogFilters(request.filters),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      const filePath = result.filePath;
      if (result.canceled || filePath === undefined || filePath === '') return null;
      await deps.fs.writeFile(filePath, request.bytes);
      chosen.add(filePath);
      const saved: SavedFile = { name: nodePath.basename(filePath), path: filePath };
      return saved;
    },

    revealFile: async (filePath) => {
      if (!chosen.has(filePath)) {
        throw new RefusedCallError('revealFile: only files opened or saved in this session.');
      }
      deps.showItemInFolder(nodePath.resolve(filePath));
    },
  };
}
