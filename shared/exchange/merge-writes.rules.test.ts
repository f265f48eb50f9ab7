/**
 * What applying a merge plan writes, rule by rule, on small hand-built plans: the row of each
 * excerpt and document note (new, or an update that never loses our newer deletion), where an
 * excerpt without a document is filed, the rights created for the file, and the collection
 * (created, or merged so that both sides' items and comments survive).
 */
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import type { Collection, CollectionBriefing } from '../model/collection';
import type { DocumentNote } from '../model/document-note';
import type { AnchorOutcome } from './anchor-incoming';
import type { DocumentMatch } from './locate-document';
import type { MergePlan, PlannedDocumentNote, PlannedExcerpt, UnknownRight } from './merge-plan';
import {
  collectionTargets,
  documentNotesToWrite,
  excerptsToWrite,
  fileStem,
  planMergeWrites,
  UNRESOLVED_DOCUMENT_PREFIX,
  type MergeReads,
  type RightChoice,
} from './merge-writes';
import type { IncomingDocumentNote, IncomingExcerpt } from './parsed-exchange';
import { sequentialUuid } from './testing/fixtures';

const T1 = '2024-05-10T09:00:00.000Z';
const T2 = '2024-05-20T09:00:00.000Z';
const T3 = '2024-05-30T09:00:00.000Z';
const NOW = '2024-07-01T08:00:00.000Z';
const HASH = 'ab'.repeat(32);

const env = () => {
  let n = 0;
  return { now: NOW, newId: () => `new-${(n += 1)}` };
};

const exact: AnchorOutcome = {
  kind: 'exact',
  start: 40,
  end: 60,
  moved: false,
  blockIndex: 2,
  status: 'anchored',
};
const orphan: AnchorOutcome = { kind: 'none', reason: 'not-found', status: 'orphaned' };
const inLibrary: DocumentMatch = { kind: 'library', docId: 'doc-1', by: 'content-hash' };

function incoming(fields: Partial<IncomingExcerpt> = {}): IncomingExcerpt {
  return {
    id: sequentialUuid(1),
    externalId: 'a1',
    docRef: { contentHash: HASH, uri: 'https://example.org/report', title: 'Report' },
    quote: { type: 'TextQuoteSelector', exact: 'protected online', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 10, end: 26 },
    rights: [],
    note: 'Amina’s note.',
    comment: '',
    creator: 'Amina',
    created: T1,
    modified: T2,
    ...fields,
  };
}

function planned(fields: Partial<PlannedExcerpt> = {}): PlannedExcerpt {
  const theirs = fields.incoming ?? incoming();
  return {
    action: 'new',
    id: theirs.id,
    conflictOf: null,
    incoming: theirs,
    local: null,
    document: inLibrary,
    anchoring: exact,
    rightIds: [],
    unknownRightKeys: [],
    provenance: { creator: null, created: null, modified: null, fileName: 'amina.json' },
    ...fields,
  };
}

function plan(fields: Partial<MergePlan> = {}): MergePlan {
  return {
    fileName: 'amina.rightsmark.json',
    format: 'rightsmark',
    collection: { id: 'c-1', name: 'Online principles', description: '', exportedAt: T2 },
    excerpts: [],
    documentsToAdd: [],
    unknownRights: [],
    documentNotes: [],
    skipped: [],
    counts: { new: 0, present: 0, updated: 0, outdated: 0, conflict: 0, orphaned: 0 },
    documentNoteCounts: { new: 0, present: 0, updated: 0, unplaced: 0 },
    ...fields,
  };
}

function reads(fields: Partial<MergeReads> = {}): MergeReads {
  return {
    libraryDocIdByHash: new Map(),
    preparedDocIdByHash: new Map(),
    rightIds: new Set(['right:privacy', 'right:expression']),
    lastRightOrder: 3,
    annotations: new Map(),
    collections: new Map(),
    ...fields,
  };
}

function written(
  p: MergePlan,
  r: MergeReads = reads(),
  choices: ReadonlyMap<string, RightChoice> = new Map(),
) {
  const writes = planMergeWrites(p, r, choices, env());
  if (writes.refused !== null) throw new Error(`refused: ${writes.refused.kind}`);
  return writes;
}

