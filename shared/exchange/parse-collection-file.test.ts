import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error';
import { exportCollection } from './export-collection';
import { MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH } from './limits';
import { detectFormat, parseCollectionFile } from './parse-collection-file';
import { serializeCollection } from './serialize-collection';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from './testing/fixtures';

const doc = makeDocument('d1', 'Joint Action for Free Expression', [
  'States should promote freedom of expression online.',
  'Surveillance must comply with the right to privacy.',
]);
const a1 = makeAnnotation(doc, sequentialUuid(1), 'freedom of expression online', {
  rightIds: ['right:expression'],
  note: 'See <script>alert(1)</script> & co.',
  modifiedAt: '2024-05-03T10:00:00.000Z',
});
const a2 = makeAnnotation(doc, sequentialUuid(2), 'the right to privacy', {
  rightIds: ['right:privacy'],
});
const input = makeInput(
  makeCollection(
    sequentialUuid(9),
    'Expression',
    [a1.id, { annotationId: a2.id, comment: 'Key.' }],
    {
      description: 'Two lines.',
    },
  ),
  [doc],
  [a1, a2],
);
const ours = () => JSON.parse(serializeCollection(exportCollection(input, undefined, fixedEnv())));

function refusal(value: unknown, fileName = 'sample.json'): ExchangeError {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    parseCollectionFile(text, fileName);
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('parseCollectionFile: our format', () => {
  it('reads back excerpts, rights, notes, comments and documents', () => {
    const parsed = parseCollectionFile(JSON.stringify(ours()), 'share.rightsmark.json');
    expect(parsed.format).toBe('rightsmark');
    expect(parsed.name).toBe('Expression');
    expect(parsed.description).toBe('Two lines.');
    expect(parsed.collectionId).toBe(sequentialUuid(9));
    expect(parsed.generator).toBe('Rightsmark 0.1.0');
    expect(parsed.excerpts).toEqual([
      {
        id: a1.id,
        externalId: `urn:uuid:${a1.id}`,
        docRef: { contentHash: doc.document.contentHash, uri: null, title: doc.document.title },
        quote: a1.quote,
        position: a1.position,
        rights: [{ id: 'right:expression', name: 'Freedom of expression' }],
        note: 'See <script>alert(1)</script> & co.',
        comment: '',
        creator: 'Amina',
        created: a1.createdAt,
        modified: '2024-05-03T10:00:00.000Z',
      },
      expect.objectContaining({ id: a2.id, comment: 'Key.', note: '' }),
    ]);
    expect(parsed.rights.map((r) => r.id)).toEqual(['right:expression', 'right:privacy']);
    expect(parsed.documents[0]?.blocks?.map((b) => b.text)).toEqual(doc.blocks.map((b) => b.text));
  });

  it('reads notes as absent (null), not empty, when the file left them out', () => {
    const lean = exportCollection(
      input,
      { includeNotes: false, includeSourceTexts: true },
      fixedEnv(),
    );
    const parsed = parseCollectionFile(serializeCollection(lean), 'lean.json');
    expect(parsed.excerpts.map((e) => e.note)).toEqual([null, null]);
  });

  it('refuses a newer format version with a clear message', () => {
    const file = ours();
    file.rightsmark.formatVersion = 2;
    const error = refusal(file);
    expect(error.code).toBe('unsupported-version');
    expect(error.message).toBe(
      'sample.json: rightsmark.formatVersion: the file uses format version 2, newer than this ' +
        'Rightsmark reads (1); update Rightsmark to import it',
    );
  });

  it('refuses another position unit', () => {
    const file = ours();
    file.rightsmark.positionUnit = 'code-point';
    expect(refusal(file).message).toBe(
      'sample.json: rightsmark.positionUnit: positions must be counted in "utf16-code-unit"',
    );
  });

  it('refuses selectors that are not a list, naming the place', () => {
    const file = ours();
    file.first.items[1].target.selector = { type: 'TextQuoteSelector', exact: 'x' };
    expect(refusal(file).message).toBe(
      'sample.json: first.items[1].target.selector: expected a list of selectors',
    );
  });

  it('refuses wrong types with what was expected and what was found', () => {
    const file = ours();
    file.first.items[0].target.selector[1].start = '12';
    expect(refusal(file).message).toBe(
      'sample.json: first.items[0].target.selector[1].start: expected a whole number',
    );
    const missing = ours();
    delete missing.first.items[0].created;
    expect(refusal(missing).message).toBe(
      'sample.json: first.items[0].created: missing (expected text)',
    );
  });

  it('refuses positions out of range', () => {
    const reversed = ours();
    reversed.first.items[0].target.selector[1] = { type: 'TextPositionSelector', start: 9, end: 3 };
    expect(refusal(reversed).message).toBe(
      'sample.json: first.items[0].target.selector[1].start: start (9) is after end (3)',
    );
    const negative = ours();
    negative.first.items[0].target.selector[1].start = -1;
    expect(refusal(negative).message).toBe(
      'sample.json: first.items[0].target.selector[1].start: must not be negative',
    );
    const beyond = ours();
    beyond.first.items[0].target.selector[1].end = doc.text.length + 1;
    expect(refusal(beyond).message).toBe(
      `sample.json: first.items[0].target.selector[1].end: ${doc.text.length + 1} is beyond ` +
        `the end of the document's text (${doc.text.length} characters)`,
    );
  });

  it('refuses duplicate ids and documents listed twice', () => {
    const file = ours();
    file.first.items[1].id = file.first.items[0].id;
    expect(refusal(file).message).toBe(
      `sample.json: first.items[1].id: duplicate id "urn:uuid:${a1.id}" (also at first.items[0])`,
    );
    const twice = ours();
    twice.rightsmark.documents.push(twice.rightsmark.documents[0]);
    expect(refusal(twice).message).toMatch(
      /^sample\.json: rightsmark\.documents\[1\]\.contentHash: the same document is listed twice/,
    );
  });

  it('refuses a carried text that does not match its recorded length', () => {
    const file = ours();
    file.rightsmark.documents[0].blocks[0].text += '!';
    expect(refusal(file).message).toBe(
      `sample.json: rightsmark.documents[0].textLength: ${doc.text.length} does not match the ` +
        `carried text, which is ${doc.text.length + 1} characters long`,
    );
  });

  it('refuses enormous quotes and notes', () => {
    const quote = ours();
    quote.first.items[0].target.selector[0].exact = 'x'.repeat(MAX_QUOTE_LENGTH + 1);
    expect(refusal(quote).message).toBe(
      'sample.json: first.items[0].target.selector[0].exact: longer than the limit of 100000 characters',
    );
    const note = ours();
    note.first.items[0].body[1].value = 'x'.repeat(MAX_NOTE_LENGTH + 1);
    expect(refusal(note).message).toBe(
      'sample.json: first.items[0].body[1].value: longer than the limit of 1000000 characters',
    );
  });

  it('keeps a note with HTML as the text it is', () => {
    const parsed = parseCollectionFile(JSON.stringify(ours()), 'x.json');
    expect(parsed.excerpts[0]?.note).toBe('See <script>alert(1)</script> & co.');
  });
});

const w3cAnnotation = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno/1',
  type: 'Annotation',
  created: '2023-02-01T10:00:00Z',
  creator: { type: 'Person', name: 'Ben', nickname: 'ben' },
  body: [
    { type: 'TextualBody', purpose: 'tagging', value: 'Privacy' },
    { type: 'TextualBody', purpose: 'commenting', value: 'Interesting.', format: 'text/plain' },
    { type: 'SpecificResource', source: 'http://example.org/tag/x', purpose: 'tagging' },
  ],
  target: {
    source: 'http://example.org/report.html',
    selector: [
      { type: 'TextPositionSelector', start: 4, end: 18 },
      { type: 'TextQuoteSelector', exact: 'right to privacy', prefix: 'the ', suffix: '.' },
      { type: 'XPathSelector', value: '/html/body/p[2]' },
    ],
  },
};

