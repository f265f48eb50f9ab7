import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Annotation,
  Collection,
  DocumentNote,
  LibraryDocument,
  Right,
  SettingRow,
  StoredBlock,
} from '../model';
import type { BackupTables } from './backup-file';
import { applyRestorePlan, planRestore, type NamedTable } from './plan-restore';
import { propertyRuns } from '../testing/mutation-run';

/** When the restore runs: after every history the tests build. */
const NOW = '2027-01-01T00:00:00.000Z';

const empty: BackupTables = {
  documents: [],
  blocks: [],
  annotations: [],
  rights: [],
  collections: [],
  settings: [],
};

const right = (id: string, modifiedAt: string, deletedAt: string | null = null): Right => ({
  id,
  name: `Right ${id}`,
  description: '',
  legalBasis: '',
  color: '#000000',
  order: 1,
  builtIn: false,
  archived: false,
  createdAt: '',
  modifiedAt,
  deletedAt,
});

const doc = (
  id: string,
  modifiedAt: string,
  deletedAt: string | null = null,
  title = `Title ${id}`,
): LibraryDocument => ({
  id,
  title,
  publisher: null,
  year: null,
  kind: null,
  language: null,
  format: 'text',
  sourceName: `${id}.txt`,
  sourceSize: 1,
  contentHash: id,
  textLength: 1,
  wordCount: 1,
  blockCount: 1,
  sampleKey: null,
  version: 1,
  createdAt: '2026-01-01',
  modifiedAt,
  deletedAt,
});

const block = (docId: string, text: string): StoredBlock => ({
  docId,
  index: 0,
  start: 0,
  kind: 'paragraph',
  text,
});

const excerpt = (
  id: string,
  docId: string,
  modifiedAt: string,
  deletedAt: string | null = null,
): Annotation => ({
  id,
  docId,
  blockIndex: 0,
  quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 1 },
  rightIds: [],
  note: '',
  author: '',
  createdAt: '2026-01-01',
  modifiedAt,
  status: 'anchored',
  deletedAt,
});

const collection = (
  id: string,
  modifiedAt: string,
  deletedAt: string | null = null,
  annotationIds: readonly string[] = [],
): Collection => ({
  id,
  name: `Collection ${id}`,
  description: '',
  items: annotationIds.map((annotationId) => ({ annotationId, comment: '' })),
  filter: null,
  createdAt: '2026-01-01',
  modifiedAt,
  deletedAt,
});

