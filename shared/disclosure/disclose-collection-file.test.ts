/**
 * A `.rightsmark.json` file rebuilt with only what may leave, checked member by member on a
 * file written out by hand: which items, bodies, creators, rights, documents, texts, document
 * notes and parts of the argument stay, and what the rebuilt file says about itself.
 */
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExchangeError } from '../exchange/exchange-error';
import { ANNO_CONTEXT, RIGHTSMARK_CONTEXT } from '../exchange/rightsmark-format';
import type { RightsmarkFileData } from '../exchange/rightsmark-schema';
import { discloseCollectionData, discloseCollectionFile } from './disclose-collection-file';
import { DEFAULT_DISCLOSURE, type DisclosureOptions } from './disclosure-options';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const HASH_C = 'c'.repeat(64);
const T = '2024-03-01T09:00:00.000Z';

type Item = RightsmarkFileData['first']['items'][number];

function item(id: string, source: string, fields: Partial<Item> = {}): Item {
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    created: T,
    modified: T,
    target: {
      source,
      selector: [{ type: 'TextQuoteSelector', exact: 'quoted', prefix: '', suffix: '' }],
    },
    ...fields,
  } as Item;
}

const tag = (value: string, id?: string) => ({
  type: 'TextualBody' as const,
  purpose: 'tagging' as const,
  value,
  ...(id === undefined ? {} : { id }),
});
const note = (value: string) => ({
  type: 'TextualBody' as const,
  purpose: 'commenting' as const,
  value,
});
const comment = (value: string) => ({
  type: 'TextualBody' as const,
  purpose: 'describing' as const,
  value,
});

function right(id: string, name: string) {
  return { id, name, description: '', legalBasis: '', color: '#123456' };
}

function document(id: string, contentHash: string, sourceName: string) {
  return {
    id,
    contentHash,
    title: id,
    publisher: null,
    year: null,
    kind: null,
    language: null,
    sourceName,
    textLength: 6,
    blocks: [{ kind: 'paragraph' as const, text: `Text of ${id}` }],
  };
}

/** Items: one tagged by IRI (privacy), one by name only (expression), one untagged; on A, B, C. */
const FILE: RightsmarkFileData = {
  '@context': [ANNO_CONTEXT, RIGHTSMARK_CONTEXT, 'https://example.org/extra'],
  id: 'urn:uuid:00000000-0000-4000-8000-000000000009',
  type: 'AnnotationCollection',
  label: 'Set',
  total: 3,
  created: T,
  modified: '2024-03-02T09:00:00.000Z',
  generator: { id: 'https://example.org/rightsmark', name: 'Rightsmark 0.1.0' },
  generated: '2024-03-03T09:00:00.000Z',
  first: {
    id: 'urn:page:1',
    type: 'AnnotationPage',
    items: [
      item('1', `urn:sha256:${HASH_A}`, {
        creator: { type: 'Person', name: 'Ana María López' },
        body: [
          // Named as the right was once called: its IRI, not its name, says which it is.
          tag('Privacy (old name)', 'urn:rightsmark:right:right%3Aprivacy'),
          note('Shared note'),
          comment('Lead with this'),
        ],
      }),
      item('2', 'doc-b', {
        creator: { type: 'Person', name: 'Ben Okafor' },
        // Tagged by name only, in another case: the file's right of that name.
        body: [tag('FREEDOM of expression'), note('Second note')],
      }),
      item('3', `urn:sha256:${HASH_C}`, { body: [comment('Untagged comment')] }),
    ],
  },
  rightsmark: {
    format: 'rightsmark-collection',
    formatVersion: 1,
    positionUnit: 'utf16-code-unit',
    blockSeparator: '\n\n',
    exportedAt: T,
    includesNotes: true,
    includesSourceTexts: true,
    collection: {
      id: 'c1',
      description: 'Desk set',
      briefing: {
        documentType: 'Policy brief',
        summary: 'Summary text',
        findings: 'Findings text',
        recommendations: 'Recommendations text',
        modified: T,
      },
    },
    rights: [
      right('right:privacy', 'Privacy'),
      right('right:expression', 'Freedom of expression'),
      right('right:unused', 'Unused'),
    ],
    documents: [
      document('doc-a', HASH_A, 'C:\\Users\\ana\\a.pdf'),
      document('doc-b', HASH_B, '/home/ana/b.txt'),
      document('doc-c', HASH_C, 'c.txt'),
      document('doc-d', 'd'.repeat(64), 'd.txt'),
    ],
    documentNotes: [
      {
        id: 'urn:uuid:n1',
        type: 'Annotation',
        created: T,
        modified: T,
        creator: { type: 'Person', name: 'Zoë Brand' },
        body: [note('On A')],
        target: `urn:sha256:${HASH_A}`,
      },
      {
        id: 'urn:uuid:n2',
        type: 'Annotation',
        created: T,
        modified: T,
        body: [note('On B, no creator')],
        target: 'doc-b',
      },
      {
        id: 'urn:uuid:n3',
        type: 'Annotation',
        created: T,
        modified: T,
        body: [note('On D, not quoted')],
        target: `urn:sha256:${'d'.repeat(64)}`,
      },
    ],
  },
};

