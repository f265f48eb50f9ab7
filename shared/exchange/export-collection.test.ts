import { describe, expect, it } from 'vitest';
import { exportCollection } from './export-collection';
import { ExportInputError } from './export-input';
import { parseCollectionFile } from './parse-collection-file';
import { ANNO_CONTEXT, POSITION_UNIT } from './rightsmark-format';
import { serializeCollection } from './serialize-collection';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from './testing/fixtures';

const doc = makeDocument('d1', 'Declaration on Digital Rights', [
  { kind: 'heading', level: 1, text: 'Declaration on Digital Rights' },
  'Everyone has the right to privacy online, including the protection of personal data.',
  { kind: 'paragraph', text: 'Peaceful assembly online deserves the same protection.', page: 3 },
]);
const a1 = makeAnnotation(doc, sequentialUuid(1), 'the right to privacy online', {
  rightIds: ['right:privacy'],
  note: 'Core <b>privacy</b> language.',
});
const a2 = makeAnnotation(doc, sequentialUuid(2), 'Peaceful assembly online', {
  rightIds: ['right:assembly-association', 'right:expression'],
  author: '',
});
const collection = makeCollection(
  sequentialUuid(100),
  'Briefing: privacy',
  [{ annotationId: a1.id, comment: 'Lead with this.' }, a2.id],
  { description: 'For the committee.' },
);
const input = makeInput(collection, [doc], [a1, a2]);

