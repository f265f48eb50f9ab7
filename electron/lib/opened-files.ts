/**
 * Files the OS asks the app to open: "Open with Rightsmark" and double-clicks (the command line
 * of the first or a second instance on Windows and Linux, the `open-file` event on macOS) and
 * File › Open Recent. Pure: picks the paths worth reading out of a command line, and keeps the
 * recent-files list. Only these kinds are taken; anything else on the command line (Chromium
 * switches, the app folder in development) is ignored.
 */
import nodePath from 'node:path';

/** Extensions the app opens from the file manager: collections, briefing PDFs, documents. */
export const OPENABLE_EXTENSIONS = [
  '.rightsmark.json',
  '.json',
  '.jsonld',
  '.pdf',
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.docx',
] as const;

/** Most files one "Open with" may hand over at once; the rest are refused by name. */
export const MAX_OPENED_AT_ONCE = 100;

/** How many recent files File › Open Recent lists. */
export const RECENT_FILES_KEPT = 10;

/** True when `path` names a file of a kind the app opens. */
export function isOpenablePath(path: string): boolean {
  const lower = path.toLowerCase();
  return OPENABLE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/**
 * The files named on a command line (process.argv, or a second instance's argv), resolved
 * against the folder it was run in. Switches, and everything before them that is the program
 * and (in development) the app folder, are skipped; so is anything after a bare `--`'s switches.
 */
export function filesFromCommandLine(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || arg.includes('\0')) continue;
    if (!isOpenablePath(arg)) continue;
    files.push(nodePath.resolve(cwd, arg));
  }
  return [...new Set(files)];
}

/** The recent-files list after opening `path`: newest first, no duplicates, at most the kept. */
export function addRecentFile(recent: readonly string[], path: string): string[] {
  return [path, ...recent.filter((p) => p !== path)].slice(0, RECENT_FILES_KEPT);
}

/** A recent-files list read from disk, or an empty one when it is anything else. */
export function parseRecentFiles(json: string | null): string[] {
  if (json === null) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    const paths = value.filter(
      (p): p is string =>
        typeof p === 'string' && nodePath.isAbsolute(p) && !p.includes('\0') && isOpenablePath(p),
    );
    return [...new Set(paths)].slice(0, RECENT_FILES_KEPT);
  } catch {
    return [];
  }
}

/**
 * Paths the OS asked the app to open, waiting for the page to take them (the page may not be
 * loaded yet: a double-click that starts the app, or a macOS `open-file` before the window).
 */
export class OpenedFilesQueue {
  #paths: string[] = [];

  /** Adds paths, each once, in order. */
  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.#paths.includes(path)) this.#paths.push(path);
  }

  /** Every waiting path, emptying the queue. */
  take(): string[] {
    const taken = this.#paths;
    this.#paths = [];
    return taken;
  }

  get size(): number {
    return this.#paths.length;
  }
}