const options = (fields: Partial<DisclosureOptions> = {}): DisclosureOptions => ({
  ...DEFAULT_DISCLOSURE,
  ...fields,
});

const ids = (data: RightsmarkFileData) => data.first.items.map((i) => i.id);

describe('discloseCollectionData', () => {
  it('keeps items within the chosen rights, by a tag’s IRI or by the file’s right of its name', () => {
    expect(ids(discloseCollectionData(FILE, options({ rightIds: ['right:privacy'] })))).toEqual([
      'urn:uuid:1',
    ]);
    expect(ids(discloseCollectionData(FILE, options({ rightIds: ['right:expression'] })))).toEqual([
      'urn:uuid:2',
    ]);
    expect(ids(discloseCollectionData(FILE, options({ rightIds: ['right:unused'] })))).toEqual([]);
    expect(ids(discloseCollectionData(FILE, DEFAULT_DISCLOSURE))).toEqual([
      'urn:uuid:1',
      'urn:uuid:2',
      'urn:uuid:3',
    ]);
  });

  it('an unknown tag name or a describing body named like a right tags nothing', () => {
    const odd: RightsmarkFileData = {
      ...FILE,
      first: {
        ...FILE.first,
        items: [
          item('4', 'doc-b', { body: [tag('Unknown right')] }),
          item('5', 'doc-b', { body: [comment('Privacy')] }),
          item('6', 'doc-b', { body: [tag('Privacy', 'https://example.org/not-a-right')] }),
        ],
      },
    };
    // The last is tagged by name, its id not being one of our right IRIs.
    expect(ids(discloseCollectionData(odd, options({ rightIds: ['right:privacy'] })))).toEqual([
      'urn:uuid:6',
    ]);
  });

  it('keeps tags always, notes with notes on, comments with comments on', () => {
    const purposes = (fields: Partial<DisclosureOptions>) =>
      discloseCollectionData(FILE, options(fields)).first.items.map((i) =>
        (i.body ?? []).map((b) => b.purpose),
      );
    expect(purposes({})).toEqual([
      ['tagging', 'commenting', 'describing'],
      ['tagging', 'commenting'],
      ['describing'],
    ]);
    expect(purposes({ notes: false })).toEqual([
      ['tagging', 'describing'],
      ['tagging'],
      ['describing'],
    ]);
    expect(purposes({ comments: false })).toEqual([
      ['tagging', 'commenting'],
      ['tagging', 'commenting'],
      [],
    ]);
  });

  it('drops a body left empty instead of writing an empty list', () => {
    const [, , third] = discloseCollectionData(FILE, options({ comments: false })).first.items;
    expect(third).toBeDefined();
    expect('body' in (third ?? {})).toBe(false);
  });

  it('names creators as chosen, and writes none where there is none to write', () => {
    const creators = (authors: DisclosureOptions['authors']) =>
      discloseCollectionData(FILE, options({ authors })).first.items.map((i) => i.creator);
    expect(creators('names')).toEqual([
      { type: 'Person', name: 'Ana María López' },
      { type: 'Person', name: 'Ben Okafor' },
      undefined,
    ]);
    expect(creators('initials')).toEqual([
      { type: 'Person', name: 'A. M. L.' },
      { type: 'Person', name: 'B. O.' },
      undefined,
    ]);
    const none = discloseCollectionData(FILE, options({ authors: 'none' })).first.items;
    expect(none.some((i) => 'creator' in i)).toBe(false);
  });

  it('keeps only the rights the leaving items use', () => {
    const rights = (rightIds: string[]) =>
      discloseCollectionData(FILE, options({ rightIds })).rightsmark.rights.map((r) => r.id);
    expect(rights([])).toEqual(['right:privacy', 'right:expression']);
    expect(rights(['right:expression'])).toEqual(['right:expression']);
  });

  it('keeps only the cited documents, by hash or id, with bare names, texts with source texts', () => {
    const docs = discloseCollectionData(FILE, DEFAULT_DISCLOSURE).rightsmark.documents;
    expect(docs.map((d) => [d.id, d.sourceName])).toEqual([
      ['doc-a', 'a.pdf'],
      ['doc-b', 'b.txt'],
      ['doc-c', 'c.txt'],
    ]);
    expect(docs.every((d) => d.blocks?.[0]?.text === `Text of ${d.id}`)).toBe(true);
    const bare = discloseCollectionData(FILE, options({ sourceTexts: false })).rightsmark.documents;
    expect(bare.map((d) => d.id)).toEqual(['doc-a', 'doc-b', 'doc-c']);
    expect(bare.some((d) => 'blocks' in d)).toBe(false);
    const privacy = discloseCollectionData(FILE, options({ rightIds: ['right:privacy'] }));
    expect(privacy.rightsmark.documents.map((d) => d.id)).toEqual(['doc-a']);
  });

  it('a document without blocks gets none, even with source texts on', () => {
    const { blocks: _blocks, ...withoutBlocks } = document('doc-a', HASH_A, 'a.pdf');
    const data = {
      ...FILE,
      rightsmark: { ...FILE.rightsmark, documents: [withoutBlocks] },
    };
    const [doc] = discloseCollectionData(data, DEFAULT_DISCLOSURE).rightsmark.documents;
    expect(doc).toBeDefined();
    expect('blocks' in (doc ?? {})).toBe(false);
  });

  it('keeps document notes on cited documents with notes on, their creators as chosen', () => {
    const notes = (fields: Partial<DisclosureOptions>) =>
      discloseCollectionData(FILE, options(fields)).rightsmark.documentNotes;
    expect(notes({})?.map((n) => [n.id, n.creator?.name])).toEqual([
      ['urn:uuid:n1', 'Zoë Brand'],
      ['urn:uuid:n2', undefined],
    ]);
    expect(notes({ authors: 'initials' })?.[0]?.creator).toEqual({ type: 'Person', name: 'Z. B.' });
    expect(notes({ authors: 'none' })?.some((n) => 'creator' in n)).toBe(false);
    expect(notes({ rightIds: ['right:expression'] })?.map((n) => n.id)).toEqual(['urn:uuid:n2']);
    expect(
      'documentNotes' in discloseCollectionData(FILE, options({ notes: false })).rightsmark,
    ).toBe(false);
    expect(
      'documentNotes' in
        discloseCollectionData(FILE, options({ rightIds: ['right:unused'] })).rightsmark,
    ).toBe(false);
  });

  it('keeps the argument when it may go; otherwise only the cover details, or nothing', () => {
    const briefing = (data: RightsmarkFileData, argument: boolean) =>
      discloseCollectionData(data, options({ argument })).rightsmark.collection;
    expect(briefing(FILE, true)).toEqual(FILE.rightsmark.collection);
    expect(briefing(FILE, false)).toEqual({
      id: 'c1',
      description: 'Desk set',
      briefing: { documentType: 'Policy brief', modified: T },
    });
    const onlyArgument = {
      ...FILE,
      rightsmark: {
        ...FILE.rightsmark,
        collection: {
          id: 'c1',
          description: '',
          briefing: { summary: 'Only this', modified: T },
        },
      },
    };
    expect(briefing(onlyArgument, false)).toEqual({ id: 'c1', description: '' });
    const noBriefing = {
      ...FILE,
      rightsmark: { ...FILE.rightsmark, collection: { id: 'c1', description: '' } },
    };
    expect(briefing(noBriefing, false)).toEqual({ id: 'c1', description: '' });
  });

  it('says what it includes: notes and texts only when both the file and the switch do', () => {
    const flags = (data: RightsmarkFileData, fields: Partial<DisclosureOptions>) => {
      const { includesNotes, includesSourceTexts } = discloseCollectionData(
        data,
        options(fields),
      ).rightsmark;
      return [includesNotes, includesSourceTexts];
    };
    expect(flags(FILE, {})).toEqual([true, true]);
    expect(flags(FILE, { notes: false, sourceTexts: false })).toEqual([false, false]);
    const without = {
      ...FILE,
      rightsmark: { ...FILE.rightsmark, includesNotes: false, includesSourceTexts: false },
    };
    expect(flags(without, {})).toEqual([false, false]);
  });

  it('keeps the file’s identity and dates, our two contexts, and counts what is left', () => {
    const out = discloseCollectionData(FILE, options({ rightIds: ['right:privacy'] }));
    expect(out).toMatchObject({
      '@context': [ANNO_CONTEXT, RIGHTSMARK_CONTEXT],
      id: FILE.id,
      type: 'AnnotationCollection',
      label: 'Set',
      total: 1,
      created: T,
      modified: '2024-03-02T09:00:00.000Z',
      generator: FILE.generator,
      generated: '2024-03-03T09:00:00.000Z',
      first: { id: 'urn:page:1', type: 'AnnotationPage' },
    });
    expect(out['@context']).toHaveLength(2);
    const { created: _c, modified: _m, generator: _g, generated: _d, ...bare } = FILE;
    const plain = discloseCollectionData(bare, DEFAULT_DISCLOSURE);
    for (const key of ['created', 'modified', 'generator', 'generated']) {
      expect(key in plain, key).toBe(false);
    }
  });

  it('keeps the extension’s own fields', () => {
    expect(discloseCollectionData(FILE, DEFAULT_DISCLOSURE).rightsmark).toMatchObject({
      format: 'rightsmark-collection',
      formatVersion: 1,
      positionUnit: 'utf16-code-unit',
      blockSeparator: '\n\n',
      exportedAt: T,
    });
  });
});

