import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBriefing, DEFAULT_BRIEFING_OPTIONS } from '../../../shared/briefing';
import { parseCollectionFile } from '../../../shared/exchange';
import type { LibraryDocument } from '../../../shared/model';
import { loadBriefingFonts } from '../../../cli/node-briefing-fonts';
import { addAnnotation, deleteAnnotation } from '../../db/annotations-repo';
import {
  addToCollection,
  createCollection,
  saveCollectionBriefing,
  setItemComment,
} from '../../db/collections-repo';
import type { RightsmarkDatabase } from '../../db/database';
import { getBlocks, listDocuments } from '../../db/documents-repo';
import { SAMPLE_DOCUMENTS } from '../../db/sample-corpus';
import { seedLibrary } from '../../db/seed';
import { createTestDatabase, createTestEnvironment } from '../../db/test-support';
import { EMPTY_QUERY } from '../../../shared/model/excerpt-filter';
import { DEFAULT_DISCLOSURE } from '../../../shared/disclosure';
import { initialForm, readPreferences } from './briefing-preferences';
import {
  briefingFieldsOf,
  composeBriefingInput,
  filterName,
  includedCount,
  loadBriefingMaterial,
  type BriefingForm,
} from './briefing-source';

const NOW = new Date(Date.UTC(2026, 2, 14, 9, 0));
/** One environment for every passage marked, so their ids never repeat. */
const markEnv = createTestEnvironment('a');

function form(overrides: Partial<BriefingForm> = {}): BriefingForm {
  return {
    title: 'Privacy online',
    subtitle: 'What states said',
    author: 'Ana Analyst',
    organisation: 'Digital Rights Unit',
    date: '14 March 2026',
    classification: 'Internal — not for distribution',
    documentType: '',
    reference: '',
    cutOffDate: '',
    summary: '',
    findings: '',
    recommendations: '',
    options: DEFAULT_BRIEFING_OPTIONS,
    ...overrides,
  };
}

function briefingEnv() {
  let id = 0;
  return { now: NOW, newId: () => `uuid-${++id}`, appVersion: '0.1.0-test' };
}

/** Marks the first 40 characters of block `index` of `doc` as a passage. */
async function mark(
  db: RightsmarkDatabase,
  doc: LibraryDocument,
  index: number,
  rightIds: readonly string[],
  note: string,
) {
  const blocks = await getBlocks(db, doc.id);
  const block = blocks[index]!;
  const exact = block.text.slice(0, 40);
  return addAnnotation(
    db,
    {
      docId: doc.id,
      blockIndex: index,
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: block.start, end: block.start + 40 },
      rightIds,
      note,
      author: 'Ana',
    },
    markEnv,
  );
}

