/**
 * The one error the repositories throw for a write they refuse, with a code the UI words for
 * analysts (renderer/ui/message-of.ts) and the details that wording needs. `message` is the
 * developer's account (ids included), for logs and tests.
 */

/** What the library refused, and the details each case carries. */
export interface LibraryErrorDetails {
  /** A document, annotation, collection or right that is not (or no longer) in the library. */
  readonly missing: {
    readonly kind: 'document' | 'annotation' | 'collection' | 'right' | 'document-note';
  };
  /** A document note with no text once spaces are trimmed. */
  readonly 'document-note-empty': Record<string, never>;
  /** A collection name that is empty once spaces are trimmed. */
  readonly 'collection-name-empty': Record<string, never>;
  /** Adding excerpts by hand to a smart collection, which chooses its own. */
  readonly 'smart-collection-items': Record<string, never>;
  /** Saving a filter on an ordered collection. */
  readonly 'not-smart-collection': Record<string, never>;
  /** Deleting a right that tags passages without a right to move them to. */
  readonly 'right-in-use': Record<string, never>;
  /** A document edited while its new version was being prepared. */
  readonly 'document-changed': Record<string, never>;
  /** A backup written by a newer schema than this build knows. */
  readonly 'backup-too-new': { readonly schemaVersion: number };
  /** A carried document whose text does not match its fingerprint: the file was altered. */
  readonly 'fingerprint-mismatch': { readonly fileName: string; readonly title: string };
  /** An unknown right of an import mapped to a right that has since been deleted. */
  readonly 'mapped-right-missing': { readonly name: string };
}

export type LibraryErrorCode = keyof LibraryErrorDetails;

export class LibraryError<C extends LibraryErrorCode = LibraryErrorCode> extends Error {
  override readonly name = 'LibraryError';
  readonly code: C;
  readonly details: LibraryErrorDetails[C];

  constructor(code: C, details: LibraryErrorDetails[C], message: string = code) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** Narrows an unknown error to a LibraryError with this code. */
export function isLibraryError<C extends LibraryErrorCode>(
  error: unknown,
  code: C,
): error is LibraryError<C> {
  return error instanceof LibraryError && error.code === code;
}
