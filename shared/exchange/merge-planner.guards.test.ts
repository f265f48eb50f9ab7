/**
 * The merge plan's two quiet guards: positions are trusted only where they count over the same
 * text (our own format, same content), and excerpts that will not be written are not reported as
 * orphans. Each case sits beside the control that differs in the guarded detail.
 */
import { describe, expect, it } from 'vitest';
import type { SnapshotAnnotation } from './library-snapshot';
import type { ExchangeFormat, IncomingExcerpt, ParsedExchange } from './parsed-exchange';
import { planMerge } from './merge-planner';
import { makeDocument, makeSnapshot, sequentialUuid } from './testing/fixtures';

const T1 = '2024-05-10T09:00:00.000Z';
const T2 = '2024-05-20T09:00:00.000Z';

// "freedom of expression" twice: the stored position names the first, the context the second.
const doc = makeDocument('doc-1', 'Twice said', [
  'Article 18 protects freedom of expression for the press.',
  'Article 19 protects freedom of expression for everyone online.',
]);
const QUOTE = 'freedom of expression';
const first = doc.text.indexOf(QUOTE);
const second = doc.text.indexOf(QUOTE, first + 1);

function excerpt(fields: Partial<IncomingExcerpt> = {}): IncomingExcerpt {
  return {
    id: sequentialUuid(1),
    externalId: 'a1',
    docRef: { contentHash: doc.document.contentHash, uri: null, title: null },
    quote: {
      type: 'TextQuoteSelector',
      exact: QUOTE,
      prefix: 'Article 19 protects ',
      suffix: ' for everyone online.',
    },
    position: { type: 'TextPositionSelector', start: first, end: first + QUOTE.length },
    rights: [],
    note: 'n',
    comment: '',
    creator: null,
    created: T1,
    modified: T1,
    ...fields,
  };
}

function file(format: ExchangeFormat, excerpts: IncomingExcerpt[]): ParsedExchange {
  return {
    format,
    fileName: `f.${format}.json`,
    collectionId: null,
    name: null,
    description: '',
    excerpts,
    documents: [],
    rights: [],
    exportedAt: null,
    generator: null,
    documentNotes: [],
    skipped: [],
  };
}

// A found quote away from a position counting over the same text has moved ('reanchored'); a
// foreign position counts over another text, so finding the quote elsewhere is normal.
describe('planMerge trusts positions', () => {
  it('from our own format, for the same content: a quote found away from it has moved', () => {
    const plan = planMerge(file('rightsmark', [excerpt()]), makeSnapshot([doc], []));
    expect(plan.excerpts[0]!.document).toMatchObject({ kind: 'library', by: 'content-hash' });
    // The context moved it to the second copy; against our own position that is a re-anchoring.
    expect(plan.excerpts[0]!.anchoring).toMatchObject({
      kind: 'exact',
      start: second,
      moved: true,
      status: 'reanchored',
    });
  });

  it.each(['w3c', 'hypothesis'] as const)(
    'not from %s files, even with a content hash: their positions count over another text',
    (format) => {
      const plan = planMerge(file(format, [excerpt()]), makeSnapshot([doc], []));
      expect(plan.excerpts[0]!.document).toMatchObject({ kind: 'library', by: 'content-hash' });
      expect(plan.excerpts[0]!.anchoring).toMatchObject({
        kind: 'exact',
        start: second,
        moved: true,
        status: 'anchored',
      });
    },
  );
});

describe('planMerge counts orphans', () => {
  const elsewhere = { contentHash: null, uri: 'https://example.org/missing', title: 'Missing' };
  const local = (fields: Partial<SnapshotAnnotation>): SnapshotAnnotation => ({
    id: sequentialUuid(1),
    docId: 'doc-gone',
    quote: { type: 'TextQuoteSelector', exact: 'an older wording', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 16 },
    rightIds: [],
    note: 'n',
    author: 'Amina',
    createdAt: T1,
    modifiedAt: T2,
    deletedAt: null,
    ...fields,
  });

  it('only among excerpts it will write: an outdated or present one without a document is not one', () => {
    const nowhere = {
      type: 'TextQuoteSelector' as const,
      exact: 'words that no document in the library holds',
      prefix: '',
      suffix: '',
    };
    const outdated = excerpt({ docRef: elsewhere, quote: nowhere, created: T1, modified: T1 });
    const present = excerpt({
      id: sequentialUuid(2),
      docRef: elsewhere,
      quote: { type: 'TextQuoteSelector', exact: 'an older wording', prefix: '', suffix: '' },
    });
    const fresh = excerpt({ id: sequentialUuid(3), docRef: elsewhere, quote: nowhere });
    const library = makeSnapshot([doc], [local({}), local({ id: sequentialUuid(2) })]);
    const plan = planMerge(file('w3c', [outdated, present, fresh]), library);
    expect(plan.excerpts.map((e) => [e.action, e.anchoring.kind])).toEqual([
      ['outdated', 'none'],
      ['present', 'none'],
      ['new', 'none'],
    ]);
    expect(plan.counts).toEqual({
      new: 1,
      present: 1,
      updated: 0,
      outdated: 1,
      conflict: 0,
      orphaned: 1,
    });
  });
});

describe('planMerge does not count as orphans', () => {
  it('excerpts it anchors', () => {
    const plan = planMerge(file('rightsmark', [excerpt()]), makeSnapshot([doc], []));
    expect(plan.excerpts[0]!.anchoring.kind).toBe('exact');
    expect(plan.counts).toMatchObject({ new: 1, orphaned: 0 });
  });
});
