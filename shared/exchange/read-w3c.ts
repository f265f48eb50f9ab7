/**
 * Reads plain W3C Web Annotation documents (one annotation, a list, a page or a collection with
 * its first page embedded) into the common incoming shape.
 */
import { contentUuid } from './content-uuid';
import { ExchangeError } from './exchange-error';
import { duplicateIdChecker, findTextSelectors, isoDate } from './foreign-parts';
import {
  annotationIdFromIri,
  collectionIdFromIri,
  contentHashFromIri,
  rightIdFromIri,
} from './iri';
import { parseWith } from './parse-with';
import type {
  IncomingDocument,
  IncomingDocumentNote,
  IncomingExcerpt,
  IncomingRightRef,
  ParsedExchange,
  SkippedEntry,
} from './parsed-exchange';
import { formatPath } from './issue-path';
import {
  w3cAnnotationSchema,
  w3cCollectionSchema,
  w3cPageSchema,
  type W3cAgent,
  type W3cAnnotation,
  type W3cBody,
  type W3cTarget,
} from './w3c-schema';

/** The type names of a W3C object (`type` may be a string or a list). */
export function w3cTypes(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const type = (value as { type?: unknown }).type;
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string');
}

function list<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function creatorName(creator: W3cAnnotation['creator']): string | null {
  for (const agent of list<W3cAgent>(creator)) {
    if (typeof agent === 'string') return agent;
    const name = agent.name ?? agent.nickname ?? agent.id;
    if (name !== undefined) return name;
  }
  return null;
}

interface Bodies {
  readonly rights: IncomingRightRef[];
  readonly note: string;
  readonly comment: string;
}

/**
 * Sorts textual bodies by purpose: `tagging` names a right, `describing` is a collection comment
 * (as we write it), anything else with a value (`commenting`, `replying`, none) is the note.
 * Bodies that are only links (an IRI, a SpecificResource) carry no text and are ignored.
 */
function readBodies(annotation: W3cAnnotation): Bodies {
  const rights: IncomingRightRef[] = [];
  const notes: string[] = annotation.bodyValue === undefined ? [] : [annotation.bodyValue];
  const comments: string[] = [];
  for (const body of list<W3cBody>(annotation.body)) {
    if (typeof body === 'string' || body.value === undefined) continue;
    const purposes = list(body.purpose);
    if (purposes.includes('tagging')) {
      rights.push({
        id: body.id === undefined ? null : rightIdFromIri(body.id),
        name: body.value,
      });
    } else if (purposes.includes('describing')) comments.push(body.value);
    else notes.push(body.value);
  }
  return { rights, note: notes.join('\n\n'), comment: comments.join('\n\n') };
}

/**
 * A note on a whole document: an annotation with a note whose target is the document itself (an
 * IRI, or a resource with no selector). Null for anything else, such as an image region.
 */
function documentNote(annotation: W3cAnnotation): IncomingDocumentNote | null {
  const target = list<W3cTarget>(annotation.target)[0];
  if (target === undefined) return null;
  const source =
    typeof target === 'string'
      ? target
      : target.selector === undefined
        ? (target.source ?? target.id ?? null)
        : null;
  if (source === null) return null;
  const bodies = readBodies(annotation);
  if (bodies.note.trim() === '') return null;
  const contentHash = contentHashFromIri(source);
  const externalId = annotation.id ?? '';
  return {
    id: contentUuid(externalId === '' ? `w3c-note:${source}|${bodies.note}` : `w3c:${externalId}`),
    externalId,
    docRef: { contentHash, uri: contentHash === null ? source : null, title: null },
    text: bodies.note,
    tags: bodies.rights.map((right) => right.name),
    creator: creatorName(annotation.creator),
    created: isoDate(annotation.created),
    modified: isoDate(annotation.modified ?? annotation.created),
  };
}

