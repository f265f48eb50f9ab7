/**
 * The import of a batch of files, one after another: parse (in the worker, the next files while
 * this one is checked), then skip what the
 * library already has, ask whether a changed version replaces its document, and write the new
 * ones. New documents are written in groups of up to WRITE_GROUP_ROWS rows, each group in one
 * transaction (one flush to disk and one refresh of the library's views instead of one per file:
 * thousands of small files import many times faster), while the next files are parsed; a group
 * whose write fails is retried file by file, so a bad file still fails alone. Every document is
 * whole or absent; cancelling stops before the next file (or stops the parse under way).
 */
import { ImportError, sizeProblem, type ImportedDocument } from '../../../shared/import';
import type { DocumentMeta, LibraryDocument } from '../../../shared/model';
import type { RightsmarkDatabase } from '../../db/database';
import { replaceDocumentVersion, type ReanchorReport } from '../../db/document-versions';
import { keepOriginal } from '../../db/originals-repo';
import {
  addDocumentIfNew,
  addDocumentsIfNew,
  findImportLookalikes,
  foldTitle,
  getDocument,
  importLookupKeys,
  type ImportLookalikes,
  type ImportLookupKeys,
  prepareDocument,
  type AddIfNewResult,
  type PreparedDocument,
} from '../../db/documents-repo';
import { systemEnvironment, type Environment } from '../../platform/environment';
import type { ParseFile, ParsedImport } from '../../workers/import-worker-client';
import { messageOf } from '../../ui/message-of';

