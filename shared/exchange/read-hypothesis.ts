/**
 * Reads Hypothesis files into the common incoming shape: the API's search response
 * (`{ total, rows }`, what the public API and the usual export scripts write), the client's export
 * object (`{ annotations }`) and a bare list. Tags become rights by name and `text` the note;
 * replies are appended to the note of the annotation they answer, with their author; page notes
 * (no quoted text) become notes on their document.
 */
import { contentUuid } from './content-uuid';
import { duplicateIdChecker, findTextSelectors, isoDate } from './foreign-parts';
import { formatPath } from './issue-path';
import { parseWith } from './parse-with';
import type {
  IncomingDocument,
  IncomingDocumentNote,
  IncomingExcerpt,
  ParsedExchange,
  SkippedEntry,
} from './parsed-exchange';
import {
  hypothesisAnnotationSchema,
  hypothesisListSchema,
  type HypothesisAnnotation,
} from './hypothesis-schema';
import { appendReplies, type Reply } from './replies';

/** Where the list of annotations sits in each Hypothesis shape. */
export type HypothesisShape = 'list' | 'export' | 'search';

const LIST_KEY: Readonly<Record<HypothesisShape, string | null>> = {
  list: null,
  export: 'annotations',
  search: 'rows',
};

function title(annotation: HypothesisAnnotation): string | null {
  const value = annotation.document?.title;
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The name to show for the annotator: their display name, else `acct:name@host` as `name`. */
function creator(annotation: HypothesisAnnotation): string | null {
  const display = annotation.user_info?.display_name;
  if (display) return display;
  if (annotation.user === undefined) return null;
  const account = /^acct:([^@]+)@/.exec(annotation.user);
  return account?.[1] ?? annotation.user;
}

/** The document a row is about: its first target's source, else the row's `uri`. */
function sourceOf(annotation: HypothesisAnnotation): string | null {
  for (const target of annotation.target) if (target.source) return target.source;
  return annotation.uri ?? null;
}

/** A reply, read once every row it might answer is known. */
interface ReplyRow {
  readonly annotation: HypothesisAnnotation;
  readonly path: readonly PropertyKey[];
  /** Its thread from the top; never empty. */
  readonly references: readonly string[];
}

/** Reads a file already recognised as Hypothesis JSON, in the shape `detectFormat` found. */
export function readHypothesis(
  json: unknown,
  fileName: string,
  shape: HypothesisShape,
): ParsedExchange {
  const key = LIST_KEY[shape];
  const rows = parseWith(
    hypothesisListSchema,
    key === null ? json : (json as Record<string, unknown>)[key],
    fileName,
    key === null ? [] : [key],
  );
  const checkId = duplicateIdChecker(fileName);
  // A Hypothesis annotation's text is its note, so every excerpt has one (maybe empty).
  const excerpts: (IncomingExcerpt & { note: string })[] = [];
  const notes: IncomingDocumentNote[] = [];
  const replies: ReplyRow[] = [];
  const skipped: SkippedEntry[] = [];
  const documents = new Map<string, IncomingDocument>();

  const addDocument = (uri: string | null, docTitle: string | null) => {
    if (uri === null) return;
    const known = documents.get(uri);
    // Stryker disable next-line ConditionalExpression: equivalent mutant; an untitled document
    // replaced by an untitled one is the same document.
    if (known !== undefined && (known.title !== null || docTitle === null)) return;
    documents.set(uri, {
      contentHash: null,
      uri,
      title: docTitle,
      publisher: null,
      year: null,
      kind: null,
      language: null,
      sourceName: null,
      textLength: null,
      blocks: null,
    });
  };

  for (const [index, row] of rows.entries()) {
    const path = key === null ? [index] : [key, index];
    const annotation = parseWith(hypothesisAnnotationSchema, row, fileName, path);
    checkId(annotation.id, path);
    const references = annotation.references ?? [];
    if (references.length > 0) {
      replies.push({ annotation, path, references });
      continue;
    }
    let found: ReturnType<typeof findTextSelectors> = null;
    let source: string | null = null;
    for (const [t, target] of annotation.target.entries()) {
      found = findTextSelectors(target.selector ?? [], fileName, (i) => [
        ...path,
        'target',
        t,
        'selector',
        i,
      ]);
      if (found !== null) {
        source = target.source ?? null;
        break;
      }
    }
    const docTitle = title(annotation);
    if (found === null) {
      const uri = sourceOf(annotation);
      if (uri === null) {
        skipped.push({ path: formatPath(path), reason: 'a page note on no page (no uri)' });
        continue;
      }
      addDocument(uri, docTitle);
      notes.push({
        id: contentUuid(`hypothesis:${annotation.id}`),
        externalId: annotation.id,
        docRef: { contentHash: null, uri, title: docTitle },
        text: annotation.text ?? '',
        tags: annotation.tags ?? [],
        creator: creator(annotation),
        created: isoDate(annotation.created),
        modified: isoDate(annotation.updated ?? annotation.created),
      });
      continue;
    }
    const uri = source ?? annotation.uri ?? null;
    addDocument(uri, docTitle);
    excerpts.push({
      id: contentUuid(`hypothesis:${annotation.id}`),
      externalId: annotation.id,
      docRef: { contentHash: null, uri, title: docTitle },
      quote: found.quote,
      position: found.position,
      rights: (annotation.tags ?? []).map((name) => ({ id: null, name })),
      note: annotation.text ?? '',
      comment: '',
      creator: creator(annotation),
      created: isoDate(annotation.created),
      modified: isoDate(annotation.updated ?? annotation.created),
    });
  }

  // A reply's `references` lists its thread from the top: the first one this file holds is the
  // excerpt or page note it belongs to (a reply to a reply joins the same thread).
  const excerptAt = new Map(excerpts.map((e, i) => [e.externalId, i]));
  const noteAt = new Map(notes.map((n, i) => [n.externalId, i]));
  const repliesTo = new Map<string, Reply[]>();
  for (const { annotation, path, references } of replies) {
    const parent = references.find((id) => excerptAt.has(id) || noteAt.has(id));
    if (parent === undefined) {
      skipped.push({
        path: formatPath(path),
        reason: 'a reply to an annotation this file does not hold',
      });
      continue;
    }
    const thread = repliesTo.get(parent) ?? [];
    thread.push({
      author: creator(annotation),
      created: isoDate(annotation.created),
      text: annotation.text ?? '',
    });
    repliesTo.set(parent, thread);
  }
  const withReplies = excerpts.map((excerpt) => {
    const thread = repliesTo.get(excerpt.externalId);
    return thread === undefined
      ? excerpt
      : { ...excerpt, note: appendReplies(excerpt.note, thread) };
  });
  const notesWithReplies = notes.map((note) => {
    const thread = repliesTo.get(note.externalId);
    return thread === undefined ? note : { ...note, text: appendReplies(note.text, thread) };
  });

  return {
    format: 'hypothesis',
    fileName,
    collectionId: null,
    name: null,
    description: '',
    excerpts: withReplies,
    documents: [...documents.values()],
    rights: [],
    exportedAt: null,
    generator: null,
    documentNotes: notesWithReplies,
    skipped,
  };
}
