/** The platform in a plain browser: a file input to open files, a download to save them. */
import { MAX_BATCH_BYTES, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import type {
  LibraryMarker,
  OpenFilesRequest,
  OpenFilesResult,
  PickedFile,
  Platform,
  RefusedFile,
  SaveFileRequest,
} from './platform';

/** Where the browser keeps the library marker: outside IndexedDB, in the origin's local storage. */
export const MARKER_STORAGE_KEY = 'rightsmark.library-marker';

function readMarker(storage: Storage): LibraryMarker | null {
  try {
    const raw = storage.getItem(MARKER_STORAGE_KEY);
    const value: unknown = raw === null ? null : JSON.parse(raw);
    return isMarker(value) ? value : null;
  } catch {
    return null;
  }
}

/** A marker we can trust enough to warn about a lost library. */
export function isMarker(value: unknown): value is LibraryMarker {
  if (typeof value !== 'object' || value === null) return false;
  const marker = value as Partial<LibraryMarker>;
  const counts = marker.counts as Partial<LibraryMarker['counts']> | undefined;
  return (
    typeof marker.libraryId === 'string' &&
    typeof counts === 'object' &&
    counts !== null &&
    [counts.documents, counts.annotations, counts.collections].every(
      (n) => typeof n === 'number' && Number.isInteger(n) && n >= 0,
    )
  );
}

const MEGABYTE = 1024 * 1024;

/**
 * Reads the chosen files as the desktop shell does: one too large (alone, or past the batch's
 * budget) is refused by name instead of failing the others.
 */
export async function readPickedFiles(files: readonly File[]): Promise<OpenFilesResult> {
  const picked: PickedFile[] = [];
  const refused: RefusedFile[] = [];
  let batchBytes = 0;
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      refused.push({
        name: file.name,
        reason: `it is too large to open (the limit is ${MAX_FILE_BYTES / MEGABYTE} MB)`,
      });
      continue;
    }
    if (batchBytes + file.size > MAX_BATCH_BYTES) {
      refused.push({
        name: file.name,
        reason: `the files chosen together pass ${MAX_BATCH_BYTES / MEGABYTE} MB; open it in another pick`,
      });
      continue;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      batchBytes += file.size;
      picked.push({ name: file.name, path: null, bytes });
    } catch {
      refused.push({ name: file.name, reason: 'it could not be read' });
    }
  }
  return { files: picked, refused };
}

function acceptAttribute(request: OpenFilesRequest): string {
  return request.filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
}

export function createBrowserPlatform(
  doc: Document = document,
  storage: Storage = localStorage,
): Platform {
  return {
    kind: 'browser',
    canRevealFiles: false,
    autoBackups: null,
    onImportRequested: () => () => {},
    // The browser has no "Open with" and no recent-files menu: nothing ever arrives.
    onFilesOpened: () => () => {},
    takeOpenedFiles: async () => ({ files: [], refused: [] }),
    print: async () => {
      doc.defaultView?.print();
    },
    // The in-app message is the notice: the page holds no notification permission.
    notify: async () => false,
    readLibraryMarker: async () => readMarker(storage),
    writeLibraryMarker: async (marker) =>
      storage.setItem(MARKER_STORAGE_KEY, JSON.stringify(marker)),
    appVersion: async () => __APP_VERSION__,

    openFiles: (request) =>
      new Promise<OpenFilesResult>((resolve, reject) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.multiple = request.multiple;
        input.accept = acceptAttribute(request);
        input.style.display = 'none';
        const cleanUp = () => input.remove();
        input.addEventListener('cancel', () => {
          cleanUp();
          resolve({ files: [], refused: [] });
        });
        input.addEventListener('change', () => {
          const files = Array.from(input.files ?? []);
          cleanUp();
          readPickedFiles(files).then(resolve, reject);
        });
        doc.body.append(input);
        input.click();
      }),

    saveFile: async (request: SaveFileRequest) => {
      const blob = new Blob([request.bytes.slice()], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.style.display = 'none';
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoke later: the download needs the URL after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { name: request.suggestedName, path: null };
    },

    revealFile: async () => {
      // Browsers cannot show a file in the file manager; callers check canRevealFiles.
    },
  };
}
