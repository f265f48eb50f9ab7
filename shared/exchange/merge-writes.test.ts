import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import type { Collection } from '../model/collection';
import { NEW_RIGHT_COLOURS, type Right } from '../model/right';
import { exportCollection } from './export-collection';
import type { LibrarySnapshot } from './library-snapshot';
import type { MergePlan, UnknownRight } from './merge-plan';
import { planMerge } from './merge-planner';
import {
  collectionTargets,
  fileStem,
  planMergeWrites,
  type MergeReads,
  type RightChoice,
} from './merge-writes';
import { parseCollectionFile } from './parse-collection-file';
import { serializeCollection } from './serialize-collection';
import {
  RIGHTS,
  T0,
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from './testing/fixtures';

const NOW = '2024-07-01T08:00:00.000Z';
const env = (() => {
  let n = 0;
  return { now: NOW, newId: () => `new-${(n += 1)}` };
})();

const doc = makeDocument('doc-a', 'Joint declaration', [
  'The same rights that people have offline must also be protected online.',
  'States should respect the right to privacy of every user.',
]);
const a = makeAnnotation(doc, sequentialUuid(1), 'must also be protected online', {
  rightIds: ['right:expression'],
  note: 'Core principle.',
});
const b = makeAnnotation(doc, sequentialUuid(2), 'the right to privacy', {
  rightIds: ['right:privacy'],
});
const collectionId = sequentialUuid(50);
const hash = doc.document.contentHash.toLowerCase();

/** Amina's file, planned against an empty library. */
function planOf(annotations: readonly Annotation[] = [a, b]): MergePlan {
  const input = makeInput(
    makeCollection(
      collectionId,
      'Online principles',
      annotations.map((x) => x.id),
    ),
    [doc],
    annotations,
    RIGHTS,
  );
  const text = serializeCollection(
    exportCollection(input, { includeNotes: true, includeSourceTexts: true }, fixedEnv()),
  );
  const library: LibrarySnapshot = { documents: [], annotations: [], rights: RIGHTS };
  return planMerge(parseCollectionFile(text, 'amina.rightsmark.json'), library);
}

function readsOf(changes: Partial<MergeReads> = {}): MergeReads {
  return {
    libraryDocIdByHash: new Map([[hash, null]]),
    preparedDocIdByHash: new Map([[hash, 'prepared-doc']]),
    rightIds: new Set(RIGHTS.map((r) => r.id)),
    lastRightOrder: 3,
    annotations: new Map(),
    collections: new Map(),
    ...changes,
  };
}

function unknownRight(key: string, changes: Partial<UnknownRight> = {}): UnknownRight {
  return {
    key,
    id: null,
    name: key,
    description: null,
    legalBasis: null,
    color: null,
    excerptCount: 1,
    ...changes,
  };
}

function written(plan: MergePlan, reads: MergeReads, choices = new Map<string, RightChoice>()) {
  const writes = planMergeWrites(plan, reads, choices, env);
  if (writes.refused !== null) throw new Error(`refused: ${writes.refused.kind}`);
  return writes;
}

describe('planMergeWrites', () => {
  it('adds a carried document under its prepared id, or reuses one added since planning', () => {
    const fresh = written(planOf(), readsOf());
    expect(fresh.documentsToAdd).toEqual([hash]);
    expect(fresh.annotations.map((row) => row.docId)).toEqual(['prepared-doc', 'prepared-doc']);

    const reused = written(planOf(), readsOf({ libraryDocIdByHash: new Map([[hash, 'ours']]) }));
    expect(reused.documentsToAdd).toEqual([]);
    expect(reused.annotations.map((row) => row.docId)).toEqual(['ours', 'ours']);
  });

  it('writes each new excerpt with the file as its origin and the file’s note', () => {
    const { annotations } = written(planOf(), readsOf());
    expect(annotations[0]).toMatchObject({
      id: a.id,
      note: 'Core principle.',
      rightIds: ['right:expression'],
      origin: { fileName: 'amina.rightsmark.json', importedAt: NOW },
      deletedAt: null,
    });
  });

  it('creates unknown rights after the last one, in the file’s colour or the new-right colours in turn', () => {
    const plan: MergePlan = {
      ...planOf(),
      unknownRights: [
        unknownRight('education', { id: 'right:education', color: '#AA3377' }),
        unknownRight('water', { color: 'teal' }),
        unknownRight('housing', { id: 'right:expression' }),
        unknownRight('  '),
      ],
    };
    const { rightsToAdd } = written(plan, readsOf());
    expect(rightsToAdd.map((r: Right) => [r.id, r.name, r.color, r.order])).toEqual([
      ['right:education', 'education', '#aa3377', 4],
      // Its colour is not a colour; the first created without one takes the first new colour.
      ['right:new-1', 'water', NEW_RIGHT_COLOURS[1], 5],
      // The file's id is taken here by another right: it gets a new one.
      ['right:new-2', 'housing', NEW_RIGHT_COLOURS[2], 6],
      ['right:new-3', 'Unnamed right', NEW_RIGHT_COLOURS[3], 7],
    ]);
  });

  it('tags excerpts with the right the analyst mapped an unknown one to, and refuses a mapping to a right gone since', () => {
    const base = planOf();
    const plan: MergePlan = {
      ...base,
      unknownRights: [unknownRight('education', { name: 'Education' })],
      excerpts: base.excerpts.map((e, i) =>
        i === 0 ? { ...e, unknownRightKeys: ['education'] } : e,
      ),
    };
    const mapped = new Map<string, RightChoice>([
      ['education', { kind: 'existing', rightId: 'right:privacy' }],
    ]);
    const writes = written(plan, readsOf(), mapped);
    expect(writes.rightsToAdd).toEqual([]);
    expect(writes.annotations[0]?.rightIds).toEqual(['right:expression', 'right:privacy']);

    const gone = new Map<string, RightChoice>([
      ['education', { kind: 'existing', rightId: 'right:deleted' }],
    ]);
    expect(planMergeWrites(plan, readsOf(), gone, env).refused).toEqual({
      kind: 'mapped-right-missing',
      name: 'Education',
      rightId: 'right:deleted',
    });
  });

  it('makes the collection named by the file, or by the file name when it has none', () => {
    const plan = planOf();
    const { collection, collectionId: id } = written(plan, readsOf());
    expect(id).toBe(collectionId);
    expect(collection).toMatchObject({
      id: collectionId,
      name: 'Online principles',
      items: [
        { annotationId: a.id, comment: '' },
        { annotationId: b.id, comment: '' },
      ],
      filter: null,
      createdAt: NOW,
    });
    const unnamed = { ...plan, collection: { ...plan.collection, name: null } };
    expect(written(unnamed, readsOf()).collection?.name).toBe('amina');
    expect(fileStem('notes.rightsmark.json')).toBe('notes');
    expect(fileStem('.json')).toBe('.json');
  });

  it('leaves an unchanged collection alone, and keeps the analyst’s own items after the file’s', () => {
    const plan = planOf();
    const existing: Collection = {
      id: collectionId,
      name: 'Online principles',
      description: plan.collection.description,
      items: [
        { annotationId: a.id, comment: '' },
        { annotationId: b.id, comment: '' },
      ],
      filter: null,
      createdAt: T0,
      modifiedAt: T0,
      deletedAt: null,
    };
    const same = written(plan, readsOf({ collections: new Map([[collectionId, existing]]) }));
    expect(same.collection).toBeNull();

    const mine = { annotationId: 'mine', comment: 'added here' };
    const grown: Collection = { ...existing, items: [mine, ...existing.items] };
    const merged = written(plan, readsOf({ collections: new Map([[collectionId, grown]]) }));
    expect(merged.collection?.items.map((item) => item.annotationId)).toEqual([a.id, b.id, 'mine']);
    expect(merged.collection?.modifiedAt).toBe(NOW);
  });

  it('sends the excerpts to a collection of their own when the file’s id is a smart collection here', () => {
    const plan = planOf();
    const smart: Collection = {
      id: collectionId,
      name: 'Smart',
      description: '',
      items: [],
      filter: {
        rightIds: [],
        rightsMatch: 'any',
        docIds: [],
        text: '',
        yearFrom: null,
        yearTo: null,
      },
      createdAt: T0,
      modifiedAt: T0,
      deletedAt: null,
    };
    const writes = written(plan, readsOf({ collections: new Map([[collectionId, smart]]) }));
    expect(writes.collectionId).toBe(collectionTargets(plan).apart);
    expect(writes.collectionId).not.toBe(collectionId);
    expect(writes.collection?.filter).toBeNull();
  });

  it('keeps a deletion made here after the file’s edit when it updates an excerpt', () => {
    const base = planOf([a]);
    const local: Annotation = { ...a, deletedAt: '2030-01-01T00:00:00.000Z', note: 'ours' };
    const plan: MergePlan = {
      ...base,
      excerpts: base.excerpts.map((e) => ({ ...e, action: 'updated' as const })),
    };
    const [row] = written(plan, readsOf({ annotations: new Map([[a.id, local]]) })).annotations;
    expect(row?.deletedAt).toBe('2030-01-01T00:00:00.000Z');
    expect(row?.note).toBe('Core principle.');
  });
});