describe('briefing source', () => {
  let db: RightsmarkDatabase;
  let docs: LibraryDocument[];
  const env = createTestEnvironment();

  beforeEach(async () => {
    db = createTestDatabase();
    await seedLibrary(db, SAMPLE_DOCUMENTS, env);
    docs = (await listDocuments(db)).sort((a, b) => a.title.localeCompare(b.title));
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads a collection in its order, with comments, rights, documents and their text', async () => {
    const [docA, docB] = docs;
    const first = await mark(db, docB!, 2, ['right:privacy'], 'Note B');
    const second = await mark(db, docA!, 1, ['right:expression', 'right:privacy'], 'Note A');
    const gone = await mark(db, docA!, 3, ['right:expression'], '');
    const collection = await createCollection(
      db,
      { name: 'Privacy pack', description: 'Desc' },
      env,
    );
    await addToCollection(db, collection.id, [first.id, second.id, gone.id], env);
    await setItemComment(db, collection.id, second.id, 'Lead with this', env);
    await deleteAnnotation(db, gone.id, env);

    const material = await loadBriefingMaterial(
      db,
      { kind: 'collection', collectionId: collection.id },
      env,
    );
    expect(material.name).toBe('Privacy pack');
    expect(material.description).toBe('Desc');
    expect(material.excerpts.map((e) => e.annotation.id)).toEqual([first.id, second.id]);
    expect(material.rights.map(({ right, count }) => [right.id, count])).toEqual([
      ['right:expression', 1],
      ['right:privacy', 2],
    ]);

    const input = composeBriefingInput(material, form(), briefingEnv());
    expect(input.title).toBe('Privacy online');
    expect(input.now).toBe(NOW);
    // ¶ counts paragraphs only: each sample document opens with its title as a heading.
    expect([docB!, docA!].map((doc) => material.exportInput.blocks.get(doc.id)?.[0]?.kind)).toEqual(
      ['heading', 'heading'],
    );
    expect(input.excerpts.map((e) => [e.id, e.comment, e.paragraph])).toEqual([
      [first.id, '', 2],
      [second.id, 'Lead with this', 1],
    ]);
    expect(input.excerpts[1]!.position).toEqual(
      second.position && {
        start: second.position.start,
        end: second.position.end,
      },
    );
    // Documents in the order the excerpts first cite them, each with its full text.
    expect(input.documents.map((d) => d.id)).toEqual([docB!.id, docA!.id]);
    expect(input.documents[0]!.blocks!.length).toBe(docB!.blockCount);
    expect(input.rights.map((r) => r.colour)).toEqual(['#e0a100', '#2f80ed']);
  });

  it('attaches the same excerpts as a collection file, without notes when the briefing has none', async () => {
    const [docA] = docs;
    const privacy = await mark(db, docA!, 1, ['right:privacy'], 'Secret note');
    const expression = await mark(db, docA!, 2, ['right:expression'], 'Other note');
    const collection = await createCollection(db, { name: 'Two rights' }, env);
    await addToCollection(db, collection.id, [privacy.id, expression.id], env);
    const material = await loadBriefingMaterial(
      db,
      { kind: 'collection', collectionId: collection.id },
      env,
    );
    const options = {
      ...DEFAULT_BRIEFING_OPTIONS,
      includeNotes: false,
      selectedRightIds: ['right:privacy'],
    };
    expect(includedCount(material, options)).toBe(1);
    const input = composeBriefingInput(material, form({ options }), briefingEnv());

    expect(input.attachment?.fileName).toBe('privacy-online.rightsmark.json');
    const text = new TextDecoder().decode(input.attachment!.bytes);
    expect(text).not.toContain('Secret note');
    const parsed = parseCollectionFile(text, 'privacy-online.rightsmark.json');
    expect(parsed.name).toBe('Two rights');
    expect(parsed.excerpts.map((e) => e.quote.exact)).toEqual([privacy.quote.exact]);
    expect(parsed.documents[0]?.blocks?.length).toBe(docA!.blockCount);
  });

  it('remembers the argument with the collection, prints it, and carries it in the attachment', async () => {
    const [docA] = docs;
    const privacy = await mark(db, docA!, 1, ['right:privacy'], 'A note');
    const collection = await createCollection(db, { name: 'Argued' }, env);
    await addToCollection(db, collection.id, [privacy.id], env);
    const source = { kind: 'collection', collectionId: collection.id } as const;
    const fields = {
      documentType: 'Policy brief',
      reference: 'RM/2026/3',
      cutOffDate: '1 March 2026',
      summary: 'Surveillance grew.\n\n- See E1',
      findings: '',
      recommendations: '- Repeal the order\n- Report yearly',
    };
    await saveCollectionBriefing(db, collection.id, fields, env);

    // The dialog opened again starts from what was kept.
    const material = await loadBriefingMaterial(db, source, env);
    expect(material.collectionId).toBe(collection.id);
    const reopened = initialForm(material, readPreferences(undefined), 'Ana', NOW);
    expect(briefingFieldsOf(reopened)).toEqual(fields);

    const input = composeBriefingInput(material, reopened, briefingEnv());
    expect(input.documentType).toBe('Policy brief');
    expect(input.reference).toBe('RM/2026/3');
    expect(input.cutOffDate).toBe('1 March 2026');
    expect(input.argument).toEqual({
      summary: fields.summary,
      recommendations: fields.recommendations,
    });
    const attached = parseCollectionFile(
      new TextDecoder().decode(input.attachment!.bytes),
      'argued.rightsmark.json',
    );
    expect(attached.briefing?.recommendations).toBe(fields.recommendations);

    // Switched off in "What will leave": neither the pages nor the attachment carry it.
    const withheld = composeBriefingInput(material, reopened, briefingEnv(), {
      ...DEFAULT_DISCLOSURE,
      argument: false,
    });
    expect(withheld.argument).toBeUndefined();
    expect(withheld.documentType).toBe('Policy brief');
    const text = new TextDecoder().decode(withheld.attachment!.bytes);
    expect(text).not.toContain('Repeal the order');

    // Saving the same text again writes nothing (the collection keeps its time).
    const before = await db.collections.get(collection.id);
    await saveCollectionBriefing(db, collection.id, fields, createTestEnvironment('later'));
    expect(await db.collections.get(collection.id)).toEqual(before);
  });

  it('reads the excerpts view’s filter in the view’s order and names it', async () => {
    const [docA, docB] = docs;
    await mark(db, docB!, 1, ['right:privacy'], 'b1');
    await mark(db, docA!, 4, ['right:privacy'], 'a4');
    await mark(db, docA!, 2, ['right:privacy', 'right:expression'], 'a2');
    await mark(db, docA!, 3, ['right:expression'], 'a3');

    const material = await loadBriefingMaterial(
      db,
      { kind: 'filter', filter: { ...EMPTY_QUERY, rightIds: ['right:privacy'] } },
      createTestEnvironment('f'),
    );
    expect(material.name).toBe('Briefing on Privacy');
    expect(material.description).toBe('');
    expect(material.excerpts.map((e) => e.annotation.note)).toEqual(['a2', 'a4', 'b1']);
    expect(material.exportInput.collection.filter).not.toBeNull();

    const input = composeBriefingInput(material, form({ title: '  ' }), briefingEnv());
    expect(input.title).toBe('Briefing on Privacy');
    const parsed = parseCollectionFile(
      new TextDecoder().decode(input.attachment!.bytes),
      'x.rightsmark.json',
    );
    expect(parsed.excerpts.map((e) => e.note)).toEqual(['a2', 'a4', 'b1']);
  });

  it('gives an empty selection no excerpts, so the dialog can say so', async () => {
    await mark(db, docs[0]!, 1, ['right:privacy'], '');
    const material = await loadBriefingMaterial(
      db,
      { kind: 'filter', filter: { ...EMPTY_QUERY, text: 'no passage says this' } },
      env,
    );
    expect(material.excerpts).toEqual([]);
    expect(material.rights).toEqual([]);
  });

  it('makes input the engine turns into a PDF carrying the collection file', async () => {
    await mark(db, docs[0]!, 1, ['right:privacy'], 'A note');
    const material = await loadBriefingMaterial(db, { kind: 'filter', filter: EMPTY_QUERY }, env);
    const input = composeBriefingInput(material, form(), briefingEnv());
    const bytes = await buildBriefing(input, await loadBriefingFonts());
    const pdf = new TextDecoder('latin1').decode(bytes);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toContain('EmbeddedFile');
  });
});

describe('filterName', () => {
  const rights = [
    { id: 'r1', name: 'Privacy' },
    { id: 'r2', name: 'Freedom of expression' },
  ];
  it('says what the filter is about', () => {
    expect(filterName(EMPTY_QUERY, rights, new Map())).toBe('Briefing on human rights');
    expect(filterName({ ...EMPTY_QUERY, rightIds: ['r1', 'r2'] }, rights, new Map())).toBe(
      'Briefing on Privacy, Freedom of expression',
    );
    expect(
      filterName(
        { ...EMPTY_QUERY, rightIds: ['r1', 'r2'], rightsMatch: 'all', docId: 'd' },
        rights,
        new Map([['d', 'A declaration']]),
      ),
    ).toBe('Briefing on Privacy and Freedom of expression: A declaration');
  });
});
