import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchoring';
import { documentText, type ParsedBlock } from '../../shared/model';
import { addAnnotation } from './annotations-repo';
import type { RightsmarkDatabase } from './database';
import { getBlocks, prepareDocument, putPreparedDocuments } from './documents-repo';
import { previewDocumentVersion, replaceDocumentVersion } from './document-versions';
import { createTestDatabase, createTestEnvironment } from './test-support';

const original: ParsedBlock[] = [
  { kind: 'heading', level: 1, text: 'Joint statement on internet shutdowns' },
  {
    kind: 'paragraph',
    text: 'Shutdowns restrict freedom of expression and access to information for millions.',
  },
  {
    kind: 'paragraph',
    text: 'States should refrain from blocking messaging services during peaceful protests.',
  },
  {
    kind: 'paragraph',
    text: 'Surveillance of journalists violates their privacy and chills reporting.',
  },
];

describe('replaceDocumentVersion', () => {
  let db: RightsmarkDatabase;
  let docId: string;
  const env = createTestEnvironment();

  async function annotate(exact: string, rightIds: string[]) {
    const blocks = await getBlocks(db, docId);
    const text = documentText(blocks);
    const start = text.indexOf(exact);
    const { quote, position } = describeRange(text, start, start + exact.length);
    return addAnnotation(
      db,
      { docId, blockIndex: 0, quote, position, rightIds, note: `note on ${exact}`, author: 'A' },
      env,
    );
  }

  beforeEach(async () => {
    db = createTestDatabase();
    const prepared = await prepareDocument(
      {
        meta: { title: 'Statement', publisher: null, year: 2024, kind: null, language: 'en' },
        format: 'text',
        sourceName: 'statement.txt',
        sourceSize: 100,
        sampleKey: null,
        blocks: original,
      },
      env,
    );
    await db.transaction('rw', db.documents, db.blocks, () => putPreparedDocuments(db, [prepared]));
    docId = prepared.document.id;
  });
  afterEach(() => db.delete());

  it('re-anchors moved and edited passages and keeps the lost ones as orphans', async () => {
    const moved = await annotate('refrain from blocking messaging services', [
      'right:assembly-association',
    ]);
    const edited = await annotate('Surveillance of journalists violates their privacy', [
      'right:privacy',
    ]);
    const lost = await annotate('access to information for millions', ['right:expression']);

    const changed: ParsedBlock[] = [
      original[0]!,
      {
        kind: 'paragraph',
        text: 'A new opening paragraph was added in the revised version of this statement.',
      },
      { kind: 'paragraph', text: 'Shutdowns restrict freedom of expression.' },
      original[2]!,
      {
        kind: 'paragraph',
        text: 'Surveillance of journalists violates thier privacy and chills reporting.',
      },
    ];
    const report = await replaceDocumentVersion(
      db,
      docId,
      { blocks: changed, sourceName: 'statement-v2.txt', sourceSize: 120 },
      env,
    );
    expect(report).toEqual({ exact: 0, moved: 1, fuzzy: 1, orphaned: 1 });

    const text = documentText(changed);
    const byId = async (id: string) => (await db.annotations.get(id))!;
    const m = await byId(moved.id);
    expect(m.status).toBe('reanchored');
    expect(text.slice(m.position.start, m.position.end)).toBe(
      'refrain from blocking messaging services',
    );
    expect(m.blockIndex).toBe(3);
    const e = await byId(edited.id);
    expect(e.status).toBe('reanchored');
    expect(text.slice(e.position.start, e.position.end)).toContain(
      'journalists violates thier privacy',
    );
    const l = await byId(lost.id);
    expect(l.status).toBe('orphaned');
    expect(l.note).toBe('note on access to information for millions');
    expect(l.quote.exact).toBe('access to information for millions');

    const doc = (await db.documents.get(docId))!;
    expect(doc).toMatchObject({
      version: 2,
      sourceName: 'statement-v2.txt',
      blockCount: 5,
      textLength: text.length,
    });
    expect(await db.blocks.where('docId').equals(docId).count()).toBe(5);
  });

  it('previews what a replace would do to the excerpts, writing nothing', async () => {
    await annotate('refrain from blocking messaging services', ['right:assembly-association']);
    await annotate('Surveillance of journalists violates their privacy', ['right:privacy']);
    await annotate('access to information for millions', ['right:expression']);
    const changed: ParsedBlock[] = [
      original[0]!,
      { kind: 'paragraph', text: 'Shutdowns restrict freedom of expression.' },
      original[2]!,
      {
        kind: 'paragraph',
        text: 'Surveillance of journalists violates thier privacy and chills reporting.',
      },
    ];
    const before = await db.annotations.toArray();
    const preview = await previewDocumentVersion(db, docId, changed);
    // The same outcome the replace reports: one found word for word, one on changed wording, one lost.
    expect(preview.unchanged).toBe(1);
    expect(preview.reworded).toEqual([
      {
        before: 'Surveillance of journalists violates their privacy',
        after: expect.stringContaining('journalists violates thier privacy') as string,
      },
    ]);
    expect(preview.lost).toEqual(['access to information for millions']);
    expect(preview.blocks.map((block) => block.text)).toEqual(original.map((block) => block.text));
    expect(await db.annotations.toArray()).toEqual(before);
    expect((await db.documents.get(docId))?.version).toBe(1);
  });

  it('leaves everything as it was when the write fails', async () => {
    await annotate('refrain from blocking messaging services', ['right:assembly-association']);
    const before = {
      docs: await db.documents.toArray(),
      blocks: await db.blocks.toArray(),
      annotations: await db.annotations.toArray(),
    };
    // A block with an index that collides makes bulkAdd fail inside the transaction.
    const failing = db.blocks.bulkAdd.bind(db.blocks);
    db.blocks.bulkAdd = (async () => {
      throw new Error('disk full');
    }) as unknown as typeof failing;
    await expect(
      replaceDocumentVersion(
        db,
        docId,
        { blocks: original.slice(0, 2), sourceName: 'x.txt', sourceSize: 1 },
        env,
      ),
    ).rejects.toThrow('disk full');
    db.blocks.bulkAdd = failing;
    expect(await db.documents.toArray()).toEqual(before.docs);
    expect(await db.blocks.toArray()).toEqual(before.blocks);
    expect(await db.annotations.toArray()).toEqual(before.annotations);
  });
});