/** A file waiting to be imported; its bytes are read only when its turn comes. */
export interface ImportInput {
  readonly name: string;
  readonly size: number;
  /**
   * The file itself, when there is one (a browser File): the parser is handed it unread and
   * reads it off the page's thread; the page reads it only for a PDF, whose file is kept.
   */
  readonly blob?: Blob | null;
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
  | {
      readonly status: 'duplicate';
      readonly existing: LibraryDocument;
      /** The file was kept for the existing document's pages (it had none, or an older copy). */
      readonly pagesKept?: boolean;
    }
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
 * Rows (documents and their blocks) a group holds at most: a write transaction costs a flush to
 * disk and a refresh of every live view of the library, so fewer, larger ones let a thousand
 * small files cost little more than their rows; this bound keeps a group of long documents (and
 * what a failed group must retry file by file) moderate. A full group waits for the write before
 * it.
 */
const WRITE_GROUP_ROWS = 4000;
/**
 * Rows at which a group is written when no write is under way: the disk starts early and stays
 * busy while the next files are parsed, and each group is as large as what was parsed during the
 * write before it (a fixed size left the disk idle while the first group filled, then the import
 * idle while the disk caught up).
 */
const WRITE_GROUP_MIN_ROWS = 500;
/** A group is written at the latest this long after its first document was ready. */
const WRITE_GROUP_WAIT_MS = 400;
/**
 * Files handed to the parser ahead of the one being checked, at most: the worker goes from one
 * to the next without waiting for the page (for small files that wait was most of the import),
 * and a cancel has little queued to drop.
 */
const PARSE_AHEAD_FILES = 16;
/** Bytes of files handed to the parser ahead, at most (the next file goes whatever its size). */
const PARSE_AHEAD_BYTES = 8 * 1024 * 1024;

/** A parsed, new document waiting for its group's write. */
type Outcome = FinalState | { readonly status: 'new'; readonly prepared: PreparedDocument };

function added(result: AddIfNewResult): FinalState {
  return result.added
    ? { status: 'imported', document: result.document }
    : { status: 'duplicate', existing: result.existing };
}

function notSaved(error: unknown): FinalState {
  // A write failed (storage full, the document changed meanwhile): its transaction rolled back,
  // so nothing of this file is stored.
  const message = messageOf(error);
  return { status: 'failed', error: new ImportError('failed', `could not be saved: ${message}`) };
}

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

/**
 * Reads and parses one file; resolves with its document, or with the state it ends in when it
 * cannot be read. Never rejects.
 */
async function readAndParse(
  input: ImportInput,
  report: (state: FileState) => void,
  options: ImportRunOptions,
): Promise<ParsedFile | FinalState> {
  const { signal } = options;
  const problem = sizeProblem(input.size);
  if (problem) return { status: 'failed', error: new ImportError(problem.code, problem.message) };
  if (signal?.aborted) return cancelled;

  try {
    const source = input.blob
      ? { name: input.name, blob: input.blob }
      : { name: input.name, bytes: await input.read() };
    // Shown as reading from its turn in the parser: files handed over ahead wait till then.
    const imported = await options.parse(source, {
      ...(signal ? { signal } : {}),
      onStart: () => report({ status: 'reading', fraction: null }),
      onProgress: (fraction) => report({ status: 'reading', fraction }),
    });
    // A PDF's file is kept for its pages: read here too when the parser was handed it unread.
    const bytes =
      'bytes' in source ? source.bytes : imported.format === 'pdf' ? await input.read() : undefined;
    // Cancelled while this file was being read: it is not imported.
    return signal?.aborted ? cancelled : { imported, bytes };
  } catch (error) {
    if (error instanceof ImportError && error.code === 'cancelled') return cancelled;
    const known =
      error instanceof ImportError ? error : new ImportError('failed', 'could not be read');
    return { status: 'failed', error: known };
  }
}

/**
 * A parsed file with the bytes it was read from (a PDF's are kept for its pages); a file handed
 * to the parser unread has none unless it is a PDF.
 */
interface ParsedFile {
  readonly imported: ParsedImport;
  readonly bytes: Uint8Array | undefined;
}

const NO_LOOKALIKES: ImportLookalikes = { duplicate: undefined, candidates: [] };

/**
 * The library's documents this one duplicates or may be a new version of. The keys read when
 * the batch began (and those it added since) rule most files out without a query: a thousand
 * small files cost a thousand read transactions otherwise. A file they do not rule out is
 * looked up in the database itself. (A document added by something else while the batch runs
 * is not among the keys; an exact copy of it is still caught by the write, which checks the
 * content hash in its own transaction.)
 */
async function lookalikes(
  db: RightsmarkDatabase,
  known: ImportLookupKeys,
  contentHash: string,
  sourceName: string,
  title: string,
): Promise<ImportLookalikes> {
  const maybe =
    known.contentHashes.has(contentHash) ||
    known.sourceNames.has(sourceName) ||
    known.titles.has(foldTitle(title));
  return maybe ? findImportLookalikes(db, contentHash, sourceName, title) : NO_LOOKALIKES;
}

function isFinalState(value: ParsedFile | FinalState): value is FinalState {
  return 'status' in value;
}

async function importOne(
  parsed: Promise<ParsedFile | FinalState>,
  input: ImportInput,
  report: (state: FileState) => void,
  options: ImportRunOptions,
  /** Writes waiting documents that this one could duplicate or be a version of. */
  settleLookalikes: (prepared: PreparedDocument) => Promise<void>,
  known: ImportLookupKeys,
): Promise<Outcome> {
  const { db, signal } = options;
  const env = options.env ?? systemEnvironment;
  const file = await parsed;
  if (isFinalState(file)) return file;
  const { imported, bytes } = file;

  const prepared = await prepareDocument({ ...imported, sampleKey: null, sourceBytes: bytes }, env);
  await settleLookalikes(prepared);
  const { duplicate, candidates } = await lookalikes(
    db,
    known,
    prepared.document.contentHash,
    imported.sourceName,
    imported.meta.title,
  );
  known.contentHashes.add(prepared.document.contentHash);
  known.sourceNames.add(imported.sourceName);
  known.titles.add(foldTitle(imported.meta.title));
  if (duplicate) {
    // Re-importing a PDF is how a document imported before its file was kept gets its pages.
    const pagesKept =
      imported.format === 'pdf' &&
      bytes !== undefined &&
      (await keepOriginal(db, duplicate.id, bytes, prepared.document.contentHash));
    return pagesKept
      ? { status: 'duplicate', existing: duplicate, pagesKept }
      : { status: 'duplicate', existing: duplicate };
  }

  const candidate = likeliest(candidates);
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
          format: imported.format,
          sourceName: imported.sourceName,
          sourceSize: imported.sourceSize,
          sourceBytes: bytes,
          meta: fillMissing(candidate, imported.meta),
        },
        env,
      );
      const document = (await getDocument(db, candidate.id)) ?? candidate;
      return { status: 'replaced', document, report: result };
    }
  }
  report({ status: 'saving' });
  return { status: 'new', prepared };
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
  const finish = (index: number, final: FinalState) => {
    options.onState?.(index, final);
    results[index] = final;
  };

  const group: { index: number; prepared: PreparedDocument }[] = [];
  let groupRows = 0;
  // The waiting group's content hashes, file names and titles, so each new document is checked
  // against it at once (scanning the group for each one cost a batch of a thousand files
  // hundreds of thousands of comparisons).
  const groupKeys = {
    hashes: new Set<string>(),
    sources: new Set<string>(),
    titles: new Set<string>(),
  };
  const titleKey = (title: string) => title.trim().toLocaleLowerCase();
  const joinGroup = (index: number, prepared: PreparedDocument) => {
    group.push({ index, prepared });
    groupRows += 1 + prepared.blocks.length;
    groupKeys.hashes.add(prepared.document.contentHash);
    groupKeys.sources.add(prepared.document.sourceName);
    groupKeys.titles.add(titleKey(prepared.document.title));
  };
  const writeGroup = async () => {
    writeQueued = false;
    const items = group.splice(0);
    groupRows = 0;
    groupKeys.hashes.clear();
    groupKeys.sources.clear();
    groupKeys.titles.clear();
    if (items.length === 0) return;
    try {
      const written = await addDocumentsIfNew(
        options.db,
        items.map((item) => item.prepared),
      );
      items.forEach((item, i) => finish(item.index, added(written[i]!)));
    } catch {
      // One bad write must not fail its neighbours: each on its own now.
      for (const item of items) {
        try {
          finish(item.index, added(await addDocumentIfNew(options.db, item.prepared)));
        } catch (error) {
          finish(item.index, notSaved(error));
        }
      }
    }
  };
  const settleLookalikes = async (prepared: PreparedDocument) => {
    const { contentHash, sourceName, title } = prepared.document;
    const lookalike =
      groupKeys.hashes.has(contentHash) ||
      groupKeys.sources.has(sourceName) ||
      groupKeys.titles.has(titleKey(title));
    if (lookalike) await writeNow();
  };

  // Groups are written one after another, while the next files are being parsed; a group is
  // written once it has WRITE_GROUP_MIN_ROWS and the disk is free, when full, WRITE_GROUP_WAIT_MS
  // after it began (so a long parse never holds finished files back), and before anything that
  // must see it. A write asked for while another is under way takes the group as it stands when
  // that one is done.
  let writing: Promise<void> = Promise.resolve();
  let writeQueued = false;
  let writesUnderWay = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const writeNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!writeQueued) {
      writeQueued = true;
      writesUnderWay += 1;
      writing = writing.then(writeGroup).finally(() => {
        writesUnderWay -= 1;
      });
    }
    return writing;
  };

  // The next files are read and handed to the parser (the worker parses them one after another)
  // while this one is checked against the library and queued: up to PARSE_AHEAD_FILES files
  // and PARSE_AHEAD_BYTES ahead, and always the next one.
  const reporter = (index: number) => (state: FileState) => options.onState?.(index, state);
  const parses = new Map<number, Promise<ParsedFile | FinalState>>();
  let nextToParse = 0;
  const parseAhead = (current: number) => {
    let bytes = 0;
    for (let i = current; i < nextToParse; i++) bytes += inputs[i]?.size ?? 0;
    while (nextToParse < inputs.length && nextToParse <= current + PARSE_AHEAD_FILES) {
      const input = inputs[nextToParse]!;
      if (nextToParse > current + 1 && bytes + input.size > PARSE_AHEAD_BYTES) break;
      bytes += input.size;
      parses.set(nextToParse, readAndParse(input, reporter(nextToParse), options));
      nextToParse += 1;
    }
  };
  parseAhead(0);
  const known = await importLookupKeys(options.db);
  for (const [index, input] of inputs.entries()) {
    const report = reporter(index);
    parseAhead(index);
    const parsed = parses.get(index) ?? Promise.resolve(cancelled);
    parses.delete(index);
    if (options.signal?.aborted) {
      finish(index, cancelled);
      continue;
    }
    let outcome: Outcome;
    try {
      outcome = await importOne(parsed, input, report, options, settleLookalikes, known);
    } catch (error) {
      outcome = notSaved(error);
    }
    if (outcome.status === 'new') {
      joinGroup(index, outcome.prepared);
      if (groupRows >= WRITE_GROUP_ROWS) {
        // The disk is behind: wait for it rather than hold ever more rows.
        await writing;
        void writeNow();
      } else if (groupRows >= WRITE_GROUP_MIN_ROWS && writesUnderWay === 0) {
        void writeNow();
      } else if (group.length === 1) {
        timer = setTimeout(() => void writeNow(), WRITE_GROUP_WAIT_MS);
      }
    } else {
      // Files finish in order: what waits is written before a later file's result is shown.
      await writeNow();
      finish(index, outcome);
    }
  }
  await writeNow();
  return results;
}