describe('discloseCollectionFile', () => {
  it('rebuilds our file as 2-space JSON ending in a line break', () => {
    const out = discloseCollectionFile(
      strToU8(JSON.stringify(FILE)),
      'set.rightsmark.json',
      options({ notes: false }),
    );
    const text = strFromU8(out ?? new Uint8Array());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "@context": [\n    "http://www.w3.org/ns/anno.jsonld",')).toBe(
      true,
    );
    expect(JSON.parse(text)).toEqual(discloseCollectionData(FILE, options({ notes: false })));
    expect(text).not.toContain('Shared note');
  });

  it('leaves files of other formats to the caller', () => {
    const w3c = strToU8(JSON.stringify({ type: 'Annotation', body: 'secret', target: 'x' }));
    expect(discloseCollectionFile(w3c, 'notes.json', DEFAULT_DISCLOSURE)).toBeNull();
  });

  it('refuses a file that claims to be ours but is not valid, naming the file', () => {
    const broken = strToU8(JSON.stringify({ ...FILE, first: { type: 'AnnotationPage' } }));
    let error: unknown;
    try {
      discloseCollectionFile(broken, 'broken.rightsmark.json', DEFAULT_DISCLOSURE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ExchangeError);
    expect((error as ExchangeError).code).toBe('invalid');
    expect((error as ExchangeError).message).toBe(
      'broken.rightsmark.json: not a valid Rightsmark collection file, so it cannot be filtered before attaching',
    );
  });

  it('refuses bytes that are not JSON, naming the file', () => {
    expect(() =>
      discloseCollectionFile(strToU8('{not json'), 'bad.rightsmark.json', DEFAULT_DISCLOSURE),
    ).toThrow(/bad\.rightsmark\.json/);
  });
});
