import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../shared/anchoring';
import {
  ExchangeError,
  exportCollection,
  parseCollectionFile,
  planMerge,
  serializeCollection,
  type ExportOptions,
  type MergePlan,
  type RightChoice,
} from '../../shared/exchange';
import { documentText, type Annotation, type LibraryDocument } from '../../shared/model';
import { addAnnotation, updateAnnotation } from './annotations-repo';
import { applyMergePlan, loadLibrarySnapshot } from './collection-import';
import {
  addToCollection,
  createCollection,
  gatherExportInput,
  setItemComment,
} from './collections-repo';
import type { RightsmarkDatabase } from './database';
import { addDocument, getBlocks } from './documents-repo';
import type { Environment } from '../platform/environment';
import { addRight } from './rights-repo';
import { seedLibrary } from './seed';
import { createTestDatabase } from './test-support';

/** One clock for both libraries (so "later" means later across them), ids per library. */
function sharedClock() {
  let tick = 0;
  return (prefix: string): Environment => {
    let id = 0;
    return {
      newId: () => `${prefix}-${++id}`,
      now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString(),
    };
  };
}

const PARAGRAPHS = [
  'Digital rights 🙂 start with privacy: mass surveillance is never proportionate.',
  'Peaceful assembly online must be protected from network shutdowns.',
  'Freedom of expression covers the right to seek information across borders.',
];

async function addDoc(
  db: RightsmarkDatabase,
  env: Environment,
  title: string,
  paragraphs = PARAGRAPHS,
) {
  return addDocument(
    db,
    {
      meta: { title, publisher: 'UN', year: 2023, kind: 'resolution', language: 'en' },
      format: 'text',
      sourceName: `${title}.txt`,
      sourceSize: 100,
      sampleKey: null,
      blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    },
    env,
  );
}

async function mark(
  db: RightsmarkDatabase,
  env: Environment,
  doc: LibraryDocument,
  passage: string,
  rightIds: readonly string[],
  note = '',
): Promise<Annotation> {
  const blocks = await getBlocks(db, doc.id);
  const text = documentText(blocks);
  const at = text.indexOf(passage);
  const { quote, position } = describeRange(text, at, at + passage.length);
  const blockIndex = blocks.findLast((b) => b.start <= at)?.index ?? 0;
  return addAnnotation(
    db,
    { docId: doc.id, blockIndex, quote, position, rightIds, note, author: 'Amina' },
    env,
  );
}

async function exportText(
  db: RightsmarkDatabase,
  collectionId: string,
  env: Environment,
  options: ExportOptions = { includeNotes: true, includeSourceTexts: true },
): Promise<string> {
  const input = await gatherExportInput(db, collectionId);
  return serializeCollection(
    exportCollection(input, options, { now: env.now, newId: env.newId, appVersion: '0.1.0' }),
  );
}

async function plan(db: RightsmarkDatabase, text: string, fileName = 'briefing.rightsmark.json') {
  return planMerge(parseCollectionFile(text, fileName), await loadLibrarySnapshot(db));
}

async function counts(db: RightsmarkDatabase) {
  return {
    documents: await db.documents.count(),
    blocks: await db.blocks.count(),
    annotations: await db.annotations.count(),
    rights: await db.rights.count(),
    collections: await db.collections.count(),
  };
}

/** Parse, plan and apply, as the import dialog does; any refusal propagates. */
async function importText(
  db: RightsmarkDatabase,
  text: string,
  env: Environment,
  fileName = 'briefing.rightsmark.json',
  choices: ReadonlyMap<string, RightChoice> = new Map(),
) {
  const planned = await plan(db, text, fileName);
  return { plan: planned, result: await applyMergePlan(db, planned, choices, env) };
}