/** Our row for the excerpt `incoming()` names. */
function ours(fields: Partial<Annotation> = {}): Annotation {
  return {
    id: sequentialUuid(1),
    docId: 'doc-1',
    blockIndex: 1,
    quote: { type: 'TextQuoteSelector', exact: 'protected', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 5, end: 14 },
    rightIds: ['right:privacy'],
    note: 'Ben’s note.',
    author: 'Ben',
    createdAt: T1,
    modifiedAt: T1,
    status: 'anchored',
    deletedAt: null,
    ...fields,
  };
}

function collection(fields: Partial<Collection> = {}): Collection {
  return {
    id: 'c-1',
    name: 'Online principles',
    description: '',
    items: [],
    filter: null,
    createdAt: T1,
    modifiedAt: T1,
    deletedAt: null,
    ...fields,
  };
}

describe('fileStem: a collection’s name from its file name', () => {
  it('drops our extensions at the end, in any case, and the spaces around', () => {
    expect(fileStem('Notes.RIGHTSMARK.JSON')).toBe('Notes');
    expect(fileStem(' field notes .json')).toBe('field notes');
    expect(fileStem('briefing.Pdf')).toBe('briefing');
  });

  it('keeps anything else whole', () => {
    expect(fileStem('notes.json.txt')).toBe('notes.json.txt');
    expect(fileStem('notesjson')).toBe('notesjson');
    expect(fileStem('report.pdf.zip')).toBe('report.pdf.zip');
    expect(fileStem(' .json')).toBe(' .json');
  });
});

describe('collectionTargets: where a file’s excerpts go', () => {
  it('to the file’s own collection id when it names one', () => {
    const targets = collectionTargets(plan());
    expect(targets.own).toBe('c-1');
    expect(targets.apart).not.toBe('c-1');
    expect(collectionTargets(plan()).apart).toBe(targets.apart);
    const other = plan({
      collection: { id: 'c-2', name: null, description: '', exportedAt: null },
    });
    expect(collectionTargets(other).apart).not.toBe(targets.apart);
  });

  it('for a file naming none, to one derived from its name and excerpts: the same on a second import', () => {
    const foreign = (fileName: string, ids: string[]) =>
      collectionTargets(
        plan({
          fileName,
          collection: { id: null, name: null, description: '', exportedAt: null },
          excerpts: ids.map((id) => planned({ id, incoming: incoming({ id }) })),
        }),
      ).own;
    const first = foreign('h.json', [sequentialUuid(1), sequentialUuid(2)]);
    expect(foreign('h.json', [sequentialUuid(1), sequentialUuid(2)])).toBe(first);
    expect(foreign('other.json', [sequentialUuid(1), sequentialUuid(2)])).not.toBe(first);
    expect(foreign('h.json', [sequentialUuid(1)])).not.toBe(first);
    expect(first).not.toBe(foreign('h.json', []));
  });
});

describe('what a plan writes', () => {
  it('excerpts: the new, updated and conflict ones, never the present or outdated', () => {
    const actions = ['new', 'present', 'updated', 'outdated', 'conflict'] as const;
    const p = plan({
      excerpts: actions.map((action, i) =>
        planned({
          action,
          id: sequentialUuid(i + 1),
          incoming: incoming({ id: sequentialUuid(i + 1) }),
        }),
      ),
    });
    expect(excerptsToWrite(p).map((e) => e.action)).toEqual(['new', 'updated', 'conflict']);
    expect(written(p).annotations.map((row) => row.id)).toEqual([
      sequentialUuid(1),
      sequentialUuid(3),
      sequentialUuid(5),
    ]);
  });

  it('document notes: the new and updated ones', () => {
    const notes = (['new', 'present', 'updated'] as const).map(
      (action, i): PlannedDocumentNote => ({
        action,
        incoming: note({ id: sequentialUuid(90 + i) }),
        document: inLibrary,
      }),
    );
    const p = plan({ documentNotes: notes });
    expect(documentNotesToWrite(p).map((n) => n.action)).toEqual(['new', 'updated']);
    expect(written(p).documentNotes.map((row) => row.id)).toEqual([
      sequentialUuid(90),
      sequentialUuid(92),
    ]);
  });
});

