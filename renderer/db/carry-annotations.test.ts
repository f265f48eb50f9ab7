/**
 * Carrying excerpts from an older version to a newer one: unchanged passages are copied,
 * reworded ones copied for confirmation, lost ones reported, nothing copied twice, and the
 * older version untouched.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchoring';
import { documentText, type ParsedBlock } from '../../shared/model';
import { addAnnotation, annotationsOf } from './annotations-repo';
import { carryAnnotations, planCarryAnnotations } from './carry-annotations';
import type { RightsmarkDatabase } from './database';
import { getBlocks, prepareDocument, putPreparedDocuments } from './documents-repo';
import { createTestDatabase, createTestEnvironment } from './test-support';

const draft: ParsedBlock[] = [
  { kind: 'heading', level: 1, text: 'Draft resolution' },
  { kind: 'paragraph', text: '1. Encourages all States to refrain from internet shutdowns;' },
  {
    kind: 'paragraph',
    text: '2. Condemns the surveillance of journalists and human rights defenders;',
  },
  { kind: 'paragraph', text: '3. Decides to hold a panel discussion on encryption.' },
];
const adopted: ParsedBlock[] = [
  { kind: 'heading', level: 1, text: 'Adopted resolution' },
  { kind: 'paragraph', text: '1. Calls upon all States to refrain from internet shutdowns;' },
  {
    kind: 'paragraph',
    text: '2. Strongly condemns the surveillance of journalists and human rights defenders;',
  },
];

describe('carrying excerpts to a newer version', () => {
  let db: RightsmarkDatabase;
  const env = createTestEnvironment();
  let oldId: string;
  let newId: string;

  async function put(title: string, blocks: ParsedBlock[]): Promise<string> {
    const prepared = await prepareDocument(
      {
        meta: { title, publisher: null, year: 2025, kind: null, language: 'en' },
        format: 'text',
        sourceName: `${title}.txt`,
        sourceSize: 100,
        sampleKey: null,
        blocks,
      },
      env,
    );
    await db.transaction('rw', db.documents, db.blocks, () => putPreparedDocuments(db, [prepared]));
    return prepared.document.id;
  }

  async function annotate(exact: string) {
    const text = documentText(await getBlocks(db, oldId));
    const start = text.indexOf(exact);
    const { quote, position } = describeRange(text, start, start + exact.length);
    return addAnnotation(
      db,
      {
        docId: oldId,
        blockIndex: 1,
        quote,
        position,
        rightIds: ['right:privacy'],
        note: exact.slice(0, 8),
        author: 'A',
      },
      env,
    );
  }

  beforeEach(async () => {
    db = createTestDatabase();
    oldId = await put('draft', draft);
    newId = await put('adopted', adopted);
  });
  afterEach(() => db.delete());

  it('copies what is still there, flags what was reworded, reports what is gone', async () => {
    await annotate('refrain from internet shutdowns');
    await annotate('Condemns the surveillance of journalists');
    await annotate('hold a panel discussion on encryption');

    const planned = await planCarryAnnotations(db, oldId, newId);
    expect(planned).toEqual({
      carried: 1,
      reworded: ['Condemns the surveillance of journalists'],
      already: 0,
      notCarried: ['hold a panel discussion on encryption'],
    });
    expect(await annotationsOf(db, newId)).toHaveLength(0);

    expect(await carryAnnotations(db, oldId, newId, env)).toEqual(planned);
    const copied = await annotationsOf(db, newId);
    expect(copied.map((a) => [a.quote.exact, a.status, a.rightIds, a.blockIndex])).toEqual([
      ['refrain from internet shutdowns', 'anchored', ['right:privacy'], 1],
      [
        expect.stringContaining('ondemns the surveillance of journalists'),
        'reanchored',
        ['right:privacy'],
        2,
      ],
    ]);
    expect(await annotationsOf(db, oldId)).toHaveLength(3);

    // A second carry copies nothing twice.
    expect(await carryAnnotations(db, oldId, newId, env)).toMatchObject({ carried: 0, already: 2 });
    expect(await annotationsOf(db, newId)).toHaveLength(2);
  });
});
