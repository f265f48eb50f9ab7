/**
 * The import of a batch of files, one after another: parse (in the worker), then skip what the
 * library already has, ask whether a changed version replaces its document, and write each file
 * in its own transaction. A bad file fails alone; cancelling stops before the next file (or
 * stops the parse under way), so no file is ever half-written.
 */
import { ImportError, sizeProblem, type ImportedDocument } from '../../../shared/import';
import type { DocumentMeta, LibraryDocument } from '../../../shared/model';
import type { RightsmarkDatabase } from '../../db/database';
import { replaceDocumentVersion, type ReanchorReport } from '../../db/document-versions';
import {
  addDocumentIfNew,
  findByContentHash,
  findVersionCandidates,
  prepareDocument,
} from '../../db/documents-repo';
import { systemEnvironment, type Environment } from '../../db/environment';
import type { ParseFile } from '../../workers/import-worker-client';

/** A file waiting to be imported; its bytes are read only when its turn comes. */
export interface ImportInput {
  readonly name: string;
  readonly size: number;
  read(): Promise<Uint8Array>;
}

/** Where one file of the batch stands. */
export type FileState =
  | { readonly status: 'waiting' }
  | { readonly status: 'reading'; readonly fraction: number | null }
  | { readonly status: 'asking' }
  | { readonly status: 'saving' }
  | { readonly status: 'imported'; readonly document: LibraryDocument }
  | {
      readonly status: 'replaced';
      readonly document: LibraryDocument;
      readonly report: ReanchorReport;
    }
  | { readonly status: 'duplicate'; readonly existing: LibraryDocument }
  | { readonly status: 'skipped' }
  | { readonly status: 'failed'; readonly error: ImportError }
  | { readonly status: 'cancelled' };

/** The states a file ends in. */
export type FinalState = Extract<
  FileState,
  { status: 'imported' | 'replaced' | 'duplicate' | 'skipped' | 'failed' | 'cancelled' }
>;

/** The analyst's answer when an import looks like a new version of a document. */
export type VersionChoice = 'replace' | 'separate' | 'skip';

/** The question put to the analyst: this file may be a new version of that document. */
export interface VersionQuestion {
  readonly fileName: string;
  readonly imported: ImportedDocument;
  readonly candidate: LibraryDocument;
}

export interface ImportRunOptions {
  readonly db: RightsmarkDatabase;
  readonly parse: ParseFile;
  readonly chooseVersion: (question: VersionQuestion) => Promise<VersionChoice>;
  readonly onState?: (index: number, state: FileState) => void;
  readonly signal?: AbortSignal;
  readonly env?: Environment;
}

const cancelled: FinalState = { status: 'cancelled' };

/**
 * Metadata the new version brings where the analyst had none; what they set stays theirs.
 */
function fillMissing(current: LibraryDocument, incoming: DocumentMeta): Partial<DocumentMeta> {
  return {
    publisher: current.publisher ?? incoming.publisher ?? undefined,
    year: current.year ?? incoming.year ?? undefined,
    language: current.language ?? incoming.language ?? undefined,
  };
}

/** The most recently changed candidate: the one the analyst most likely means. */
function likeliest(candidates: readonly LibraryDocument[]): LibraryDocument | undefined {
  return [...candidates].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))[0];
}

async function importOne(
  input: ImportInput,
  report: (state: FileState) => void,
  options: ImportRunOptions,
): Promise<FinalState> {
  const { db, signal } = options;
  const env = options.env ?? systemEnvironment;
  const problem = sizeProblem(input.size);
  if (problem) return { status: 'failed', error: new ImportError(problem.code, problem.message) };

  report({ status: 'reading', fraction: null });
  let imported: ImportedDocument;
  try {
    const bytes = await input.read();
    imported = await options.parse(
      { name: input.name, bytes },
      {
        ...(signal ? { signal } : {}),
        onProgress: (fraction) => report({ status: 'reading', fraction }),
      },
    );
  } catch (error) {
    if (error instanceof ImportError && error.code === 'cancelled') return cancelled;
    const known =
      error instanceof ImportError ? error : new ImportError('failed', 'could not be read');
    return { status: 'failed', error: known };
  }
  if (signal?.aborted) return cancelled;

  const prepared = await prepareDocument({ ...imported, sampleKey: null }, env);
  const existing = await findByContentHash(db, prepared.document.contentHash);
  if (existing) return { status: 'duplicate', existing };

  const candidate = likeliest(
    await findVersionCandidates(db, imported.sourceName, imported.meta.title),
  );
  if (candidate) {
    report({ status: 'asking' });
    const choice = await options.chooseVersion({ fileName: input.name, imported, candidate });
    if (signal?.aborted) return cancelled;
    if (choice === 'skip') return { status: 'skipped' };
    if (choice === 'replace') {
      report({ status: 'saving' });
      const result = await replaceDocumentVersion(
        db,
        candidate.id,
        {
          blocks: imported.blocks,
          sourceName: imported.sourceName,
          sourceSize: imported.sourceSize,
          meta: fillMissing(candidate, imported.meta),
        },
        env,
      );
      const document = (await db.documents.get(candidate.id)) ?? candidate;
      return { status: 'replaced', document, report: result };
    }
  }
  report({ status: 'saving' });
  const added = await addDocumentIfNew(db, prepared);
  return added.added
    ? { status: 'imported', document: added.document }
    : { status: 'duplicate', existing: added.existing };
}

/**
 * Imports the files in order and reports every change of state. Resolves with each file's
 * final state; never rejects for a file's sake (a file that fails is reported as failed).
 */
export async function runImport(
  inputs: readonly ImportInput[],
  options: ImportRunOptions,
): Promise<FinalState[]> {
  const results: FinalState[] = [];
  for (const [index, input] of inputs.entries()) {
    const report = (state: FileState) => options.onState?.(index, state);
    let final: FinalState;
    if (options.signal?.aborted) {
      final = cancelled;
    } else {
      try {
        final = await importOne(input, report, options);
      } catch (error) {
        // A write failed (storage full, the document changed meanwhile): its transaction rolled
        // back, so nothing of this file is stored; say so and carry on with the others.
        const message = error instanceof Error ? error.message : String(error);
        final = {
          status: 'failed',
          error: new ImportError('failed', `could not be saved: ${message}`),
        };
      }
    }
    report(final);
    results.push(final);
  }
  return results;
}
