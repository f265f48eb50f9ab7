/**
 * The merge planner's rules, one by one, on small hand-built files: how rights are resolved,
 * what counts as a change, how a conflict copy is named so a second import never duplicates it,
 * which carried documents are added, how notes on whole documents are classified, and what the
 * plan passes on from the file. Each case states the rule it holds the planner to.
 */
import { describe, expect, it } from 'vitest';
import type { SnapshotAnnotation, SnapshotDocumentNote } from './library-snapshot';
import { planMerge, sameContent } from './merge-planner';
import type {
  IncomingDocument,
  IncomingDocumentNote,
  IncomingExcerpt,
  IncomingRight,
  ParsedExchange,
} from './parsed-exchange';
import { makeDocument, makeSnapshot, sequentialUuid } from './testing/fixtures';

const T1 = '2024-05-10T09:00:00.000Z';
const T2 = '2024-05-20T09:00:00.000Z';
const T3 = '2024-05-30T09:00:00.000Z';

const doc = makeDocument('doc-1', 'Online principles', [
  'The same rights that people have offline must also be protected online.',
  'States should respect the right to privacy of every user.',
]);
const QUOTE = 'must also be protected online';

function excerpt(fields: Partial<IncomingExcerpt> = {}): IncomingExcerpt {
  return {
    id: sequentialUuid(1),
    externalId: 'a1',
    docRef: { contentHash: doc.document.contentHash, uri: null, title: null },
    quote: { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
    position: null,
    rights: [],
    note: 'Core principle.',
    comment: '',
    creator: 'Amina',
    created: T1,
    modified: T1,
    ...fields,
  };
}

function file(fields: Partial<ParsedExchange> = {}): ParsedExchange {
  return {
    format: 'rightsmark',
    fileName: 'amina.rightsmark.json',
    collectionId: null,
    name: null,
    description: '',
    excerpts: [],
    documents: [],
    rights: [],
    exportedAt: null,
    generator: null,
    documentNotes: [],
    skipped: [],
    ...fields,
  };
}

/** Ours, with the same id and content as `excerpt()` unless told otherwise. */
function local(fields: Partial<SnapshotAnnotation> = {}): SnapshotAnnotation {
  const start = doc.text.indexOf(QUOTE);
  return {
    id: sequentialUuid(1),
    docId: doc.document.id,
    quote: { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + QUOTE.length },
    rightIds: [],
    note: 'Core principle.',
    author: 'Ben',
    createdAt: T1,
    modifiedAt: T1,
    deletedAt: null,
    ...fields,
  };
}

function incomingRight(name: string, fields: Partial<IncomingRight> = {}): IncomingRight {
  return { id: null, name, description: null, legalBasis: null, color: null, ...fields };
}

describe('planMerge resolves an excerpt’s rights', () => {
  const library = makeSnapshot([doc], []);

  it('by the file’s id when the library has it, whatever name the file gives it', () => {
    const plan = planMerge(
      file({ excerpts: [excerpt({ rights: [{ id: 'right:privacy', name: 'Privatsphäre' }] })] }),
      library,
    );
    expect(plan.excerpts[0]!.rightIds).toEqual(['right:privacy']);
    expect(plan.unknownRights).toEqual([]);
  });

  it('by name when the file’s id is not one of ours', () => {
    const plan = planMerge(
      file({ excerpts: [excerpt({ rights: [{ id: 'their-privacy', name: ' PRIVACY ' }] })] }),
      library,
    );
    expect(plan.excerpts[0]!.rightIds).toEqual(['right:privacy']);
    expect(plan.excerpts[0]!.unknownRightKeys).toEqual([]);
  });

  it('once, when the file names the same right twice (by id and by name)', () => {
    const plan = planMerge(
      file({
        excerpts: [
          excerpt({
            rights: [
              { id: 'right:privacy', name: 'Privacy' },
              { id: null, name: 'privacy' },
            ],
          }),
        ],
      }),
      library,
    );
    expect(plan.excerpts[0]!.rightIds).toEqual(['right:privacy']);
  });

  it('lists a right the library lacks once, counting each excerpt that carries it once', () => {
    const plan = planMerge(
      file({
        excerpts: [
          excerpt({ id: sequentialUuid(1), rights: [{ id: null, name: 'Education' }] }),
          // The same right twice over in one excerpt, spelt two ways.
          excerpt({
            id: sequentialUuid(2),
            rights: [
              { id: null, name: 'education' },
              { id: null, name: ' EDUCATION' },
            ],
          }),
          excerpt({ id: sequentialUuid(3), rights: [] }),
        ],
      }),
      library,
    );
    expect(plan.unknownRights).toEqual([
      {
        key: 'name:education',
        id: null,
        name: 'Education',
        description: null,
        legalBasis: null,
        color: null,
        excerptCount: 2,
      },
    ]);
    expect(plan.excerpts.map((e) => e.unknownRightKeys)).toEqual([
      ['name:education'],
      ['name:education'],
      [],
    ]);
  });

  it('describes a right the library lacks from the file’s list: by its id first, else by name', () => {
    const plan = planMerge(
      file({
        rights: [
          incomingRight('Education (old name)', {
            id: 'r-edu',
            description: 'listed by id',
            legalBasis: 'UDHR art. 26',
            color: '#8e44ad',
          }),
          incomingRight('Education', { description: 'listed by name' }),
          incomingRight('water', { id: 'r-water', description: 'water, by name' }),
        ],
        excerpts: [
          excerpt({
            rights: [
              { id: 'r-edu', name: 'Education' },
              { id: 'r-other-water', name: 'Water' },
              { id: null, name: 'Housing' },
            ],
          }),
        ],
      }),
      library,
    );
    expect(plan.unknownRights).toEqual([
      {
        key: 'name:education',
        id: 'r-edu',
        name: 'Education',
        description: 'listed by id',
        legalBasis: 'UDHR art. 26',
        color: '#8e44ad',
        excerptCount: 1,
      },
      {
        key: 'name:water',
        id: 'r-other-water',
        name: 'Water',
        description: 'water, by name',
        legalBasis: null,
        color: null,
        excerptCount: 1,
      },
      {
        key: 'name:housing',
        id: null,
        name: 'Housing',
        description: null,
        legalBasis: null,
        color: null,
        excerptCount: 1,
      },
    ]);
  });
});

describe('sameContent: what counts as a change to an excerpt', () => {
  const none = { rightIds: [], unknownKeys: [] };

  it('the quote', () => {
    const moved = excerpt({
      quote: { type: 'TextQuoteSelector', exact: 'protected online', prefix: '', suffix: '' },
    });
    expect(sameContent(moved, none, local())).toBe(false);
    expect(sameContent(excerpt(), none, local())).toBe(true);
  });

  it('the note, unless the file left notes out', () => {
    expect(sameContent(excerpt({ note: 'Reworded.' }), none, local())).toBe(false);
    expect(sameContent(excerpt({ note: null }), none, local({ note: 'Only here.' }))).toBe(true);
  });

  it('the set of rights, not their order, counting rights the library lacks', () => {
    const ours = local({ rightIds: ['right:privacy', 'right:expression'] });
    const swapped = { rightIds: ['right:expression', 'right:privacy'], unknownKeys: [] };
    expect(sameContent(excerpt(), swapped, ours)).toBe(true);
    const oneMore = { rightIds: ['right:expression', 'right:privacy'], unknownKeys: ['name:x'] };
    expect(sameContent(excerpt(), oneMore, ours)).toBe(false);
    const oneLess = { rightIds: ['right:privacy'], unknownKeys: [] };
    expect(sameContent(excerpt(), oneLess, ours)).toBe(false);
    const other = { rightIds: ['right:privacy', 'right:assembly-association'], unknownKeys: [] };
    expect(sameContent(excerpt(), other, ours)).toBe(false);
  });

  it('not the position or the collection’s comment', () => {
    const elsewhere = excerpt({
      position: { type: 'TextPositionSelector', start: 0, end: QUOTE.length },
      comment: 'Key passage.',
    });
    expect(sameContent(elsewhere, none, local())).toBe(true);
  });
});

describe('planMerge classifies an excerpt whose id we have', () => {
  it('never touches newer local text: a file copy never edited since its creation is outdated', () => {
    const plan = planMerge(
      file({ excerpts: [excerpt({ note: 'Original.', created: T1, modified: T1 })] }),
      makeSnapshot([doc], [local({ note: 'Ben’s later wording.', modifiedAt: T2 })]),
    );
    expect(plan.excerpts[0]!).toMatchObject({ action: 'outdated', id: sequentialUuid(1) });
    expect(plan.counts).toMatchObject({ outdated: 1, updated: 0, conflict: 0, new: 0 });
  });

  it('keeps both when the file’s never-edited copy is as recent as ours', () => {
    const plan = planMerge(
      file({ excerpts: [excerpt({ note: 'Amina’s.', created: T2, modified: T2 })] }),
      makeSnapshot([doc], [local({ note: 'Ben’s.', modifiedAt: T2 })]),
    );
    expect(plan.excerpts[0]!.action).toBe('conflict');
  });

  it('keeps both when the file’s copy was edited, but before ours', () => {
    const plan = planMerge(
      file({ excerpts: [excerpt({ note: 'Amina’s.', created: T1, modified: T2 })] }),
      makeSnapshot([doc], [local({ note: 'Ben’s.', modifiedAt: T3 })]),
    );
    expect(plan.excerpts[0]!.action).toBe('conflict');
  });

  it('takes the file’s copy when it was changed later than ours', () => {
    const plan = planMerge(
      file({ excerpts: [excerpt({ note: 'Amina’s.', created: T1, modified: T3 })] }),
      makeSnapshot([doc], [local({ note: 'Ben’s.', modifiedAt: T2 })]),
    );
    expect(plan.excerpts[0]!).toMatchObject({ action: 'updated', id: sequentialUuid(1) });
    expect(plan.excerpts[0]!.local?.note).toBe('Ben’s.');
  });
});

describe('planMerge names a conflict copy after what it says', () => {
  const ours = local({ note: 'Ben’s.', modifiedAt: T3, rightIds: ['right:privacy'] });
  const theirs = excerpt({ note: 'Amina’s.', created: T1, modified: T2 });
  const copyId = (changes: Partial<IncomingExcerpt>, locals = [ours]) => {
    const planned = planMerge(
      file({ excerpts: [{ ...theirs, ...changes }] }),
      makeSnapshot([doc], locals),
    ).excerpts[0]!;
    expect(planned.action).toBe('conflict');
    expect(planned.conflictOf).toBe(ours.id);
    return planned.id;
  };

  it('under a new id, the same for the same content, so planning again finds the copy', () => {
    const first = copyId({});
    expect(first).not.toBe(ours.id);
    expect(copyId({})).toBe(first);
    const copy = local({ id: first, note: 'Amina’s.', modifiedAt: T2 });
    const again = planMerge(file({ excerpts: [theirs] }), makeSnapshot([doc], [ours, copy]));
    expect(again.excerpts[0]!).toMatchObject({ action: 'present', id: first, conflictOf: ours.id });
    expect(again.counts).toMatchObject({ present: 1, conflict: 0 });
  });

  it('under a different id for each different version, so none is lost', () => {
    const ids = [
      copyId({}),
      copyId({ note: 'Amina’s, reworded.' }),
      copyId({
        quote: { type: 'TextQuoteSelector', exact: 'protected online', prefix: '', suffix: '' },
      }),
      copyId({ rights: [{ id: 'right:expression', name: 'Freedom of expression' }] }),
      copyId({ modified: '2024-05-21T09:00:00.000Z' }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('whatever order the file lists its rights in', () => {
    const both = [
      { id: 'right:expression', name: 'Freedom of expression' },
      { id: 'right:privacy', name: 'Privacy' },
    ];
    expect(copyId({ rights: both })).toBe(copyId({ rights: [...both].reverse() }));
  });

  it('under its own id for each excerpt, even when two say the same', () => {
    const second = local({ ...ours, id: sequentialUuid(2) });
    const plan = planMerge(
      file({ excerpts: [theirs, { ...theirs, id: sequentialUuid(2) }] }),
      makeSnapshot([doc], [ours, second]),
    );
    const [a, b] = plan.excerpts;
    expect([a?.action, b?.action]).toEqual(['conflict', 'conflict']);
    expect(a?.id).not.toBe(b?.id);
    expect([a?.conflictOf, b?.conflictOf]).toEqual([ours.id, second.id]);
  });
});

describe('planMerge counts what it will write', () => {
  it('one per action, and as orphans only the new, updated and conflict excerpts it cannot place', () => {
    const nowhere = { contentHash: null, uri: 'https://example.org/gone', title: 'Gone' };
    const lost = {
      type: 'TextQuoteSelector' as const,
      exact: 'no such words',
      prefix: '',
      suffix: '',
    };
    const ids = [1, 2, 3, 4, 5].map(sequentialUuid);
    const plan = planMerge(
      file({
        format: 'w3c',
        excerpts: [
          excerpt({ id: ids[0], docRef: nowhere, quote: lost }),
          excerpt({ id: ids[1], docRef: nowhere, modified: T3 }),
          excerpt({ id: ids[2], docRef: nowhere, note: 'theirs', modified: T2 }),
          excerpt({ id: ids[3], docRef: nowhere }),
          excerpt({ id: ids[4], docRef: nowhere, note: 'original' }),
        ],
      }),
      makeSnapshot(
        [],
        [
          local({ id: ids[1], note: 'ours', modifiedAt: T2 }),
          local({ id: ids[2], note: 'ours', modifiedAt: T3 }),
          local({ id: ids[3] }),
          local({ id: ids[4], note: 'edited', modifiedAt: T2 }),
        ],
      ),
    );
    expect(plan.excerpts.map((e) => [e.action, e.anchoring.kind])).toEqual([
      ['new', 'none'],
      ['updated', 'none'],
      ['conflict', 'none'],
      ['present', 'none'],
      ['outdated', 'none'],
    ]);
    expect(plan.counts).toEqual({
      new: 1,
      present: 1,
      updated: 1,
      outdated: 1,
      conflict: 1,
      orphaned: 3,
    });
  });
});

describe('planMerge adds the documents a file carries', () => {
  const carried = makeDocument('carried', 'Carried report', [
    'Everyone has the right to peaceful assembly and association.',
  ]);
  const described = (fields: Partial<IncomingDocument> = {}): IncomingDocument => ({
    contentHash: carried.document.contentHash,
    uri: null,
    title: 'Carried report',
    publisher: null,
    year: null,
    kind: null,
    language: null,
    sourceName: null,
    textLength: null,
    blocks: carried.blocks,
    ...fields,
  });

  it('once each, only when the file carries its text and the library lacks it', () => {
    const other = makeDocument('other', 'Other', ['Another text entirely.']);
    const plan = planMerge(
      file({
        documents: [
          described(),
          described(),
          described({ contentHash: null }),
          described({ contentHash: other.document.contentHash, blocks: null }),
          described({ contentHash: doc.document.contentHash, blocks: doc.blocks }),
        ],
      }),
      makeSnapshot([doc], []),
    );
    expect(plan.documentsToAdd).toEqual([
      { contentHash: carried.document.contentHash, document: described(), text: carried.text },
    ]);
  });

  it('not when the library has it under the same hash in capitals', () => {
    const upper = {
      ...carried,
      document: { ...carried.document, contentHash: carried.document.contentHash.toUpperCase() },
    };
    const plan = planMerge(
      file({
        documents: [described()],
        excerpts: [
          excerpt({
            docRef: { contentHash: carried.document.contentHash, uri: null, title: null },
            quote: {
              type: 'TextQuoteSelector',
              exact: 'peaceful assembly',
              prefix: '',
              suffix: '',
            },
          }),
        ],
      }),
      makeSnapshot([upper], []),
    );
    expect(plan.documentsToAdd).toEqual([]);
    expect(plan.excerpts[0]!.document).toEqual({
      kind: 'library',
      docId: 'carried',
      by: 'content-hash',
    });
  });

  it('and trusts our own positions over a carried text, where they count over the same text', () => {
    const twice = makeDocument('twice', 'Twice said', [
      'Article 18 protects freedom of expression for the press.',
      'Article 19 protects freedom of expression for everyone online.',
    ]);
    const phrase = 'freedom of expression';
    const first = twice.text.indexOf(phrase);
    const second = twice.text.indexOf(phrase, first + 1);
    const plan = planMerge(
      file({
        documents: [described({ contentHash: twice.document.contentHash, blocks: twice.blocks })],
        excerpts: [
          excerpt({
            docRef: { contentHash: twice.document.contentHash, uri: null, title: null },
            quote: {
              type: 'TextQuoteSelector',
              exact: phrase,
              prefix: 'Article 19 protects ',
              suffix: ' for everyone online.',
            },
            position: { type: 'TextPositionSelector', start: first, end: first + phrase.length },
          }),
        ],
      }),
      makeSnapshot([], []),
    );
    expect(plan.excerpts[0]!.document).toEqual({
      kind: 'from-file',
      contentHash: twice.document.contentHash,
    });
    // Away from a position counted over this very text, the quote has moved: re-anchored.
    expect(plan.excerpts[0]!.anchoring).toMatchObject({
      kind: 'exact',
      start: second,
      moved: true,
      status: 'reanchored',
    });
  });
});

describe('planMerge classifies notes on whole documents', () => {
  const note = (fields: Partial<IncomingDocumentNote> = {}): IncomingDocumentNote => ({
    id: sequentialUuid(90),
    externalId: 'n1',
    docRef: { contentHash: doc.document.contentHash, uri: null, title: null },
    text: 'A page note.',
    tags: [],
    creator: 'Carla',
    created: T1,
    modified: T2,
    ...fields,
  });
  const ours = (fields: Partial<SnapshotDocumentNote> = {}): SnapshotDocumentNote => ({
    id: sequentialUuid(90),
    text: 'A page note.',
    modifiedAt: T2,
    deletedAt: null,
    ...fields,
  });
  const planned = (incoming: IncomingDocumentNote[], locals?: SnapshotDocumentNote[]) =>
    planMerge(file({ format: 'hypothesis', documentNotes: incoming }), {
      ...makeSnapshot([doc], []),
      ...(locals === undefined ? {} : { documentNotes: locals }),
    });

  it('new when we do not have it, placed on its document', () => {
    const plan = planned([note()]);
    expect(plan.documentNotes).toEqual([
      {
        action: 'new',
        incoming: note(),
        document: { kind: 'library', docId: 'doc-1', by: 'content-hash' },
      },
    ]);
    expect(plan.documentNoteCounts).toEqual({ new: 1, present: 0, updated: 0, unplaced: 0 });
  });

  it('present when it says the same, or ours changed at or after the file’s copy', () => {
    const plan = planned(
      [
        note(),
        note({ id: sequentialUuid(91), text: 'Theirs.', modified: T2 }),
        note({ id: sequentialUuid(92), text: 'Theirs.', modified: T1 }),
      ],
      [
        ours({ modifiedAt: T1 }),
        ours({ id: sequentialUuid(91), text: 'Ours.', modifiedAt: T2 }),
        ours({ id: sequentialUuid(92), text: 'Ours.', modifiedAt: T2 }),
      ],
    );
    expect(plan.documentNotes.map((n) => n.action)).toEqual(['present', 'present', 'present']);
  });

  it('updated when it says something else and was changed later, by its creation time when never modified', () => {
    const plan = planned(
      [
        note({ text: 'Theirs.', modified: T3 }),
        note({ id: sequentialUuid(91), text: 'Theirs.', created: T3, modified: null }),
      ],
      [ours({ text: 'Ours.' }), ours({ id: sequentialUuid(91), text: 'Ours.' })],
    );
    expect(plan.documentNotes.map((n) => n.action)).toEqual(['updated', 'updated']);
    expect(plan.documentNoteCounts).toEqual({ new: 0, present: 0, updated: 2, unplaced: 0 });
  });

  it('present when deleted here and unchanged in the file: nothing comes back from the Trash', () => {
    const plan = planned([note()], [ours({ deletedAt: T3 })]);
    expect(plan.documentNotes[0]!.action).toBe('present');
  });

  it('once, when the file lists the same note twice', () => {
    const plan = planned([note(), note({ text: 'Listed again.' })]);
    expect(plan.documentNotes.map((n) => [n.action, n.incoming.text])).toEqual([
      ['new', 'A page note.'],
    ]);
  });

  it('unplaced only when it is to be written and its document is nowhere', () => {
    const nowhere = { contentHash: null, uri: 'https://example.org/gone', title: 'Gone' };
    const plan = planned(
      [
        note({ docRef: nowhere }),
        note({ id: sequentialUuid(91), docRef: nowhere }),
        note({ id: sequentialUuid(92), docRef: nowhere, text: 'Theirs.', modified: T3 }),
      ],
      [ours({ id: sequentialUuid(91) }), ours({ id: sequentialUuid(92), text: 'Ours.' })],
    );
    expect(plan.documentNotes.map((n) => [n.action, n.document.kind])).toEqual([
      ['new', 'none'],
      ['present', 'none'],
      ['updated', 'none'],
    ]);
    expect(plan.documentNoteCounts).toEqual({ new: 1, present: 1, updated: 1, unplaced: 2 });
  });
});

describe('planMerge passes on what the file says about itself', () => {
  it('its collection, briefing, export time and what it skipped', () => {
    const briefing = { summary: 'What we found.', modified: T2 };
    const skipped = [{ path: 'annotations[3]', reason: 'an image region' }];
    const plan = planMerge(
      file({
        collectionId: 'c-1',
        name: 'Online principles',
        description: 'Shared with Ben.',
        briefing,
        exportedAt: T3,
        skipped,
      }),
      makeSnapshot([], []),
    );
    expect(plan).toMatchObject({
      fileName: 'amina.rightsmark.json',
      format: 'rightsmark',
      skipped,
    });
    expect(plan.collection).toEqual({
      id: 'c-1',
      name: 'Online principles',
      description: 'Shared with Ben.',
      briefing,
      exportedAt: T3,
    });
  });

  it('no briefing when the file has none', () => {
    const plan = planMerge(file(), makeSnapshot([], []));
    expect('briefing' in plan.collection).toBe(false);
  });
});