describe('parseCollectionFile: W3C Web Annotation', () => {
  it('reads a single annotation', () => {
    const parsed = parseCollectionFile(JSON.stringify(w3cAnnotation), 'one.jsonld');
    expect(parsed.format).toBe('w3c');
    expect(parsed.excerpts).toHaveLength(1);
    const [excerpt] = parsed.excerpts;
    expect(excerpt).toMatchObject({
      externalId: 'http://example.org/anno/1',
      docRef: { contentHash: null, uri: 'http://example.org/report.html', title: null },
      quote: { exact: 'right to privacy', prefix: 'the ', suffix: '.' },
      position: { start: 4, end: 18 },
      rights: [{ id: null, name: 'Privacy' }],
      note: 'Interesting.',
      creator: 'Ben',
      created: '2023-02-01T10:00:00.000Z',
      modified: '2023-02-01T10:00:00.000Z',
    });
    expect(excerpt?.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(parsed.rights).toEqual([
      { id: null, name: 'Privacy', description: null, legalBasis: null, color: null },
    ]);
  });

  it('gives a foreign annotation the same id on every import', () => {
    const a = parseCollectionFile(JSON.stringify(w3cAnnotation), 'one.jsonld');
    const b = parseCollectionFile(JSON.stringify([w3cAnnotation]), 'list.json');
    expect(a.excerpts[0]?.id).toBe(b.excerpts[0]?.id);
  });

  it('reads a list, a page and a collection with its first page, and a single selector', () => {
    const second = {
      ...w3cAnnotation,
      id: 'http://example.org/anno/2',
      bodyValue: 'Plain note',
      body: undefined,
      target: [
        'http://example.org/other',
        {
          source: 'http://example.org/report.html',
          selector: { type: 'TextQuoteSelector', exact: 'report' },
        },
      ],
    };
    const page = { type: 'AnnotationPage', items: [w3cAnnotation, second] };
    const collection = { type: 'AnnotationCollection', label: 'Theirs', first: page };
    for (const value of [[w3cAnnotation, second], page, collection]) {
      const parsed = parseCollectionFile(JSON.stringify(value), 'w.json');
      expect(parsed.excerpts.map((e) => e.note)).toEqual(['Interesting.', 'Plain note']);
      expect(parsed.excerpts[1]?.quote).toEqual({
        type: 'TextQuoteSelector',
        exact: 'report',
        prefix: '',
        suffix: '',
      });
    }
    expect(parseCollectionFile(JSON.stringify(collection), 'w.json').name).toBe('Theirs');
  });

  it('keeps a note on a whole document as a document note, and skips other unquoted targets', () => {
    const pageNote = { ...w3cAnnotation, id: 'x:2', target: 'http://example.org/report.html' };
    const region = {
      ...w3cAnnotation,
      id: 'x:3',
      target: { source: 'http://example.org/map.png', selector: { type: 'FragmentSelector' } },
    };
    const parsed = parseCollectionFile(JSON.stringify([w3cAnnotation, pageNote, region]), 'w.json');
    expect(parsed.excerpts).toHaveLength(1);
    expect(parsed.documentNotes).toEqual([
      expect.objectContaining({
        externalId: 'x:2',
        docRef: { contentHash: null, uri: 'http://example.org/report.html', title: null },
        text: 'Interesting.',
        tags: ['Privacy'],
        creator: 'Ben',
      }),
    ]);
    expect(parsed.skipped).toEqual([{ path: '[2]', reason: 'no quoted text (TextQuoteSelector)' }]);
  });

  it('refuses a collection whose annotations are on a page not in the file', () => {
    const error = refusal({ type: 'AnnotationCollection', first: 'http://example.org/page1' });
    expect(error.message).toBe(
      'sample.json: first: the annotations are on a separate page that is not in this file; export them together',
    );
  });

  it('names bad selectors by their place, a single selector included', () => {
    const bad = {
      ...w3cAnnotation,
      target: { source: 's', selector: { type: 'TextQuoteSelector' } },
    };
    expect(refusal(bad).message).toBe(
      'sample.json: target.selector.exact: missing (expected text)',
    );
    const badList = {
      ...w3cAnnotation,
      id: 'http://example.org/anno/9',
      target: {
        source: 's',
        selector: [
          { type: 'TextPositionSelector', start: 0, end: 'x' },
          { type: 'TextQuoteSelector', exact: 'a' },
        ],
      },
    };
    expect(refusal([w3cAnnotation, badList]).message).toBe(
      'sample.json: [1].target.selector[0].end: expected a whole number',
    );
  });

  it('refuses duplicate ids', () => {
    expect(refusal([w3cAnnotation, w3cAnnotation]).message).toBe(
      'sample.json: [1].id: duplicate id "http://example.org/anno/1" (also at [0])',
    );
  });
});

const hypothesisRow = {
  id: 'Bb2gVHD5EeiTR0_8mTc8KQ',
  created: '2019-01-23T10:00:00.123456+00:00',
  updated: '2019-01-24T08:30:00.000000+00:00',
  user: 'acct:carla@hypothes.is',
  uri: 'https://example.org/report.pdf',
  text: 'Worth quoting. <a href="javascript:alert(1)">x</a>',
  tags: ['Privacy', 'surveillance'],
  group: '__world__',
  document: { title: ['Report on surveillance'] },
  target: [
    {
      source: 'https://example.org/report.pdf',
      selector: [
        {
          type: 'RangeSelector',
          startContainer: '/div[1]',
          startOffset: 0,
          endContainer: '/div[1]',
          endOffset: 20,
        },
        { type: 'TextPositionSelector', start: 100, end: 120 },
        {
          type: 'TextQuoteSelector',
          exact: 'mass surveillance',
          prefix: 'against ',
          suffix: ' programmes',
        },
      ],
    },
  ],
};

describe('parseCollectionFile: Hypothesis', () => {
  it('reads the client export object: tags as rights, text as note', () => {
    const exportFile = {
      export_date: '2024-01-01T00:00:00Z',
      export_userid: 'acct:carla@hypothes.is',
      client_version: '1.1',
      annotations: [hypothesisRow],
    };
    const parsed = parseCollectionFile(JSON.stringify(exportFile), 'hypothesis.json');
    expect(parsed.format).toBe('hypothesis');
    expect(parsed.excerpts[0]).toMatchObject({
      externalId: 'Bb2gVHD5EeiTR0_8mTc8KQ',
      docRef: {
        contentHash: null,
        uri: 'https://example.org/report.pdf',
        title: 'Report on surveillance',
      },
      quote: { exact: 'mass surveillance', prefix: 'against ', suffix: ' programmes' },
      position: { start: 100, end: 120 },
      rights: [
        { id: null, name: 'Privacy' },
        { id: null, name: 'surveillance' },
      ],
      note: 'Worth quoting. <a href="javascript:alert(1)">x</a>',
      creator: 'carla',
      created: '2019-01-23T10:00:00.123Z',
      modified: '2019-01-24T08:30:00.000Z',
    });
    expect(parsed.documents[0]?.title).toBe('Report on surveillance');
    expect(parsed.rights.map((r) => r.name)).toEqual(['Privacy', 'surveillance']);
  });

  it('reads a bare list: page notes as document notes, replies on the note they answer', () => {
    const pageNote = {
      ...hypothesisRow,
      id: 'n1',
      text: 'About the whole report.',
      target: [{ source: 'https://example.org/report.pdf' }],
    };
    const reply = {
      ...pageNote,
      id: 'r1',
      text: 'Agreed.',
      created: '2019-02-01T00:00:00+00:00',
      references: ['Bb2gVHD5EeiTR0_8mTc8KQ'],
    };
    const orphanReply = { ...reply, id: 'r2', references: ['elsewhere'] };
    const parsed = parseCollectionFile(
      JSON.stringify([hypothesisRow, pageNote, reply, orphanReply]),
      'h.json',
    );
    expect(parsed.excerpts).toHaveLength(1);
    expect(parsed.excerpts[0]?.note).toBe(
      'Worth quoting. <a href="javascript:alert(1)">x</a>\n\nReply from carla on 2019-02-01: Agreed.',
    );
    expect(parsed.documentNotes.map((n) => n.text)).toEqual(['About the whole report.']);
    expect(parsed.skipped).toEqual([
      { path: '[3]', reason: 'a reply to an annotation this file does not hold' },
    ]);
  });

  it('names the place of a bad selector list', () => {
    const bad = {
      ...hypothesisRow,
      target: [{ source: 's', selector: { type: 'TextQuoteSelector' } }],
    };
    const error = refusal({ annotations: [hypothesisRow, hypothesisRow, hypothesisRow, bad] });
    expect(error.message).toBe(
      'sample.json: annotations[1].id: duplicate id "Bb2gVHD5EeiTR0_8mTc8KQ" (also at annotations[0])',
    );
    const rows = [0, 1, 2].map((i) => ({ ...hypothesisRow, id: `id${i}` }));
    expect(refusal({ annotations: [...rows, { ...bad, id: 'id3' }] }).message).toBe(
      'sample.json: annotations[3].target[0].selector: expected a list of selectors',
    );
  });

  it('refuses wrong types in tags', () => {
    expect(refusal([{ ...hypothesisRow, tags: 'Privacy' }]).message).toBe(
      'sample.json: [0].tags: expected a list of tags',
    );
  });
});

describe('parseCollectionFile: anything else', () => {
  it.each([
    ['{"hello": "world"}'],
    ['[1, 2, 3]'],
    ['"just text"'],
    ['42'],
    ['null'],
    ['{"type": "Person"}'],
  ])('refuses %s as an unknown format', (text) => {
    const error = refusal(text);
    expect(error.code).toBe('unknown-format');
    expect(error.message).toBe(
      'sample.json: not a Rightsmark, W3C Web Annotation or Hypothesis file',
    );
  });

  it('refuses an empty list as holding no annotations', () => {
    expect(refusal('[]').message).toBe('sample.json: the file holds no annotations');
  });

  it('detects formats by shape', () => {
    expect(detectFormat(ours())).toBe('rightsmark');
    expect(detectFormat(w3cAnnotation)).toBe('w3c');
    expect(detectFormat({ annotations: [hypothesisRow] })).toBe('hypothesis');
    expect(detectFormat([hypothesisRow])).toBe('hypothesis');
    expect(detectFormat({ annotations: [{ foo: 1 }] })).toBeNull();
  });

  it('does not pollute prototypes through any reader', () => {
    const hostile = JSON.stringify(w3cAnnotation).replace(
      '"type":"Annotation"',
      '"type":"Annotation","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}',
    );
    const parsed = parseCollectionFile(hostile, 'h.json');
    expect(parsed.excerpts).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
