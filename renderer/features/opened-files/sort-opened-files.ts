/**
 * Where a file the analyst opened from outside the app goes ("Open with Rightsmark", File › Open
 * Recent, a drop anywhere on the window): a collection file to the collection import preview, a
 * document to the library's import, a PDF to whichever fits (a briefing carrying a collection,
 * or a document to read).
 */
import { IMPORT_EXTENSIONS, fileExtension } from '../../../shared/import';
import type { PickedFile } from '../../platform/platform';

export type OpenedFileKind = 'collection' | 'pdf' | 'document' | 'unsupported';

/** Collection files by their extension (`.rightsmark.json` ends in `.json`). */
const COLLECTION_EXTENSIONS: readonly string[] = ['json', 'jsonld'];

/** The kind of a file by its name alone. */
export function openedFileKind(name: string): OpenedFileKind {
  const extension = fileExtension(name);
  if (COLLECTION_EXTENSIONS.includes(extension)) return 'collection';
  if (IMPORT_EXTENSIONS.pdf.includes(extension)) return 'pdf';
  if (Object.values(IMPORT_EXTENSIONS).some((extensions) => extensions.includes(extension))) {
    return 'document';
  }
  return 'unsupported';
}

export interface SortedFiles {
  readonly collections: readonly PickedFile[];
  readonly documents: readonly PickedFile[];
  /** Names of files the app does not open. */
  readonly unsupported: readonly string[];
}

/**
 * Sorts opened files; `carriesCollection` tells a briefing PDF (with an embedded collection)
 * from a document PDF, and a PDF it cannot read goes to the document import, which explains.
 */
export async function sortOpenedFiles(
  files: readonly PickedFile[],
  carriesCollection: (bytes: Uint8Array) => Promise<boolean>,
): Promise<SortedFiles> {
  const collections: PickedFile[] = [];
  const documents: PickedFile[] = [];
  const unsupported: string[] = [];
  for (const file of files) {
    const kind = openedFileKind(file.name);
    if (kind === 'collection') collections.push(file);
    else if (kind === 'document') documents.push(file);
    else if (kind === 'unsupported') unsupported.push(file.name);
    else if (await carriesCollection(file.bytes).catch(() => false)) collections.push(file);
    else documents.push(file);
  }
  return { collections, documents, unsupported };
}