describe('an excerpt’s row', () => {
  it('new: where the receiver’s text has it, with the file’s note, author, dates and origin', () => {
    const [row] = written(
      plan({ excerpts: [planned({ rightIds: ['right:privacy', 'right:privacy'] })] }),
    ).annotations;
    expect(row).toEqual({
      id: sequentialUuid(1),
      docId: 'doc-1',
      blockIndex: 2,
      quote: incoming().quote,
      position: { type: 'TextPositionSelector', start: 40, end: 60 },
      rightIds: ['right:privacy'],
      status: 'anchored',
      origin: { fileName: 'amina.rightsmark.json', importedAt: NOW },
      note: 'Amina’s note.',
      author: 'Amina',
      createdAt: T1,
      modifiedAt: T2,
      deletedAt: null,
    });
  });

  it('new, from a file that left out note, author and dates: empty, and now', () => {
    const bare = incoming({ note: null, creator: null, created: null, modified: null });
    const [row] = written(plan({ excerpts: [planned({ incoming: bare })] })).annotations;
    expect(row).toMatchObject({ note: '', author: '', createdAt: NOW, modifiedAt: NOW });
    const created = incoming({ created: T1, modified: null });
    expect(
      written(plan({ excerpts: [planned({ incoming: created })] })).annotations[0],
    ).toMatchObject({
      createdAt: T1,
      modifiedAt: T1,
    });
  });

  it('an orphan: at the file’s position in the first block, or at 0 when the file gave none', () => {
    const [kept] = written(plan({ excerpts: [planned({ anchoring: orphan })] })).annotations;
    expect(kept).toMatchObject({
      blockIndex: 0,
      position: { type: 'TextPositionSelector', start: 10, end: 26 },
      status: 'orphaned',
    });
    const unplaced = planned({ anchoring: orphan, incoming: incoming({ position: null }) });
    const [zero] = written(plan({ excerpts: [unplaced] })).annotations;
    expect(zero?.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
  });

  it('a conflict copy names ours; nothing else carries conflictOf', () => {
    const copy = planned({ action: 'conflict', id: 'copy-1', conflictOf: sequentialUuid(1) });
    const rows = written(
      plan({ excerpts: [copy, planned({ id: sequentialUuid(2) })] }),
    ).annotations;
    expect(rows[0]).toMatchObject({ id: 'copy-1', conflictOf: sequentialUuid(1) });
    expect(rows[1] !== undefined && 'conflictOf' in rows[1]).toBe(false);
  });

  describe('updated', () => {
    const update = (local: Annotation, theirs = incoming()) =>
      written(
        plan({ excerpts: [planned({ action: 'updated', incoming: theirs, local })] }),
        reads({ annotations: new Map([[local.id, local]]) }),
      ).annotations[0];

    it('takes the file’s text and keeps our row’s identity', () => {
      const row = update(ours({ createdAt: '2020-01-01T00:00:00.000Z' }));
      expect(row).toMatchObject({
        id: sequentialUuid(1),
        createdAt: '2020-01-01T00:00:00.000Z',
        quote: incoming().quote,
        note: 'Amina’s note.',
        author: 'Amina',
        modifiedAt: T2,
        position: { start: 40, end: 60 },
        blockIndex: 2,
        origin: { fileName: 'amina.rightsmark.json', importedAt: NOW },
      });
    });

    it('keeps our note and author when the file left them out', () => {
      const row = update(ours(), incoming({ note: null, creator: null }));
      expect(row).toMatchObject({ note: 'Ben’s note.', author: 'Ben' });
    });

    it('keeps a deletion made here after the file’s edit, and restores one made at or before it', () => {
      expect(update(ours({ deletedAt: T3 }))?.deletedAt).toBe(T3);
      expect(update(ours({ deletedAt: T2 }))?.deletedAt).toBeNull();
      expect(update(ours({ deletedAt: T1 }))?.deletedAt).toBeNull();
    });

    it('written as new when our row has gone since planning', () => {
      const row = written(plan({ excerpts: [planned({ action: 'updated', local: ours() })] }))
        .annotations[0];
      expect(row).toMatchObject({ createdAt: T1, note: 'Amina’s note.', deletedAt: null });
    });
  });
});

describe('the document an excerpt is filed under', () => {
  const docIdOf = (document: DocumentMatch, docRef = incoming().docRef, r = reads()) =>
    written(plan({ excerpts: [planned({ document, incoming: incoming({ docRef }) })] }), r)
      .annotations[0]?.docId;

  it('the library’s, or the carried document’s row (new, or one with that text added since)', () => {
    expect(docIdOf(inLibrary)).toBe('doc-1');
    const carried = { kind: 'from-file' as const, contentHash: HASH.toUpperCase() };
    const prepared = reads({
      preparedDocIdByHash: new Map([[HASH, 'prepared']]),
      libraryDocIdByHash: new Map([[HASH, null]]),
    });
    expect(docIdOf(carried, undefined, prepared)).toBe('prepared');
    const since = reads({
      preparedDocIdByHash: new Map([[HASH, 'prepared']]),
      libraryDocIdByHash: new Map([[HASH, 'added-since']]),
    });
    expect(docIdOf(carried, undefined, since)).toBe('added-since');
  });

  it('without one: a name for what the file said, its hash before its uri before its title', () => {
    const none: DocumentMatch = { kind: 'none', reason: 'not-found' };
    const p = UNRESOLVED_DOCUMENT_PREFIX;
    expect(docIdOf(none)).toBe(`${p}${HASH}`);
    expect(docIdOf(none, { contentHash: null, uri: 'u', title: 't' })).toBe(`${p}u`);
    expect(docIdOf(none, { contentHash: null, uri: null, title: 't' })).toBe(`${p}t`);
    expect(docIdOf(none, { contentHash: null, uri: null, title: null })).toBe(p);
    const unprepared = { kind: 'from-file' as const, contentHash: HASH };
    expect(docIdOf(unprepared)).toBe(`${p}${HASH}`);
  });

  it('and only carried documents not already here are added', () => {
    const writes = written(
      plan(),
      reads({
        preparedDocIdByHash: new Map([
          [HASH, 'p1'],
          ['cd'.repeat(32), 'p2'],
          ['ef'.repeat(32), 'p3'],
        ]),
        libraryDocIdByHash: new Map([
          [HASH, null],
          ['cd'.repeat(32), 'here'],
        ]),
      }),
    );
    expect(writes.documentsToAdd).toEqual([HASH, 'ef'.repeat(32)]);
  });
});

function note(fields: Partial<IncomingDocumentNote> = {}): IncomingDocumentNote {
  return {
    id: sequentialUuid(90),
    externalId: 'n1',
    docRef: { contentHash: null, uri: 'https://example.org/page', title: null },
    text: 'Their page note.',
    tags: ['privacy'],
    creator: 'Carla',
    created: T1,
    modified: T2,
    ...fields,
  };
}

describe('a document note’s row', () => {
  const row = (p: PlannedDocumentNote, local?: DocumentNote): DocumentNote | undefined =>
    written(
      plan({ documentNotes: [p] }),
      reads(local === undefined ? {} : { documentNotes: new Map([[local.id, local]]) }),
    ).documentNotes[0];
  const oursNote = (fields: Partial<DocumentNote> = {}): DocumentNote => ({
    id: sequentialUuid(90),
    docId: 'doc-1',
    text: 'Our page note.',
    author: 'Ben',
    tags: [],
    createdAt: '2020-01-01T00:00:00.000Z',
    modifiedAt: T1,
    deletedAt: null,
    ...fields,
  });

  it('new: on its document (or a name for it), with the file’s author, tags, dates and origin', () => {
    expect(row({ action: 'new', incoming: note(), document: inLibrary })).toEqual({
      id: sequentialUuid(90),
      docId: 'doc-1',
      text: 'Their page note.',
      author: 'Carla',
      tags: ['privacy'],
      createdAt: T1,
      modifiedAt: T2,
      deletedAt: null,
      origin: { fileName: 'amina.rightsmark.json', importedAt: NOW },
    });
    const unplaced = row({
      action: 'new',
      incoming: note({ creator: null, created: null, modified: null }),
      document: { kind: 'none', reason: 'not-found' },
    });
    expect(unplaced).toMatchObject({
      docId: `${UNRESOLVED_DOCUMENT_PREFIX}https://example.org/page`,
      author: '',
      createdAt: NOW,
      modifiedAt: NOW,
    });
    const createdOnly = row({
      action: 'new',
      incoming: note({ modified: null }),
      document: inLibrary,
    });
    expect(createdOnly?.modifiedAt).toBe(T1);
  });

  it('updated: the file’s text and tags on our row, which keeps its author and creation', () => {
    const updated = row({ action: 'updated', incoming: note(), document: inLibrary }, oursNote());
    expect(updated).toEqual({
      ...oursNote(),
      text: 'Their page note.',
      tags: ['privacy'],
      modifiedAt: T2,
      deletedAt: null,
    });
  });

  it('updated: a deletion here after the file’s edit stays, one at or before it is undone', () => {
    const update = (deletedAt: string) =>
      row({ action: 'updated', incoming: note(), document: inLibrary }, oursNote({ deletedAt }))
        ?.deletedAt;
    expect(update(T3)).toBe(T3);
    expect(update(T2)).toBeNull();
    expect(update(T1)).toBeNull();
  });

  it('updated, when our note has gone since planning: written as new', () => {
    const updated = row({ action: 'updated', incoming: note(), document: inLibrary });
    expect(updated).toMatchObject({ author: 'Carla', createdAt: T1, docId: 'doc-1' });
  });
});

describe('the rights a file brings', () => {
  const unknown = (key: string, fields: Partial<UnknownRight> = {}): UnknownRight => ({
    key,
    id: null,
    name: key,
    description: null,
    legalBasis: null,
    color: null,
    excerptCount: 1,
    ...fields,
  });

  it('are created with what the file says about them, after our last right', () => {
    const writes = written(
      plan({
        unknownRights: [
          unknown('name:education', {
            id: 'right:education',
            name: ' Education ',
            description: 'Learning.',
            legalBasis: 'UDHR art. 26',
            color: '#8E44AD',
          }),
        ],
        excerpts: [planned({ unknownRightKeys: ['name:education'], rightIds: ['right:privacy'] })],
      }),
    );
    expect(writes.rightsToAdd).toEqual([
      {
        id: 'right:education',
        name: 'Education',
        description: 'Learning.',
        legalBasis: 'UDHR art. 26',
        color: '#8e44ad',
        order: 4,
        builtIn: false,
        archived: false,
        createdAt: NOW,
        modifiedAt: NOW,
      },
    ]);
    expect(writes.annotations[0]?.rightIds).toEqual(['right:privacy', 'right:education']);
  });

  it('without a description or legal basis: empty ones', () => {
    const [right] = written(plan({ unknownRights: [unknown('name:water')] })).rightsToAdd;
    expect(right).toMatchObject({ id: 'right:new-1', description: '', legalBasis: '' });
  });

  it('mapped to one of ours: no right is created, and a mapping to a right gone since refuses everything', () => {
    const p = plan({
      unknownRights: [unknown('name:a'), unknown('name:b', { name: 'B' })],
      excerpts: [planned({ unknownRightKeys: ['name:a', 'name:b'] })],
    });
    const mapped = written(
      p,
      reads(),
      new Map<string, RightChoice>([
        ['name:a', { kind: 'existing', rightId: 'right:expression' }],
        ['name:b', { kind: 'existing', rightId: 'right:expression' }],
      ]),
    );
    expect(mapped.rightsToAdd).toEqual([]);
    expect(mapped.annotations[0]?.rightIds).toEqual(['right:expression']);

    const refused = planMergeWrites(
      p,
      reads(),
      new Map<string, RightChoice>([['name:b', { kind: 'existing', rightId: 'right:gone' }]]),
      env(),
    );
    expect(refused).toEqual({
      refused: { kind: 'mapped-right-missing', name: 'B', rightId: 'right:gone' },
    });
  });
});

describe('the collection a file creates', () => {
  it('is named by the file (trimmed), or by its file name when the name is blank', () => {
    const made = written(
      plan({
        collection: { id: 'c-1', name: '  Online  ', description: 'Shared.', exportedAt: T2 },
        excerpts: [planned({ incoming: incoming({ comment: 'Key passage.' }) })],
      }),
    );
    expect(made.collectionId).toBe('c-1');
    expect(made.collection).toEqual({
      id: 'c-1',
      name: 'Online',
      description: 'Shared.',
      items: [{ annotationId: sequentialUuid(1), comment: 'Key passage.' }],
      filter: null,
      createdAt: NOW,
      modifiedAt: NOW,
      deletedAt: null,
    });
    expect(made.collection !== null && 'briefing' in made.collection).toBe(false);
    const blank = written(
      plan({ collection: { id: 'c-1', name: '   ', description: '', exportedAt: null } }),
    );
    expect(blank.collection?.name).toBe('amina');
  });

  it('carries the file’s briefing when it has one', () => {
    const withBriefing = written(
      plan({
        collection: {
          id: 'c-1',
          name: 'x',
          description: '',
          exportedAt: T2,
          briefing: { summary: 'What we found.' },
        },
      }),
    );
    expect(withBriefing.collection?.briefing).toMatchObject({
      summary: 'What we found.',
      modifiedAt: T2,
    });
  });
});

describe('merging into the collection we have', () => {
  const merged = (existing: Collection, p: MergePlan = plan()) =>
    written(p, reads({ collections: new Map([[existing.id, existing]]) })).collection;
  const item = (n: number, comment = '') => ({ annotationId: sequentialUuid(n), comment });
  const fileOf = (...excerpts: PlannedExcerpt[]) => plan({ excerpts });
  const one = (n: number, comment = '', fields: Partial<PlannedExcerpt> = {}) =>
    planned({
      id: sequentialUuid(n),
      incoming: incoming({ id: sequentialUuid(n), comment }),
      ...fields,
    });

  it('rewrites nothing when it is already exactly as the file says', () => {
    expect(merged(collection({ items: [item(1, 'c')] }), fileOf(one(1, 'c')))).toBeNull();
  });

  it('is rewritten for each difference alone: name, description, a deletion, items, comments, briefing', () => {
    const base = collection({ items: [item(1, 'c'), item(2)] });
    const p = fileOf(one(1, 'c'), one(2));
    expect(merged(base, p)).toBeNull();
    const renamed = merged({ ...base, name: 'Old name' }, p);
    expect(renamed?.name).toBe('Online principles');
    expect(renamed !== null && renamed !== undefined && 'briefing' in renamed).toBe(false);
    expect(merged({ ...base, description: 'Old.' }, p)?.description).toBe('');
    const restored = merged({ ...base, deletedAt: T1 }, p);
    expect(restored).toMatchObject({ deletedAt: null, modifiedAt: NOW });
    expect(merged({ ...base, items: [item(2), item(1, 'c')] }, p)?.items).toStrictEqual([
      item(1, 'c'),
      item(2),
    ]);
    expect(
      merged(
        { ...base, items: [item(1, 'c'), item(2, 'ours')] },
        fileOf(one(1, 'c'), one(2, 'theirs')),
      )?.items,
    ).toStrictEqual([item(1, 'c'), item(2, 'theirs')]);
    const briefing: CollectionBriefing = {
      documentType: '',
      reference: '',
      cutOffDate: '',
      summary: 'Ours.',
      findings: '',
      recommendations: '',
      modifiedAt: T1,
    };
    const newer = plan({
      excerpts: p.excerpts,
      collection: {
        id: 'c-1',
        name: 'Online principles',
        description: '',
        exportedAt: T2,
        briefing: { summary: 'Theirs.', modified: T2 },
      },
    });
    expect(merged({ ...base, briefing }, newer)?.briefing?.summary).toBe('Theirs.');
    expect(merged({ ...base, briefing }, p)).toBeNull();
  });

  it('keeps our name when the file’s is blank, and takes the file’s trimmed otherwise', () => {
    const base = collection({ name: 'Ours', items: [item(1)] });
    const blank = plan({
      excerpts: [one(1)],
      collection: { id: 'c-1', name: ' ', description: '', exportedAt: null },
    });
    expect(merged(base, blank)).toBeNull();
    const spaced = plan({
      excerpts: [one(1)],
      collection: { id: 'c-1', name: ' Theirs ', description: '', exportedAt: null },
    });
    expect(merged(base, spaced)?.name).toBe('Theirs');
  });

  it('keeps our comment where the file has none, and takes the file’s where it has one', () => {
    const base = collection({ items: [item(1, 'ours'), item(2, 'ours too')] });
    const result = merged(base, fileOf(one(1), one(2, 'theirs')));
    expect(result?.items).toStrictEqual([item(1, 'ours'), item(2, 'theirs')]);
  });

  it('puts our excerpt, with our comment, just before its conflict copy', () => {
    const base = collection({ items: [item(9, 'mine'), item(2), item(1, 'our comment')] });
    const copy = one(5, 'their comment', { action: 'conflict', conflictOf: sequentialUuid(1) });
    const result = merged(base, fileOf(one(2), copy));
    expect(result?.items).toStrictEqual([
      item(2),
      item(1, 'our comment'),
      item(5, 'their comment'),
      item(9, 'mine'),
    ]);
  });

  it('does not bring in our excerpt beside its conflict copy when we had not collected it', () => {
    const base = collection({ items: [item(2)] });
    const copy = one(5, '', { action: 'conflict', conflictOf: sequentialUuid(1) });
    expect(merged(base, fileOf(one(2), copy))?.items).toStrictEqual([item(2), item(5)]);
  });

  it('lists each excerpt once, the analyst’s own after the file’s', () => {
    const base = collection({ items: [item(7, 'mine'), item(1)] });
    const result = merged(base, fileOf(one(1), one(2), one(1)));
    expect(result?.items).toStrictEqual([item(1), item(2), item(7, 'mine')]);
  });

  it('of a smart collection with the file’s id: a collection apart, which a second import merges into', () => {
    const smart = collection({
      filter: {
        rightIds: [],
        rightsMatch: 'any',
        docIds: [],
        text: '',
        yearFrom: null,
        yearTo: null,
      },
    });
    const p = fileOf(one(1));
    const { apart } = collectionTargets(p);
    const apartRow = collection({ id: apart, name: 'Online principles', items: [item(1)] });
    const writes = written(
      p,
      reads({
        collections: new Map([
          ['c-1', smart],
          [apart, apartRow],
        ]),
      }),
    );
    expect(writes.collectionId).toBe(apart);
    expect(writes.collection).toBeNull();
    const plain = written(
      p,
      reads({ collections: new Map([['c-1', collection({ items: [item(1)] })]]) }),
    );
    expect(plain.collectionId).toBe('c-1');
    expect(plain.collection).toBeNull();
  });
});

describe('guards for what may have changed since planning', () => {
  it('a new excerpt is written whole, as the file has it, even over a row that appeared under its id', () => {
    const appeared = ours({ deletedAt: T3, createdAt: '2020-01-01T00:00:00.000Z' });
    const [row] = written(
      plan({ excerpts: [planned()] }),
      reads({ annotations: new Map([[appeared.id, appeared]]) }),
    ).annotations;
    expect(row).toMatchObject({ createdAt: T1, author: 'Amina', deletedAt: null });
  });

  it('a new document note too', () => {
    const appeared: DocumentNote = {
      id: sequentialUuid(90),
      docId: 'doc-1',
      text: 'Ours.',
      author: 'Ben',
      tags: [],
      createdAt: '2020-01-01T00:00:00.000Z',
      modifiedAt: T1,
      deletedAt: T3,
    };
    const [row] = written(
      plan({ documentNotes: [{ action: 'new', incoming: note(), document: inLibrary }] }),
      reads({ documentNotes: new Map([[appeared.id, appeared]]) }),
    ).documentNotes;
    expect(row).toMatchObject({ author: 'Carla', createdAt: T1, deletedAt: null });
  });

  it('a right key the plan does not list tags the excerpt with nothing', () => {
    const [row] = written(
      plan({
        excerpts: [planned({ rightIds: ['right:privacy'], unknownRightKeys: ['name:stray'] })],
      }),
    ).annotations;
    expect(row?.rightIds).toEqual(['right:privacy']);
  });
});

describe('the collection, further', () => {
  const item = (n: number, comment = '') => ({ annotationId: sequentialUuid(n), comment });
  const one = (n: number) =>
    planned({ id: sequentialUuid(n), incoming: incoming({ id: sequentialUuid(n) }) });
  const merged = (existing: Collection, p: MergePlan) =>
    written(p, reads({ collections: new Map([[existing.id, existing]]) })).collection;

  it('is rewritten in the file’s order when only the order differs', () => {
    const result = merged(
      collection({ items: [item(2), item(1)] }),
      plan({ excerpts: [one(1), one(2)] }),
    );
    expect(result?.items).toStrictEqual([item(1), item(2)]);
  });

  it('listing an excerpt twice is rewritten with it once', () => {
    const result = merged(collection({ items: [item(1), item(1)] }), plan({ excerpts: [one(1)] }));
    expect(result?.items).toStrictEqual([item(1)]);
  });

  it('from a file naming none is told apart by its excerpts’ ids, not only by how many there are', () => {
    const own = (...ids: string[]) =>
      collectionTargets(
        plan({
          collection: { id: null, name: null, description: '', exportedAt: null },
          excerpts: ids.map((id) => planned({ id, incoming: incoming({ id }) })),
        }),
      ).own;
    expect(own(sequentialUuid(1), sequentialUuid(2))).not.toBe(
      own(sequentialUuid(3), sequentialUuid(4)),
    );
    expect(own('ab', 'c')).not.toBe(own('a', 'bc'));
  });
});
