/**
 * Test support for the exchange layer: small libraries built in memory, fixed clocks and ids,
 * and a reference "apply" that does to a snapshot what the app's import does to its database.
 */
import { describeRange } from '../../anchoring/describe';
import type { Annotation } from '../../model/annotation';
import type { Collection, CollectionItem } from '../../model/collection';
import {
  countWords,
  documentText,
  type LibraryDocument,
  type ParsedBlock,
} from '../../model/document';
import { BUILT_IN_RIGHTS, type Right } from '../../model/right';
import { contentUuid } from '../content-uuid';
import type { ExportEnvironment, ExportInput } from '../export-input';
import type { LibrarySnapshot, SnapshotAnnotation } from '../library-snapshot';
import type { MergePlan } from '../merge-plan';

export const T0 = '2024-05-01T09:00:00.000Z';

/** The built-in rights as library rows. */
export const RIGHTS: readonly Right[] = BUILT_IN_RIGHTS.map((r) => ({
  ...r,
  createdAt: T0,
  modifiedAt: T0,
}));

/** A UUID from a counter: `00000000-0000-4000-8000-000000000007`. */
export function sequentialUuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A clock fixed at `now` and ids counting up from `firstId`. */
export function fixedEnv(now = '2024-06-01T12:00:00.000Z', firstId = 1000): ExportEnvironment {
  let next = firstId;
  return { now: () => now, newId: () => sequentialUuid(next++), appVersion: '0.1.0' };
}

/** A stand-in for SHA-256 in pure tests: 64 hex digits derived from the text. */
export function fakeHash(text: string): string {
  return (contentUuid(`a${text}`) + contentUuid(`b${text}`)).replace(/-/g, '');
}

export interface TestDocument {
  readonly document: LibraryDocument;
  readonly blocks: readonly ParsedBlock[];
  readonly text: string;
}

/** A document from paragraphs (or blocks), with a fake content hash unless one is given. */
export function makeDocument(
  id: string,
  title: string,
  paragraphs: readonly (string | ParsedBlock)[],
  overrides: Partial<LibraryDocument> = {},
): TestDocument {
  const blocks: ParsedBlock[] = paragraphs.map((p) =>
    typeof p === 'string' ? { kind: 'paragraph', text: p } : p,
  );
  const text = documentText(blocks);
  return {
    blocks,
    text,
    document: {
      id,
      title,
      publisher: 'Test Publisher',
      year: 2021,
      kind: 'report',
      language: 'en',
      format: 'text',
      sourceName: `${id}.txt`,
      sourceSize: text.length,
      contentHash: fakeHash(text),
      textLength: text.length,
      wordCount: countWords(text),
      blockCount: blocks.length,
      sampleKey: null,
      version: 1,
      createdAt: T0,
      modifiedAt: T0,
      deletedAt: null,
      ...overrides,
    },
  };
}

/** An annotation on the `occurrence`-th copy of `passage` in the document. */
export function makeAnnotation(
  doc: TestDocument,
  id: string,
  passage: string,
  fields: Partial<Annotation> = {},
  occurrence = 1,
): Annotation {
  let at = -1;
  for (let i = 0; i < occurrence; i += 1) at = doc.text.indexOf(passage, at + 1);
  if (at === -1) throw new Error(`"${passage}" is not in ${doc.document.id}`);
  const { quote, position } = describeRange(doc.text, at, at + passage.length);
  const blockIndex = doc.text.slice(0, at).split('\n\n').length - 1;
  return {
    id,
    docId: doc.document.id,
    blockIndex,
    quote,
    position,
    rightIds: [],
    note: '',
    author: 'Amina',
    createdAt: T0,
    modifiedAt: T0,
    status: 'anchored',
    deletedAt: null,
    ...fields,
  };
}

/** A collection listing the annotations in order, with optional comments. */
export function makeCollection(
  id: string,
  name: string,
  items: readonly (string | CollectionItem)[],
  fields: Partial<Collection> = {},
): Collection {
  return {
    id,
    name,
    description: '',
    items: items.map((i) => (typeof i === 'string' ? { annotationId: i, comment: '' } : i)),
    filter: null,
    createdAt: T0,
    modifiedAt: T0,
    deletedAt: null,
    ...fields,
  };
}

/** An export input over the given documents and annotations. */
export function makeInput(
  collection: Collection,
  docs: readonly TestDocument[],
  annotations: readonly Annotation[],
  rights: readonly Right[] = RIGHTS,
): ExportInput {
  return {
    collection,
    annotations,
    documents: docs.map((d) => d.document),
    blocks: new Map(docs.map((d) => [d.document.id, d.blocks])),
    rights,
  };
}

/** A library snapshot holding these documents, annotations and rights. */
export function makeSnapshot(
  docs: readonly TestDocument[],
  annotations: readonly SnapshotAnnotation[],
  rights: readonly Pick<Right, 'id' | 'name'>[] = RIGHTS,
): LibrarySnapshot {
  return {
    documents: docs.map((d) => ({
      id: d.document.id,
      contentHash: d.document.contentHash,
      title: d.document.title,
      sourceName: d.document.sourceName,
      text: d.text,
    })),
    annotations,
    rights,
  };
}

/**
 * Does to a snapshot what the app's import does: adds carried documents (id = their hash),
 * creates unknown rights (id = their key), writes new, updated and conflict excerpts.
 */
export function applyPlan(library: LibrarySnapshot, plan: MergePlan): LibrarySnapshot {
  const documents = [
    ...library.documents,
    ...plan.documentsToAdd.map((d) => ({
      id: `doc:${d.contentHash}`,
      contentHash: d.contentHash,
      title: d.document.title ?? '',
      sourceName: d.document.sourceName ?? '',
      text: d.text,
    })),
  ];
  const rights = [
    ...library.rights,
    ...plan.unknownRights.map((r) => ({ id: r.key, name: r.name })),
  ];
  const annotations = new Map(library.annotations.map((a) => [a.id, a]));
  for (const planned of plan.excerpts) {
    if (planned.action === 'present' || planned.action === 'outdated') continue;
    const { incoming, anchoring, document } = planned;
    const docId =
      document.kind === 'library'
        ? document.docId
        : document.kind === 'from-file'
          ? `doc:${document.contentHash}`
          : '';
    const found = anchoring.kind !== 'none';
    annotations.set(planned.id, {
      id: planned.id,
      docId,
      quote: incoming.quote,
      position: found
        ? { type: 'TextPositionSelector', start: anchoring.start, end: anchoring.end }
        : (incoming.position ?? { type: 'TextPositionSelector', start: 0, end: 0 }),
      rightIds: [...planned.rightIds, ...planned.unknownRightKeys],
      note: incoming.note ?? planned.local?.note ?? '',
      author: incoming.creator ?? '',
      createdAt: incoming.created ?? T0,
      modifiedAt: incoming.modified ?? T0,
      deletedAt: null,
    });
  }
  return { documents, annotations: [...annotations.values()], rights };
}