/** The annotations a document holds, each with the path where it sits. */
function annotationsIn(
  json: unknown,
  fileName: string,
): { items: { value: unknown; path: PropertyKey[] }[]; name: string | null; id: string | null } {
  if (Array.isArray(json)) {
    return { items: json.map((value, i) => ({ value, path: [i] })), name: null, id: null };
  }
  const types = w3cTypes(json);
  if (types.includes('Annotation'))
    return { items: [{ value: json, path: [] }], name: null, id: null };
  if (types.includes('AnnotationPage')) {
    const page = parseWith(w3cPageSchema, json, fileName);
    const items = (page.items ?? []).map((value, i) => ({ value, path: ['items', i] }));
    return { items, name: null, id: null };
  }
  const collection = parseWith(w3cCollectionSchema, json, fileName);
  const name = list(collection.label)[0] ?? null;
  if (collection.first === undefined) return { items: [], name, id: collection.id ?? null };
  if (typeof collection.first === 'string') {
    throw new ExchangeError(
      'invalid',
      fileName,
      'first',
      'the annotations are on a separate page that is not in this file; export them together',
    );
  }
  const items = (collection.first.items ?? []).map((value, i) => ({
    value,
    path: ['first', 'items', i],
  }));
  return { items, name, id: collection.id ?? null };
}

/** Reads a file already recognised as W3C Web Annotation JSON. */
export function readW3c(json: unknown, fileName: string): ParsedExchange {
  const { items, name, id } = annotationsIn(json, fileName);
  const checkId = duplicateIdChecker(fileName);
  const excerpts: IncomingExcerpt[] = [];
  const skipped: SkippedEntry[] = [];
  const documentNotes: IncomingDocumentNote[] = [];
  const documents = new Map<string, IncomingDocument>();
  const addDocument = (contentHash: string | null, uri: string | null) => {
    const docKey = contentHash ?? uri ?? '';
    if (docKey === '' || documents.has(docKey)) return;
    documents.set(docKey, {
      contentHash,
      uri,
      title: null,
      publisher: null,
      year: null,
      kind: null,
      language: null,
      sourceName: null,
      textLength: null,
      blocks: null,
    });
  };

  for (const { value, path } of items) {
    const annotation = parseWith(w3cAnnotationSchema, value, fileName, path);
    if (!list(annotation.type).includes('Annotation')) {
      skipped.push({ path: formatPath(path), reason: 'not an Annotation' });
      continue;
    }
    if (annotation.id !== undefined) checkId(annotation.id, path);
    const targets = list<W3cTarget>(annotation.target);
    let found: ReturnType<typeof findTextSelectors> = null;
    let source: string | null = null;
    for (const [index, target] of targets.entries()) {
      if (typeof target === 'string') continue;
      const targetPath = Array.isArray(annotation.target)
        ? [...path, 'target', index]
        : [...path, 'target'];
      // A single selector (not in a list) is reported at `selector` itself.
      const pathOf = Array.isArray(target.selector)
        ? (i: number) => [...targetPath, 'selector', i]
        : () => [...targetPath, 'selector'];
      found = findTextSelectors(list(target.selector), fileName, pathOf);
      if (found !== null) {
        source = target.source ?? target.id ?? null;
        break;
      }
    }
    if (found === null) {
      const note = documentNote(annotation);
      if (note === null) {
        skipped.push({ path: formatPath(path), reason: 'no quoted text (TextQuoteSelector)' });
      } else {
        documentNotes.push(note);
        addDocument(note.docRef.contentHash, note.docRef.uri);
      }
      continue;
    }
    const contentHash = source === null ? null : contentHashFromIri(source);
    const uri = contentHash === null ? source : null;
    addDocument(contentHash, uri);
    const bodies = readBodies(annotation);
    const externalId = annotation.id ?? '';
    excerpts.push({
      id:
        externalId === ''
          ? contentUuid(
              `w3c-content:${source ?? ''}|${found.quote.exact}|${found.position?.start ?? ''}`,
            )
          : (annotationIdFromIri(externalId) ?? contentUuid(`w3c:${externalId}`)),
      externalId,
      docRef: { contentHash, uri, title: null },
      quote: found.quote,
      position: found.position,
      rights: bodies.rights,
      note: bodies.note,
      comment: bodies.comment,
      creator: creatorName(annotation.creator),
      created: isoDate(annotation.created),
      modified: isoDate(annotation.modified ?? annotation.created),
    });
  }

  return {
    format: 'w3c',
    fileName,
    collectionId: id === null ? null : (collectionIdFromIri(id) ?? id),
    name,
    description: '',
    excerpts,
    documents: [...documents.values()],
    rights: [],
    exportedAt: null,
    generator: null,
    documentNotes,
    skipped,
  };
}