describe('planRestore, merge', () => {
  it('takes what is missing or newer and keeps what is newer locally', () => {
    const backup = {
      ...empty,
      rights: [right('a', '2026-01-02'), right('b', '2026-01-01'), right('c', '2026-01-01')],
    };
    const current = { ...empty, rights: [right('a', '2026-01-01'), right('b', '2026-01-05')] };
    const plan = planRestore(backup, current, 'merge', NOW);
    expect(plan.changes.rights).toEqual({ added: 1, restored: 0, updated: 1, kept: 1, removed: 0 });
    expect(plan.writes.rights.map((r) => r.id)).toEqual(['a', 'c']);
    expect(plan.rows).toEqual([
      { table: 'rights', id: 'a', label: 'Right a', action: 'update' },
      { table: 'rights', id: 'c', label: 'Right c', action: 'add' },
    ]);
  });

  it('brings back a document deleted after the backup, with its own blocks', () => {
    // Deleting does not touch modifiedAt: both sides hold the same version, the library's is
    // only marked deleted. It comes back live and its blocks are left alone.
    const backup = { ...empty, documents: [doc('d', '2026-01-01')], blocks: [block('d', 'old')] };
    const current = {
      ...empty,
      documents: [doc('d', '2026-01-01', '2026-02-01')],
      blocks: [block('d', 'old')],
    };
    const plan = planRestore(backup, current, 'merge', NOW);
    expect(plan.changes.documents).toEqual({
      added: 0,
      restored: 1,
      updated: 0,
      kept: 0,
      removed: 0,
    });
    expect(plan.writes.documents).toEqual([doc('d', '2026-01-01')]);
    expect(plan.replacedBlockDocIds).toEqual([]);
    expect(plan.rows).toEqual([
      { table: 'documents', id: 'd', label: 'Title d', action: 'restore' },
    ]);
  });

  it('brings back a document emptied from the Trash (purged), blocks and excerpts with it', () => {
    const backup = {
      ...empty,
      documents: [doc('d', '2026-01-01')],
      blocks: [block('d', 'text')],
      annotations: [excerpt('x', 'd', '2026-01-01')],
    };
    const plan = planRestore(backup, empty, 'merge', NOW);
    expect(plan.changes.documents.added).toBe(1);
    expect(plan.changes.annotations.added).toBe(1);
    expect(plan.changes.blocks.added).toBe(1);
    expect(plan.writes.blocks).toEqual([block('d', 'text')]);
    expect(plan.replacedBlockDocIds).toEqual(['d']);
  });

  it('restores a document edited after the backup and then deleted with the newer edit', () => {
    const backup = { ...empty, documents: [doc('d', '2026-01-01', null, 'Old title')] };
    const current = {
      ...empty,
      documents: [doc('d', '2026-01-09', '2026-01-10', 'New title')],
      blocks: [block('d', 'new text')],
    };
    const plan = planRestore(backup, current, 'merge', NOW);
    expect(plan.writes.documents).toEqual([doc('d', '2026-01-09', null, 'New title')]);
    expect(plan.replacedBlockDocIds).toEqual([]);
    expect(plan.writes.blocks).toEqual([]);
    expect(plan.changes.documents.restored).toBe(1);
  });

  it('never overwrites newer local text: an edited document is kept with its blocks', () => {
    const backup = {
      ...empty,
      documents: [doc('d', '2026-01-01', null, 'Old')],
      blocks: [block('d', 'old text')],
    };
    const current = {
      ...empty,
      documents: [doc('d', '2026-01-05', null, 'New')],
      blocks: [block('d', 'new text')],
    };
    const plan = planRestore(backup, current, 'merge', NOW);
    expect(plan.writes.documents).toEqual([]);
    expect(plan.writes.blocks).toEqual([]);
    expect(plan.changes.documents.kept).toBe(1);
    expect(plan.changes.blocks.kept).toBe(1);
    expect(plan.rows).toEqual([]);
  });

  it('leaves rows created after the backup alone', () => {
    const current = {
      ...empty,
      documents: [doc('new', '2026-02-01')],
      annotations: [excerpt('y', 'new', '2026-02-01')],
      collections: [collection('c', '2026-02-01')],
    };
    const plan = planRestore(
      { ...empty, documents: [doc('d', '2026-01-01')] },
      current,
      'merge',
      NOW,
    );
    const after = applyRestorePlan(current, plan);
    expect(after.documents).toContainEqual(doc('new', '2026-02-01'));
    expect(after.annotations).toEqual(current.annotations);
    expect(after.collections).toEqual(current.collections);
  });

  it('brings back from the Trash what the backup holds live', () => {
    const backup = {
      ...empty,
      rights: [right('r', '2026-01-01')],
      collections: [collection('c', '2026-01-01', null, ['x'])],
      annotations: [excerpt('x', 'd', '2026-01-01')],
    };
    const current = {
      ...empty,
      rights: [right('r', '2026-01-01', '2026-01-20')],
      collections: [collection('c', '2026-01-01', '2026-01-20', ['x'])],
      annotations: [excerpt('x', 'd', '2026-01-01', '2026-01-20')],
    };
    const plan = planRestore(backup, current, 'merge', NOW);
    for (const table of ['rights', 'collections', 'annotations'] as const) {
      expect(plan.changes[table].restored, table).toBe(1);
      expect(plan.writes[table].every((row) => (row.deletedAt ?? null) === null)).toBe(true);
    }
    expect(plan.rows.map((r) => r.action)).toEqual(['restore', 'restore', 'restore']);
  });

  it('returns a row that was in the backup’s Trash to the Trash, never to the library', () => {
    const backup = { ...empty, documents: [doc('d', '2026-01-01', '2026-01-02')] };
    const plan = planRestore(backup, empty, 'merge', NOW);
    expect(plan.writes.documents).toEqual([doc('d', '2026-01-01', '2026-01-02')]);
  });

  it('never deletes: a row in the backup’s Trash stays live when the library restored it', () => {
    const backup = { ...empty, collections: [collection('c', '2026-01-01', '2026-01-02')] };
    const current = { ...empty, collections: [collection('c', '2026-01-01')] };
    const plan = planRestore(backup, current, 'merge', NOW);
    expect(plan.writes.collections).toEqual([]);
    expect(plan.changes.collections.kept).toBe(1);
  });

  it('never deletes even when the backup’s deleted row is the newer version', () => {
    const backup = {
      ...empty,
      documents: [doc('d', '2026-01-09', '2026-01-10', 'Newer')],
      blocks: [block('d', 'newer text')],
    };
    const current = {
      ...empty,
      documents: [doc('d', '2026-01-01', null, 'Older')],
      blocks: [block('d', 'older text')],
    };
    const plan = planRestore(backup, current, 'merge', NOW);
    expect(plan.writes.documents).toEqual([doc('d', '2026-01-09', null, 'Newer')]);
    expect(plan.replacedBlockDocIds).toEqual(['d']);
    expect(plan.writes.blocks).toEqual([block('d', 'newer text')]);
    expect(plan.changes.documents.updated).toBe(1);
  });

  it('keeps the library’s deletion time when both sides hold a row in the Trash', () => {
    const backup = { ...empty, rights: [right('r', '2026-01-05', '2026-01-06')] };
    const current = { ...empty, rights: [right('r', '2026-01-01', '2026-01-20')] };
    const plan = planRestore(backup, current, 'merge', NOW);
    expect(plan.writes.rights).toEqual([right('r', '2026-01-05', '2026-01-20')]);
    expect(plan.changes.rights.updated).toBe(1);
  });

  it('settles conflicting edits by the newer one, the library’s on a tie', () => {
    const backup = {
      ...empty,
      annotations: [
        { ...excerpt('newer-in-backup', 'd', '2026-01-09'), note: 'backup' },
        { ...excerpt('newer-here', 'd', '2026-01-02'), note: 'backup' },
        { ...excerpt('tie', 'd', '2026-01-05'), note: 'backup' },
      ],
    };
    const current = {
      ...empty,
      annotations: [
        { ...excerpt('newer-in-backup', 'd', '2026-01-03'), note: 'library' },
        { ...excerpt('newer-here', 'd', '2026-01-08'), note: 'library' },
        { ...excerpt('tie', 'd', '2026-01-05'), note: 'library' },
      ],
    };
    const after = applyRestorePlan(current, planRestore(backup, current, 'merge', NOW));
    const notes = Object.fromEntries(after.annotations.map((a) => [a.id, a.note]));
    expect(notes).toEqual({ 'newer-in-backup': 'backup', 'newer-here': 'library', tie: 'library' });
  });

  it('keeps the analyst’s current settings', () => {
    const backup = {
      ...empty,
      settings: [
        { key: 'theme', value: 'dark' },
        { key: 'author-name', value: 'B' },
      ],
    } as BackupTables;
    const current = { ...empty, settings: [{ key: 'theme', value: 'light' }] } as BackupTables;
    expect(planRestore(backup, current, 'merge', NOW).writes.settings).toEqual([
      { key: 'author-name', value: 'B' },
    ]);
  });

  it('labels excerpts by their quote, shortened for a list', () => {
    const long = { ...excerpt('x', 'd', '2026-01-01'), quote: { ...excerpt('x', 'd', '').quote } };
    const quote = { ...long.quote, exact: `${'word '.repeat(40)}end` };
    const plan = planRestore({ ...empty, annotations: [{ ...long, quote }] }, empty, 'merge', NOW);
    const label = plan.rows[0]?.label ?? '';
    expect(label.startsWith('“word word')).toBe(true);
    expect(label.endsWith('…”')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(82);
  });
});

describe('planRestore, replace', () => {
  it('counts what goes and what comes', () => {
    const plan = planRestore(
      { ...empty, rights: [right('a', 'x')] },
      { ...empty, rights: [right('b', 'y'), right('c', 'z')] },
      'replace',
      NOW,
    );
    expect(plan.changes.rights).toEqual({ added: 1, restored: 0, updated: 0, kept: 0, removed: 2 });
  });

  it('names what the library loses: rows the backup lacks and rows changed since', () => {
    const backup = {
      ...empty,
      documents: [doc('same', '2026-01-01'), doc('edited', '2026-01-01')],
    };
    const current = {
      ...empty,
      documents: [doc('same', '2026-01-01'), doc('edited', '2026-01-05'), doc('new', '2026-01-06')],
      collections: [collection('c', '2026-01-06')],
    };
    const plan = planRestore(backup, current, 'replace', NOW);
    expect(plan.rows).toEqual([
      { table: 'documents', id: 'edited', label: 'Title edited', action: 'lose' },
      { table: 'documents', id: 'new', label: 'Title new', action: 'lose' },
      { table: 'collections', id: 'c', label: 'Collection c', action: 'lose' },
    ]);
    expect(applyRestorePlan(current, plan)).toBe(backup);
  });
});

/**
 * The promise of a merge, checked over any history: take a library, back it up, then edit,
 * delete, restore from the Trash, empty the Trash and create in any order. Merge-restoring the
 * backup must leave every backup row present (live if it was live in the backup), every row
 * of the library present (live if it was live), and no row older than either side's version,
 * with each document's blocks belonging to the version kept.
 */
describe('planRestore, merge, over any history after a backup', () => {
  type Op =
    | { kind: 'edit'; table: NamedTable; pick: number }
    | { kind: 'delete'; table: NamedTable; pick: number }
    | { kind: 'untrash'; table: NamedTable; pick: number }
    | { kind: 'purge'; table: NamedTable; pick: number }
    | { kind: 'create'; table: NamedTable };

  const tables: NamedTable[] = [
    'documents',
    'annotations',
    'documentNotes',
    'rights',
    'collections',
  ];

  const documentNote = (id: string, at: string, deletedAt: string | null = null): DocumentNote => ({
    id,
    docId: 'd0',
    text: `note ${id}`,
    author: '',
    tags: [],
    createdAt: at,
    modifiedAt: at,
    deletedAt,
  });
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    ...(['edit', 'delete', 'untrash', 'purge'] as const).map((kind) =>
      fc.record({
        kind: fc.constant(kind),
        table: fc.constantFrom(...tables),
        pick: fc.nat(),
      }),
    ),
    fc.record({ kind: fc.constant('create' as const), table: fc.constantFrom(...tables) }),
  );

  /** A starting library: some documents (one block each), excerpts, rights, collections. */
  const libraryArb = fc
    .record({
      docs: fc.array(fc.boolean(), { minLength: 0, maxLength: 5 }),
      excerpts: fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 8 }),
      rights: fc.array(fc.boolean(), { maxLength: 4 }),
      collections: fc.array(fc.boolean(), { maxLength: 3 }),
      notes: fc.array(fc.boolean(), { maxLength: 4 }),
    })
    .map(({ docs, excerpts, rights, collections, notes }): BackupTables => {
      const t0 = '2026-01-01T00:00:00.000Z';
      const trashed = (inTrash: boolean) => (inTrash ? t0 : null);
      const documents = docs.map((inTrash, i) => doc(`d${i}`, t0, trashed(inTrash)));
      return {
        ...empty,
        documents,
        blocks: documents.map((d) => block(d.id, `text of ${d.id} at ${t0}`)),
        annotations: excerpts.map(([n, inTrash], i) =>
          excerpt(`a${i}`, `d${n % Math.max(1, docs.length)}`, t0, trashed(inTrash)),
        ),
        rights: rights.map((inTrash, i) => right(`r${i}`, t0, trashed(inTrash))),
        documentNotes: notes.map((inTrash, i) => documentNote(`n${i}`, t0, trashed(inTrash))),
        collections: collections.map((inTrash, i) =>
          collection(
            `c${i}`,
            t0,
            trashed(inTrash),
            excerpts.map((_, j) => `a${j}`),
          ),
        ),
      };
    });

  /** Applies the analyst's history to a copy of the library; every step is a moment later. */
  function live(history: readonly Op[], start: BackupTables): BackupTables {
    const lib = {
      documents: [...start.documents],
      blocks: [...start.blocks],
      annotations: [...start.annotations],
      rights: [...start.rights],
      collections: [...start.collections],
      settings: [...start.settings],
      documentNotes: [...(start.documentNotes ?? [])],
    };
    history.forEach((op, step) => {
      const at = new Date(Date.UTC(2026, 1, 1, 0, step)).toISOString();
      const rows = lib[op.table] as Versioned[];
      if (op.kind === 'create') {
        const id = `new-${op.table}-${step}`;
        const made = {
          documents: () => doc(id, at),
          annotations: () => excerpt(id, 'd0', at),
          rights: () => right(id, at),
          collections: () => collection(id, at),
          documentNotes: () => documentNote(id, at),
        }[op.table]();
        rows.push(made);
        if (op.table === 'documents') lib.blocks.push(block(id, `text of ${id} at ${at}`));
        return;
      }
      if (rows.length === 0) return;
      const index = op.pick % rows.length;
      const row = rows[index] as Versioned & { id: string };
      if (op.kind === 'edit') {
        const field = {
          documents: 'title',
          annotations: 'note',
          documentNotes: 'text',
          rights: 'name',
          collections: 'name',
        }[op.table];
        rows[index] = { ...row, modifiedAt: at, [field]: `edited ${at}` } as Versioned;
        if (op.table === 'documents') {
          lib.blocks = [
            ...lib.blocks.filter((b) => b.docId !== row.id),
            block(row.id, `text of ${row.id} at ${at}`),
          ];
        }
      } else if (op.kind === 'delete') {
        if ((row.deletedAt ?? null) === null) rows[index] = { ...row, deletedAt: at };
      } else if (op.kind === 'untrash') {
        rows[index] = { ...row, deletedAt: null };
      } else {
        // Emptying the Trash removes the row for good; a document takes its blocks with it.
        if ((row.deletedAt ?? null) === null) return;
        rows.splice(index, 1);
        if (op.table === 'documents') lib.blocks = lib.blocks.filter((b) => b.docId !== row.id);
      }
    });
    return lib;
  }

  type Versioned = { id: string; modifiedAt?: string; deletedAt?: string | null };
  const isLive = (row: Versioned) => (row.deletedAt ?? null) === null;

  it('loses no backup row and makes no row older', () => {
    fc.assert(
      fc.property(libraryArb, fc.array(opArb, { maxLength: 30 }), (backup, history) => {
        const current = live(history, backup);
        const after = applyRestorePlan(current, planRestore(backup, current, 'merge', NOW));
        for (const table of tables) {
          const rowsOf = (tables: BackupTables) => (tables[table] ?? []) as readonly Versioned[];
          const result = new Map(rowsOf(after).map((r) => [r.id, r]));
          const before = new Map(rowsOf(current).map((r) => [r.id, r]));
          expect(result.size).toBe(rowsOf(after).length);
          for (const row of rowsOf(backup)) {
            const merged = result.get(row.id);
            expect(merged, `${table} ${row.id} is missing`).toBeDefined();
            if (!merged) continue;
            if (isLive(row)) expect(isLive(merged), `${table} ${row.id} stays deleted`).toBe(true);
            expect((merged.modifiedAt ?? '') >= (row.modifiedAt ?? '')).toBe(true);
          }
          for (const row of before.values()) {
            const merged = result.get(row.id);
            expect(merged, `${table} ${row.id} (library) is missing`).toBeDefined();
            if (!merged) continue;
            if (isLive(row)) expect(isLive(merged), `${table} ${row.id} was deleted`).toBe(true);
            expect(merged.modifiedAt, `${table} ${row.id} got older`).toBe(
              (row.modifiedAt ?? '') >= (backups(backup, table).get(row.id)?.modifiedAt ?? '')
                ? row.modifiedAt
                : backups(backup, table).get(row.id)?.modifiedAt,
            );
          }
        }
        // Every document's text is the text of the version its row holds.
        for (const d of after.documents) {
          const texts = after.blocks.filter((b) => b.docId === d.id).map((b) => b.text);
          expect(texts).toEqual([`text of ${d.id} at ${d.modifiedAt}`]);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  function backups(backup: BackupTables, table: NamedTable): Map<string, Versioned> {
    return new Map(((backup[table] ?? []) as readonly Versioned[]).map((r) => [r.id, r]));
  }
});

/**
 * A right deleted with "move its excerpts to X" and then brought back by a merge restore takes
 * its excerpts back, as a restore from the Trash does, on whichever version of each excerpt
 * the merge keeps (newer wins).
 */
describe('planRestore, merge, a right deleted with a move', () => {
  const t0 = '2026-01-01T00:00:00.000Z';
  const tagged = (id: string, rightIds: string[], modifiedAt = t0, note = ''): Annotation => ({
    ...excerpt(id, 'd0', modifiedAt),
    rightIds,
    note,
  });
  /** What the app's deleteRight does: retag, record the move, put the right in the Trash. */
  function deleteWithMove(
    lib: BackupTables,
    id: string,
    replacementId: string,
    at: string,
  ): BackupTables {
    const moved = lib.annotations.filter((a) => a.rightIds.includes(id));
    return {
      ...lib,
      annotations: lib.annotations.map((a) =>
        a.rightIds.includes(id)
          ? {
              ...a,
              rightIds: [...new Set(a.rightIds.map((r) => (r === id ? replacementId : r)))],
              modifiedAt: at,
            }
          : a,
      ),
      rights: lib.rights.map((r) =>
        r.id === id
          ? {
              ...r,
              deletedAt: at,
              deletion: {
                replacementId,
                movedAnnotationIds: moved.map((a) => a.id),
                alreadyTaggedIds: moved
                  .filter((a) => a.rightIds.includes(replacementId))
                  .map((a) => a.id),
              },
            }
          : r,
      ),
    };
  }

  const backup: BackupTables = {
    ...empty,
    documents: [doc('d0', t0)],
    blocks: [block('d0', 'text')],
    rights: [right('r', t0), right('x', t0)],
    annotations: [tagged('a', ['r']), tagged('b', ['r', 'x']), tagged('c', ['x'])],
  };

  it('gives the excerpts back their right, and the replacement stays only where it was before', () => {
    const current = deleteWithMove(backup, 'r', 'x', '2026-02-01T00:00:00.000Z');
    const plan = planRestore(backup, current, 'merge', NOW);
    const after = applyRestorePlan(current, plan);
    const tags = new Map(after.annotations.map((a) => [a.id, [...a.rightIds].sort()]));
    expect(tags).toEqual(
      new Map([
        ['a', ['r']],
        ['b', ['r', 'x']],
        ['c', ['x']],
      ]),
    );
    const restored = after.rights.find((r) => r.id === 'r');
    expect(restored?.deletedAt).toBeNull();
    expect(restored && 'deletion' in restored).toBe(false);
    // The preview says so: the right comes back, and its two excerpts are changed.
    expect(plan.changes.rights.restored).toBe(1);
    expect(plan.changes.annotations).toMatchObject({ updated: 2, kept: 1 });
    expect(plan.rows.filter((r) => r.table === 'annotations').map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('keeps an edit made after the move (newer wins) and still moves the tag back', () => {
    let current = deleteWithMove(backup, 'r', 'x', '2026-02-01T00:00:00.000Z');
    current = {
      ...current,
      annotations: current.annotations.map((a) =>
        a.id === 'a' ? { ...a, note: 'later', modifiedAt: '2026-03-01T00:00:00.000Z' } : a,
      ),
    };
    const after = applyRestorePlan(current, planRestore(backup, current, 'merge', NOW));
    const a = after.annotations.find((row) => row.id === 'a');
    expect(a).toMatchObject({ note: 'later', rightIds: ['r'], modifiedAt: NOW });
  });

  it('leaves the excerpts alone when the right stays in the Trash (the backup has it deleted too)', () => {
    const current = deleteWithMove(backup, 'r', 'x', '2026-02-01T00:00:00.000Z');
    const after = applyRestorePlan(current, planRestore(current, current, 'merge', NOW));
    expect(after.annotations).toEqual(current.annotations);
  });

  it('moves nothing for a live right, even one still carrying a deletion record', () => {
    // The backup's newer edit of a live right is taken; the record is not the library's Trash.
    const stale = {
      replacementId: 'x',
      movedAnnotationIds: ['c'],
      alreadyTaggedIds: [],
    };
    const current: BackupTables = {
      ...backup,
      rights: backup.rights.map((r) => (r.id === 'r' ? { ...r, deletion: stale } : r)),
    };
    const newer: BackupTables = {
      ...backup,
      rights: backup.rights.map((r) =>
        r.id === 'r' ? { ...r, name: 'Renamed', modifiedAt: '2026-06-01T00:00:00.000Z' } : r,
      ),
    };
    const after = applyRestorePlan(current, planRestore(newer, current, 'merge', NOW));
    expect(after.rights.find((r) => r.id === 'r')?.name).toBe('Renamed');
    expect(after.annotations).toEqual(current.annotations);
  });

  it('writes an excerpt it brings back already carrying the right as the backup has it', () => {
    // Excerpt a was emptied from the Trash after the move: the backup's row comes back with r.
    const moved = deleteWithMove(backup, 'r', 'x', '2026-02-01T00:00:00.000Z');
    const current = { ...moved, annotations: moved.annotations.filter((a) => a.id !== 'a') };
    const after = applyRestorePlan(current, planRestore(backup, current, 'merge', NOW));
    expect(after.annotations.find((a) => a.id === 'a')).toEqual(backup.annotations[0]);
  });

  it('takes the replacement off an excerpt it brings back that did not carry it at the move', () => {
    // The backup has a tagged r and x; later x came off a, then r was deleted into x (so a
    // did not carry x then), then a was emptied from the Trash.
    const start: BackupTables = {
      ...backup,
      annotations: [tagged('a', ['r', 'x']), tagged('c', ['x'])],
    };
    const untagged: BackupTables = {
      ...start,
      annotations: [tagged('a', ['r'], '2026-01-15T00:00:00.000Z'), tagged('c', ['x'])],
    };
    const moved = deleteWithMove(untagged, 'r', 'x', '2026-02-01T00:00:00.000Z');
    const current = { ...moved, annotations: moved.annotations.filter((a) => a.id !== 'a') };
    const after = applyRestorePlan(current, planRestore(start, current, 'merge', NOW));
    expect(after.annotations.find((a) => a.id === 'a')).toMatchObject({
      rightIds: ['r'],
      modifiedAt: NOW,
    });
  });

  it('keeps an excerpt’s time when it is later than the restore’s (a clock set back)', () => {
    const current = deleteWithMove(backup, 'r', 'x', '2027-06-01T00:00:00.000Z');
    const after = applyRestorePlan(current, planRestore(backup, current, 'merge', NOW));
    expect(after.annotations.find((a) => a.id === 'a')).toMatchObject({
      rightIds: ['r'],
      modifiedAt: '2027-06-01T00:00:00.000Z',
    });
  });

  /**
   * Over any history of deletes with a move (chains included) and note edits after a backup,
   * a merge restore leaves every excerpt with exactly the rights it had in the backup, every
   * right of the backup live, the library's newer notes kept, and no row older.
   */
  it('unwinds any history of moves back to the backup’s tags', () => {
    type Op =
      | { kind: 'delete'; right: number; to: number; step: number }
      | { kind: 'note'; excerpt: number; step: number };
    const rightIds = ['r0', 'r1', 'r2', 'r3'];
    const startArb = fc
      .array(fc.subarray(rightIds), { minLength: 1, maxLength: 6 })
      .map((tags): BackupTables => ({
        ...backup,
        rights: rightIds.map((id) => right(id, t0)),
        annotations: tags.map((t, i) => tagged(`a${i}`, t)),
      }));
    const opArb: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        kind: fc.constant('delete' as const),
        right: fc.nat(3),
        to: fc.nat(3),
        step: fc.constant(0),
      }),
      fc.record({ kind: fc.constant('note' as const), excerpt: fc.nat(), step: fc.constant(0) }),
    );
    fc.assert(
      fc.property(startArb, fc.array(opArb, { maxLength: 12 }), (start, ops) => {
        let lib = start;
        ops.forEach((op, step) => {
          const at = new Date(Date.UTC(2026, 1, 1, 0, step)).toISOString();
          if (op.kind === 'note') {
            const target = lib.annotations[op.excerpt % lib.annotations.length];
            if (!target) return;
            lib = {
              ...lib,
              annotations: lib.annotations.map((a) =>
                a.id === target.id ? { ...a, note: `note ${at}`, modifiedAt: at } : a,
              ),
            };
            return;
          }
          const id = rightIds[op.right] as string;
          const to = rightIds[op.to] as string;
          const live = (r: string) => lib.rights.some((x) => x.id === r && x.deletedAt === null);
          if (id === to || !live(id) || !live(to)) return;
          lib = deleteWithMove(lib, id, to, at);
        });
        const after = applyRestorePlan(lib, planRestore(start, lib, 'merge', NOW));
        expect(after.rights.every((r) => r.deletedAt === null)).toBe(true);
        for (const original of start.annotations) {
          const merged = after.annotations.find((a) => a.id === original.id);
          const edited = lib.annotations.find((a) => a.id === original.id);
          expect([...(merged?.rightIds ?? [])].sort()).toEqual([...original.rightIds].sort());
          expect(merged?.note).toBe(edited?.note);
          expect((merged?.modifiedAt ?? '') >= (edited?.modifiedAt ?? '')).toBe(true);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('planRestore, merge: counts, labels and the library left behind', () => {
  it('counts the blocks it adds, replaces and leaves, and the settings it takes and keeps', () => {
    // Document d is newer in the backup (its two blocks replace the library's one), e is newer
    // in the library (its block stays); only the missing setting is taken.
    const blockAt = (docId: string, index: number, text: string): StoredBlock => ({
      ...block(docId, text),
      index,
    });
    const backup = {
      ...empty,
      documents: [doc('d', '2026-01-05'), doc('e', '2026-01-01')],
      blocks: [blockAt('d', 0, 'new 0'), blockAt('d', 1, 'new 1'), blockAt('e', 0, 'old e')],
      settings: [
        { key: 'theme', value: 'dark' },
        { key: 'author-name', value: 'Amina' },
      ] as SettingRow[],
    };
    const current = {
      ...empty,
      documents: [doc('d', '2026-01-01'), doc('e', '2026-01-09')],
      blocks: [blockAt('d', 0, 'old 0'), blockAt('e', 0, 'newer e')],
      settings: [{ key: 'theme', value: 'light' }] as SettingRow[],
    };
    const plan = planRestore(backup, current, 'merge', NOW);
    expect(plan.changes.blocks).toEqual({ added: 1, restored: 0, updated: 1, kept: 1, removed: 0 });
    expect(plan.changes.settings).toEqual({
      added: 1,
      restored: 0,
      updated: 0,
      kept: 1,
      removed: 0,
    });
    const after = applyRestorePlan(current, plan);
    expect(after.blocks.map((b) => `${b.docId}${b.index} ${b.text}`).sort()).toEqual([
      'd0 new 0',
      'd1 new 1',
      'e0 newer e',
    ]);
    expect(after.settings).toEqual([
      { key: 'theme', value: 'light' },
      { key: 'author-name', value: 'Amina' },
    ]);
  });

  it('labels a row by its name on one line, cut with an ellipsis past 80 characters', () => {
    const titled = (title: string) => {
      const backup = { ...empty, documents: [doc('d', '2026-01-01', null, title)] };
      return planRestore(backup, empty, 'merge', NOW).rows[0]?.label;
    };
    expect(titled('  Report\n\non   the\tright  ')).toBe('Report on the right');
    expect(titled('x'.repeat(80))).toBe('x'.repeat(80));
    expect(titled('x'.repeat(81))).toBe(`${'x'.repeat(79)}…`);
  });

  it('orders versions by modification time, a row without one being the oldest', () => {
    const undated = { ...right('a', ''), modifiedAt: undefined } as unknown as Right;
    const dated = right('a', '2026-01-01');
    expect(
      planRestore({ ...empty, rights: [dated] }, { ...empty, rights: [undated] }, 'merge', NOW)
        .changes.rights.updated,
    ).toBe(1);
    expect(
      planRestore({ ...empty, rights: [undated] }, { ...empty, rights: [dated] }, 'merge', NOW)
        .changes.rights.kept,
    ).toBe(1);
  });
});

describe('planRestore: document notes', () => {
  const note = (
    id: string,
    modifiedAt: string,
    deletedAt: string | null = null,
    text = `Note ${id}`,
  ): DocumentNote => ({
    id,
    docId: 'd',
    text,
    author: '',
    tags: [],
    createdAt: modifiedAt,
    modifiedAt,
    deletedAt,
  });

  it('merge brings back a note deleted since, adds a purged one, keeps a newer edit', () => {
    const backup = {
      ...empty,
      documentNotes: [
        note('trashed', '2026-01'),
        note('purged', '2026-01'),
        note('edited', '2026-01'),
      ],
    };
    const current = {
      ...empty,
      documentNotes: [
        note('trashed', '2026-01', '2026-03'),
        note('edited', '2026-04', null, 'Rewritten'),
      ],
    };
    const plan = planRestore(backup, current, 'merge', NOW);
    expect(plan.changes.documentNotes).toEqual({
      added: 1,
      restored: 1,
      updated: 0,
      kept: 1,
      removed: 0,
    });
    expect(plan.rows.filter((r) => r.table === 'documentNotes')).toEqual([
      { table: 'documentNotes', id: 'trashed', label: '“Note trashed”', action: 'restore' },
      { table: 'documentNotes', id: 'purged', label: '“Note purged”', action: 'add' },
    ]);
    const after = applyRestorePlan(current, plan).documentNotes ?? [];
    expect(after.map((n) => [n.id, n.text, n.deletedAt])).toEqual([
      ['trashed', 'Note trashed', null],
      ['edited', 'Rewritten', null],
      ['purged', 'Note purged', null],
    ]);
  });

  it('a backup made before document notes merges as holding none, and a replace names what goes', () => {
    const current = { ...empty, documentNotes: [note('mine', '2026-05')] };
    const merge = planRestore(empty, current, 'merge', NOW);
    expect(merge.changes.documentNotes).toMatchObject({ added: 0, restored: 0, updated: 0 });
    expect(applyRestorePlan(current, merge).documentNotes).toEqual(current.documentNotes);

    const replace = planRestore(empty, current, 'replace', NOW);
    expect(replace.changes.documentNotes).toMatchObject({ added: 0, removed: 1 });
    expect(replace.rows).toEqual([
      { table: 'documentNotes', id: 'mine', label: '“Note mine”', action: 'lose' },
    ]);
  });
});
