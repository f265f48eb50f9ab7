/**
 * What to tell the analyst about an error: the library's refusals worded by their code, other
 * errors by their message (shared/'s typed errors already name the file and the problem).
 */
import { LibraryError, type LibraryErrorCode } from '../db/library-error';

const MISSING: Record<LibraryErrorDetailsKind, string> = {
  document: 'The document is no longer in the library.',
  annotation: 'The passage is no longer in the library.',
  collection: 'The collection is no longer in the library.',
  right: 'The right is no longer in the library.',
  'document-note': 'The document note is no longer in the library.',
};

type LibraryErrorDetailsKind = LibraryError<'missing'>['details']['kind'];

/** The analyst's wording of each refusal. */
function libraryMessage(error: LibraryError): string {
  const code: LibraryErrorCode = error.code;
  switch (code) {
    case 'missing':
      return MISSING[(error as LibraryError<'missing'>).details.kind];
    case 'document-note-empty':
      return 'A document note needs some text.';
    case 'collection-name-empty':
      return 'A collection needs a name.';
    case 'smart-collection-items':
      return 'A smart collection chooses its own excerpts.';
    case 'not-smart-collection':
      return 'Only a smart collection has a filter.';
    case 'right-in-use':
      return 'This right is in use: choose another right to move its passages to.';
    case 'document-changed':
      return 'The document changed while its new version was prepared; try again.';
    case 'backup-too-new': {
      const { schemaVersion } = (error as LibraryError<'backup-too-new'>).details;
      return `The backup comes from a newer Rightsmark (schema ${schemaVersion}); update the app first.`;
    }
    case 'fingerprint-mismatch': {
      const { fileName, title } = (error as LibraryError<'fingerprint-mismatch'>).details;
      return (
        `${fileName}: the text of “${title}” does not match its SHA-256 fingerprint, so the ` +
        'file was changed after it was exported. Nothing was imported.'
      );
    }
    case 'mapped-right-missing': {
      const { name } = (error as LibraryError<'mapped-right-missing'>).details;
      return `“${name}” was mapped to a right that is no longer in the library.`;
    }
  }
}

/** The message to show for anything thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof LibraryError) return libraryMessage(error);
  return error instanceof Error ? error.message : String(error);
}
