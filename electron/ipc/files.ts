/**
 * Handlers for the file operations of the DesktopApi: open and save dialogs, reading and writing
 * the chosen files, revealing them in the file manager. Electron and the file system come in as
 * small interfaces so the handlers are tested with hand-written fakes.
 */
import nodePath from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  MAX_FILE_BYTES,
  type FileFilter,
  type PickedFile,
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

function tooLarge(name: string): RefusedCallError {
  return new RefusedCallError(
    `"${name}" is too large to open (the limit is ${MAX_FILE_BYTES / MEGABYTE} MB).`,
  );
}

/** The operations this module handles. */
export type FileHandlers = Pick<
  DesktopHandlers,
  'appVersion' | 'openFiles' | 'saveFile' | 'revealFile'
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
      if (result.canceled || result.filePaths.length === 0) return [];
      if (result.filePaths.length > MAX_PICKED_FILES) {
        throw new RefusedCallError(
          `Too many files at once (${result.filePaths.length}); pick at most ${MAX_PICKED_FILES}.`,
        );
      }
      const picked: PickedFile[] = [];
      for (const filePath of result.filePaths) {
        const name = nodePath.basename(filePath);
        const info = await deps.fs.stat(filePath);
        if (!info.isFile()) throw new RefusedCallError(`"${name}" is not a file.`);
        if (info.size > MAX_FILE_BYTES) throw tooLarge(name);
        const bytes = await deps.fs.readFile(filePath);
        // Checked again after reading: the file may have grown since stat.
        if (bytes.byteLength > MAX_FILE_BYTES) throw tooLarge(name);
        chosen.add(filePath);
        picked.push({ name, path: filePath, bytes });
      }
      return picked;
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