describe('importing a collection file', () => {
  let libraryA: RightsmarkDatabase;
  let libraryB: RightsmarkDatabase;
  let envA: Environment;
  let envB: Environment;
  let doc: LibraryDocument;
  let x1: Annotation;
  let x2: Annotation;
  let x3: Annotation;
  let collectionId: string;

  beforeEach(async () => {
    const clock = sharedClock();
    envA = clock('a');
    envB = clock('b');
    libraryA = createTestDatabase();
    libraryB = createTestDatabase();
    await seedLibrary(libraryA, [], envA);
    await seedLibrary(libraryB, [], envB);
    doc = await addDoc(libraryA, envA, 'Resolution on digital rights');
    const watch = await addRight(
      libraryA,
      { name: 'Right to information', description: 'Seek and receive', color: '#aa3377' },
      envA,
    );
    x1 = await mark(
      libraryA,
      envA,
      doc,
      'mass surveillance is never proportionate',
      ['right:privacy'],
      'Strong wording',
    );
    x2 = await mark(libraryA, envA, doc, 'Peaceful assembly online', [
      'right:assembly-association',
    ]);
    x3 = await mark(
      libraryA,
      envA,
      doc,
      'right to seek information across borders',
      ['right:expression', watch.id],
      'Line 2\nwith a break',
    );
    const collection = await createCollection(
      libraryA,
      { name: 'Briefing: shutdowns', description: 'For the March session' },
      envA,
    );
    collectionId = collection.id;
    await addToCollection(libraryA, collectionId, [x3.id, x1.id, x2.id], envA);
    await setItemComment(libraryA, collectionId, x1.id, 'Open with this', envA);
  });
  afterEach(async () => {
    await libraryA.delete();
    await libraryB.delete();
  });

  it('gives an empty library the same excerpts, rights, notes, anchors and documents', async () => {
    const text = await exportText(libraryA, collectionId, envA);
    const { plan: planned, result } = await importText(libraryB, text, envB);
    expect(planned.counts).toMatchObject({ new: 3, present: 0, conflict: 0, orphaned: 0 });
    expect(planned.documentsToAdd).toHaveLength(1);
    expect(result).toMatchObject({
      collectionId,
      documentsAdded: 1,
      rightsCreated: 1,
      excerptsWritten: 3,
    });

    const [copy] = await libraryB.documents.toArray();
    expect(copy!.contentHash).toBe(doc.contentHash);
    expect(copy!.title).toBe(doc.title);
    expect(documentText(await getBlocks(libraryB, copy!.id))).toBe(
      documentText(await getBlocks(libraryA, doc.id)),
    );

    const comparable = (a: Annotation) => ({
      id: a.id,
      quote: a.quote,
      position: a.position,
      blockIndex: a.blockIndex,
      rightIds: a.rightIds,
      note: a.note,
      author: a.author,
      createdAt: a.createdAt,
      status: a.status,
    });
    const ours = await libraryA.annotations.bulkGet([x1.id, x2.id, x3.id]);
    const theirs = await libraryB.annotations.bulkGet([x1.id, x2.id, x3.id]);
    expect(theirs.map((a) => comparable(a!))).toEqual(ours.map((a) => comparable(a!)));
    expect(theirs.every((a) => a!.docId === copy!.id)).toBe(true);
    expect(theirs[0]!.origin).toEqual({
      fileName: 'briefing.rightsmark.json',
      importedAt: expect.any(String),
    });

    const right = (await libraryB.rights.toArray()).find((r) => r.name === 'Right to information');
    expect(right).toMatchObject({ color: '#aa3377', description: 'Seek and receive' });

    const imported = await libraryB.collections.get(collectionId);
    expect(imported).toMatchObject({
      name: 'Briefing: shutdowns',
      description: 'For the March session',
      items: [
        { annotationId: x3.id, comment: '' },
        { annotationId: x1.id, comment: 'Open with this' },
        { annotationId: x2.id, comment: '' },
      ],
    });
  });

  it('imports the same file twice without duplicating or changing anything', async () => {
    const text = await exportText(libraryA, collectionId, envA);
    await importText(libraryB, text, envB);
    const before = await counts(libraryB);
    const rowsBefore = await libraryB.annotations.toArray();
    const collectionBefore = await libraryB.collections.get(collectionId);

    const { plan: again, result } = await importText(libraryB, text, envB);
    expect(again.counts).toMatchObject({ new: 0, present: 3, updated: 0, conflict: 0 });
    expect(again.documentsToAdd).toEqual([]);
    expect(again.unknownRights).toEqual([]);
    expect(result).toMatchObject({ documentsAdded: 0, rightsCreated: 0, excerptsWritten: 0 });
    expect(result.collectionChanged).toBe(false);
    expect(await counts(libraryB)).toEqual(before);
    expect(await libraryB.annotations.toArray()).toEqual(rowsBefore);
    expect(await libraryB.collections.get(collectionId)).toEqual(collectionBefore);
  });

  it('merges two analysts’ edits: updated, outdated, new, present, and a conflict kept twice', async () => {
    // B starts from A's collection and both hold the same document.
    await importText(libraryB, await exportText(libraryA, collectionId, envA), envB);
    const x4 = await mark(libraryA, envA, doc, 'network shutdowns', ['right:expression']);
    await addToCollection(libraryA, collectionId, [x4.id], envA);
    // A edits x1 (B never did): B should take it.
    await updateAnnotation(libraryA, x1.id, { note: 'Strong wording — cite in para 3' }, envA);
    // A edits x2, then B edits x2 later: a conflict.
    await updateAnnotation(libraryA, x2.id, { note: 'A’s reading' }, envA);
    await updateAnnotation(libraryB, x2.id, { note: 'B’s reading' }, envB);
    // B edits x3; A's copy was never edited: outdated, B's stays.
    await updateAnnotation(libraryB, x3.id, { note: 'B refined this' }, envB);

    const { plan: planned, result } = await importText(
      libraryB,
      await exportText(libraryA, collectionId, envA),
      envB,
    );
    const action = (id: string) => planned.excerpts.find((e) => e.incoming.id === id)?.action;
    expect([action(x3.id), action(x1.id), action(x2.id), action(x4.id)]).toEqual([
      'outdated',
      'updated',
      'conflict',
      'new',
    ]);
    expect(result.excerptsWritten).toBe(3);

    expect((await libraryB.annotations.get(x1.id))!.note).toBe('Strong wording — cite in para 3');
    expect((await libraryB.annotations.get(x3.id))!.note).toBe('B refined this');
    expect((await libraryB.annotations.get(x2.id))!.note).toBe('B’s reading');
    const copyId = planned.excerpts.find((e) => e.action === 'conflict')!.id;
    expect(copyId).not.toBe(x2.id);
    expect(await libraryB.annotations.get(copyId)).toMatchObject({
      note: 'A’s reading',
      conflictOf: x2.id,
      deletedAt: null,
    });
    // The collection lists ours and the conflict copy side by side, and the new excerpt.
    expect(
      (await libraryB.collections.get(collectionId))!.items.map((i) => i.annotationId),
    ).toEqual([x3.id, x1.id, x2.id, copyId, x4.id]);

    // Planning again finds everything present.
    const again = await plan(libraryB, await exportText(libraryA, collectionId, envA));
    expect(again.counts).toMatchObject({ new: 0, updated: 0, conflict: 0 });
  });

  it('maps an unknown right to an existing one instead of creating it', async () => {
    const text = await exportText(libraryA, collectionId, envA);
    const planned = await plan(libraryB, text);
    const unknown = planned.unknownRights[0]!;
    const choices = new Map<string, RightChoice>([
      [unknown.key, { kind: 'existing', rightId: 'right:expression' }],
    ]);
    const result = await applyMergePlan(libraryB, planned, choices, envB);
    expect(result.rightsCreated).toBe(0);
    expect((await libraryB.annotations.get(x3.id))!.rightIds).toEqual(['right:expression']);
    expect(await libraryB.rights.count()).toBe(3);
  });

  it('keeps excerpts it cannot place as orphans with quote and note', async () => {
    // No source texts, and B lacks the document: nothing can be anchored.
    const text = await exportText(libraryA, collectionId, envA, {
      includeNotes: true,
      includeSourceTexts: false,
    });
    const { plan: planned } = await importText(libraryB, text, envB);
    expect(planned.counts.orphaned).toBe(3);
    const row = await libraryB.annotations.get(x1.id);
    expect(row).toMatchObject({ status: 'orphaned', note: 'Strong wording' });
    expect(row!.quote.exact).toBe('mass surveillance is never proportionate');
  });

  it('writes nothing when a write fails midway', async () => {
    const text = await exportText(libraryA, collectionId, envA);
    const planned = await plan(libraryB, text);
    const before = await counts(libraryB);
    const spy = vi.spyOn(libraryB.annotations, 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expect(applyMergePlan(libraryB, planned, new Map(), envB)).rejects.toThrow('disk full');
    spy.mockRestore();
    // Documents, blocks and the new right were written before the failure: all rolled back.
    expect(await counts(libraryB)).toEqual(before);
  });

  describe('bad input changes nothing', () => {
    let good: string;
    beforeEach(async () => {
      good = await exportText(libraryA, collectionId, envA);
    });

    const cases: [string, (text: string) => string, RegExp][] = [
      ['an empty file', () => '', /briefing\.rightsmark\.json: /],
      ['text that is not JSON', (t) => t.slice(0, t.length / 2), /not valid JSON|JSON/i],
      ['an unknown shape', () => '{"hello": "world"}', /not a Rightsmark/],
      [
        'a newer format version',
        (t) => t.replace('"formatVersion": 1', '"formatVersion": 99'),
        /newer|update/i,
      ],
      [
        'a field of the wrong type',
        (t) => t.replace(/"start": \d+/, '"start": "twelve"'),
        /first\.items\[\d\]/,
      ],
      ['nesting too deep', () => '['.repeat(5000) + ']'.repeat(5000), /deep|nest/i],
    ];
    for (const [name, damage, message] of cases) {
      it(`refuses ${name} with a message naming the file and place`, async () => {
        const before = await counts(libraryB);
        const error = await importText(libraryB, damage(good), envB).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ExchangeError);
        expect((error as ExchangeError).message).toMatch(/^briefing\.rightsmark\.json: /);
        expect((error as ExchangeError).message).toMatch(message);
        expect(await counts(libraryB)).toEqual(before);
      });
    }

    it('refuses a carried text altered after export (its SHA-256 differs)', async () => {
      /** Changes the carried text only (the quotes in the excerpts stay as exported). */
      const inBlocks = (from: string, to: string) => {
        const at = good.indexOf('"blocks"');
        return good.slice(0, at) + good.slice(at).replace(from, to);
      };
      const tampered = inBlocks('never proportionate', 'always proportional');
      const before = await counts(libraryB);
      let planned: MergePlan | undefined;
      try {
        planned = await plan(libraryB, tampered);
      } catch (error) {
        // The parser may already notice the length changed; either way nothing is written.
        expect(error).toBeInstanceOf(ExchangeError);
      }
      if (planned) {
        await expect(applyMergePlan(libraryB, planned, new Map(), envB)).rejects.toMatchObject({
          code: 'fingerprint-mismatch',
        });
      }
      // Same length, different text: only the hash can tell.
      const sameLength = inBlocks('never proportionate', 'NEVER proportionate');
      const plannedSame = await plan(libraryB, sameLength);
      await expect(applyMergePlan(libraryB, plannedSame, new Map(), envB)).rejects.toMatchObject({
        code: 'fingerprint-mismatch',
        details: { fileName: plannedSame.fileName },
      });
      expect(await counts(libraryB)).toEqual(before);
    });

    it('refuses a right mapping that names no right', async () => {
      const planned = await plan(libraryB, good);
      const before = await counts(libraryB);
      const choices = new Map<string, RightChoice>([
        [planned.unknownRights[0]!.key, { kind: 'existing', rightId: 'right:gone' }],
      ]);
      await expect(applyMergePlan(libraryB, planned, choices, envB)).rejects.toMatchObject({
        code: 'mapped-right-missing',
      });
      expect(await counts(libraryB)).toEqual(before);
    });
  });
});