describe('exportCollection', () => {
  const file = exportCollection(input, undefined, fixedEnv());

  it('is a W3C AnnotationCollection with its first page embedded', () => {
    expect(file['@context'][0]).toBe(ANNO_CONTEXT);
    expect(file.type).toBe('AnnotationCollection');
    expect(file.id).toBe(`urn:uuid:${collection.id}`);
    expect(file.label).toBe('Briefing: privacy');
    expect(file.total).toBe(2);
    expect(file.first.type).toBe('AnnotationPage');
    expect(file.first.id).toBe(`urn:uuid:${sequentialUuid(1000)}`);
    expect(file.generated).toBe('2024-06-01T12:00:00.000Z');
    expect(file.generator.name).toBe('Rightsmark 0.1.0');
  });

  it('writes each excerpt as an annotation on its document with quote and position', () => {
    const [first, second] = file.first.items;
    expect(first).toMatchObject({
      id: `urn:uuid:${a1.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: a1.createdAt,
      modified: a1.modifiedAt,
      creator: { type: 'Person', name: 'Amina' },
      target: {
        source: `urn:sha256:${doc.document.contentHash}`,
        selector: [a1.quote, a1.position],
      },
    });
    expect(first?.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'tagging',
        value: 'Privacy',
        id: 'urn:rightsmark:right:right:privacy',
      },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Core <b>privacy</b> language.',
        format: 'text/plain',
      },
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: 'Lead with this.',
        format: 'text/plain',
      },
    ]);
    expect(second?.creator).toBeUndefined();
    expect(second?.body?.map((b) => b.value)).toEqual([
      'Assembly and association',
      'Freedom of expression',
    ]);
  });

  it('records the unit, the rights used, and each document with its blocks', () => {
    expect(file.rightsmark.positionUnit).toBe(POSITION_UNIT);
    expect(file.rightsmark.blockSeparator).toBe('\n\n');
    expect(file.rightsmark.collection).toEqual({
      id: collection.id,
      description: 'For the committee.',
    });
    expect(file.rightsmark.rights.map((r) => r.id)).toEqual([
      'right:expression',
      'right:privacy',
      'right:assembly-association',
    ]);
    const [carried] = file.rightsmark.documents;
    expect(carried).toMatchObject({
      id: `urn:sha256:${doc.document.contentHash}`,
      title: 'Declaration on Digital Rights',
      textLength: doc.text.length,
    });
    expect(carried?.blocks?.[0]).toEqual({
      kind: 'heading',
      level: 1,
      text: 'Declaration on Digital Rights',
    });
    expect(carried?.blocks?.[2]).toEqual({
      kind: 'paragraph',
      text: 'Peaceful assembly online deserves the same protection.',
      page: 3,
    });
  });

  it('leaves out notes but keeps excerpts and comments when asked', () => {
    const lean = exportCollection(
      input,
      { includeNotes: false, includeSourceTexts: false },
      fixedEnv(),
    );
    expect(lean.first.items).toHaveLength(2);
    expect(lean.first.items[0]?.body?.map((b) => b.purpose)).toEqual(['tagging', 'describing']);
    expect(lean.rightsmark.includesNotes).toBe(false);
    expect(lean.rightsmark.documents[0]?.blocks).toBeUndefined();
  });

  it('leaves out deleted excerpts and missing items, and positions of orphaned ones', () => {
    const deleted = { ...a2, deletedAt: '2024-05-02T00:00:00.000Z' };
    const orphan = { ...a1, status: 'orphaned' as const };
    const withGaps = makeInput(
      makeCollection('c2', 'Gaps', [a1.id, a2.id, 'missing']),
      [doc],
      [orphan, deleted],
    );
    const out = exportCollection(withGaps, undefined, fixedEnv());
    expect(out.first.items).toHaveLength(1);
    expect(out.first.items[0]?.target.selector).toEqual([a1.quote]);
    expect(out.id).toBe('urn:rightsmark:collection:c2');
  });

  it('exports a smart collection as the excerpts it matches, in the order given', () => {
    const smart = makeCollection('c3', 'Smart', [], {
      filter: {
        rightIds: [],
        rightsMatch: 'any',
        docIds: [],
        text: '',
        yearFrom: null,
        yearTo: null,
      },
    });
    const out = exportCollection(makeInput(smart, [doc], [a2, a1]), undefined, fixedEnv());
    expect(out.first.items.map((i) => i.id)).toEqual([`urn:uuid:${a2.id}`, `urn:uuid:${a1.id}`]);
  });

  it('refuses input that lacks an excerpt document or its blocks', () => {
    const noDoc = { ...input, documents: [] };
    expect(() => exportCollection(noDoc, undefined, fixedEnv())).toThrow(ExportInputError);
    const noBlocks = { ...input, blocks: new Map() };
    expect(() => exportCollection(noBlocks, undefined, fixedEnv())).toThrow(
      /blocks of document d1/,
    );
  });

  it('counts positions in UTF-16 code units, also after characters outside the BMP', () => {
    const emoji = makeDocument('d2', 'Emoji', ['🙂🙂 Privacy 𠮷 matters 😀 a lot.']);
    const excerpt = makeAnnotation(emoji, sequentialUuid(3), 'matters');
    const out = exportCollection(
      makeInput(makeCollection('c4', 'U', [excerpt.id]), [emoji], [excerpt]),
      undefined,
      fixedEnv(),
    );
    const selector = out.first.items[0]?.target.selector[1];
    // Two emoji (4 units), space, "Privacy", space, 𠮷 (2 units), space: 16 code units (13 code points).
    expect(selector).toEqual({ type: 'TextPositionSelector', start: 16, end: 23 });
    expect(emoji.text.slice(16, 23)).toBe('matters');
    const parsed = parseCollectionFile(serializeCollection(out), 'u.json');
    expect(parsed.excerpts[0]?.position).toEqual({
      type: 'TextPositionSelector',
      start: 16,
      end: 23,
    });
  });
});

describe('serializeCollection', () => {
  it('writes the same bytes for the same collection, with keys in a fixed order', () => {
    const text = serializeCollection(exportCollection(input, undefined, fixedEnv()));
    expect(serializeCollection(exportCollection(input, undefined, fixedEnv()))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys).toEqual([
      '@context',
      'id',
      'type',
      'label',
      'total',
      'created',
      'modified',
      'generator',
      'generated',
      'first',
      'rightsmark',
    ]);
    expect(text).toContain('\n  "@context": [\n    "http://www.w3.org/ns/anno.jsonld",');
  });
});
