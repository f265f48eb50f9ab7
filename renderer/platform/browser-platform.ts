/** The platform in a plain browser: a file input to open files, a download to save them. */
import type { LibraryMarker, OpenFilesRequest, Platform, SaveFileRequest } from './platform';
import { acceptAttribute } from './accept-attribute';
import { choosePickedFiles, readPickedFiles } from './read-picked-files';

const EMPTY_PICK = { files: [], refused: [] };

/** Shows the browser's file chooser; resolves with the files chosen, or null when cancelled. */
function pickWithInput(doc: Document, request: OpenFilesRequest): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = request.multiple;
    input.accept = acceptAttribute(request);
    input.style.display = 'none';
    const cleanUp = () => input.remove();
    input.addEventListener('cancel', () => {
      cleanUp();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      cleanUp();
      resolve(files);
    });
    doc.body.append(input);
    input.click();
  });
}

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
      pickWithInput(doc, request).then((files) => (files ? readPickedFiles(files) : EMPTY_PICK)),

    chooseFiles: async (request) => {
      const files = await pickWithInput(doc, request);
      return files ? choosePickedFiles(files) : EMPTY_PICK;
    },

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
