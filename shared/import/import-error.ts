/**
 * The one error an import raises: a machine-readable `code` and a short message naming the
 * problem in the analyst's words ("not a PDF"); the importer prefixes the file's name.
 */

/** Every way an import can fail that the analyst should hear about. */
export type ImportErrorCode =
  | 'unsupported-type'
  | 'empty'
  | 'too-large'
  | 'not-pdf'
  | 'damaged-pdf'
  | 'encrypted-pdf'
  | 'scanned-pdf'
  | 'not-docx'
  | 'damaged-docx'
  | 'expands-too-much'
  | 'too-many-parts'
  | 'bad-encoding'
  | 'no-text'
  | 'too-much-text'
  | 'timeout'
  | 'cancelled'
  | 'failed';

/** A file could not be imported; nothing was written for it. */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Whether a value is an ImportError (also one rebuilt from a worker message). */
export function isImportError(value: unknown): value is ImportError {
  return value instanceof ImportError;
}

/** The wire form of an ImportError, for crossing a worker boundary. */
export interface ImportErrorData {
  readonly code: ImportErrorCode;
  readonly message: string;
}

/** Rebuilds an ImportError from its wire form. */
export function importErrorFromData(data: ImportErrorData): ImportError {
  return new ImportError(data.code, data.message);
}
