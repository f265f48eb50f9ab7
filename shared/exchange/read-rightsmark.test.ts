/**
 * How our own `.rightsmark.json` files are read, rule by rule: a newer format version is refused
 * before anything else, every list refuses a repeated id, a document's id and length must match
 * its hash and carried text, a position must lie inside its document, notes count only when the
 * file says it carries them, and each field lands where the merge looks for it. Each case edits
 * one small hand-written file.
 */
import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error';
import { MAX_LIST_LENGTH } from './limits';
import { readRightsmark } from './read-rightsmark';
import { readW3c } from './read-w3c';

const HASH = 'ab'.repeat(32);
const OTHER_HASH = 'cd'.repeat(32);
const ANNOTATION_ID = '00000000-0000-4000-8000-000000000001';
const NOTE_ID = '00000000-0000-4000-8000-000000000014';
const COLLECTION_ID = '00000000-0000-4000-8000-000000000009';

/** A small file of ours: one document with its text, one right, one excerpt, one document note. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edited freely by each case
function file(): any {
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld'],
    id: `urn:uuid:${COLLECTION_ID}`,
    type: 'AnnotationCollection',
    label: 'Expression',
    generator: { id: 'urn:rightsmark:app', name: 'Rightsmark 0.1.0' },
    first: {
      type: 'AnnotationPage',
      items: [
        {
          id: `urn:uuid:${ANNOTATION_ID}`,
          type: 'Annotation',
          created: '2024-05-01T09:00:00.000Z',
          modified: '2024-05-02T09:00:00.000Z',
          creator: { type: 'Person', name: 'Amina' },
          body: [
            {
              id: 'urn:rightsmark:right:right:expression',
              type: 'TextualBody',
              purpose: 'tagging',
              value: 'Freedom of expression',
            },
            { type: 'TextualBody', purpose: 'tagging', value: 'Untracked tag' },
            { type: 'TextualBody', purpose: 'commenting', value: 'Note one.' },
            { type: 'TextualBody', purpose: 'describing', value: 'Lead.' },
            { type: 'TextualBody', purpose: 'commenting', value: 'Note two.' },
            { type: 'TextualBody', purpose: 'describing', value: 'Key.' },
          ],
          target: {
            source: `urn:sha256:${HASH}`,
            selector: [
              { type: 'TextQuoteSelector', exact: 'beta', prefix: 'Alpha ', suffix: '.' },
              { type: 'TextPositionSelector', start: 6, end: 10 },
            ],
          },
        },
      ],
    },
    rightsmark: {
      format: 'rightsmark-collection',
      formatVersion: 1,
      positionUnit: 'utf16-code-unit',
      blockSeparator: '\n\n',
      exportedAt: '2024-06-01T12:00:00.000Z',
      includesNotes: true,
      includesSourceTexts: true,
      collection: { id: COLLECTION_ID, description: 'Two lines.' },
      rights: [
        {
          id: 'right:expression',
          name: 'Freedom of expression',
          description: 'Hold opinions.',
          legalBasis: 'ICCPR art. 19',
          color: '#e0a100',
        },
      ],
      documents: [
        {
          id: `urn:sha256:${HASH}`,
          contentHash: HASH,
          title: 'Report',
          publisher: 'Publisher',
          year: 2021,
          kind: 'report',
          language: 'en',
          sourceName: 'report.txt',
          textLength: 25,
          blocks: [
            { kind: 'paragraph', text: 'Alpha beta.' },
            { kind: 'paragraph', text: 'Gamma delta.' },
          ],
        },
      ],
      documentNotes: [
        {
          id: `urn:uuid:${NOTE_ID}`,
          type: 'Annotation',
          created: '2024-05-01T09:00:00.000Z',
          modified: '2024-05-03T09:00:00.000Z',
          creator: { type: 'Person', name: 'Ana' },
          body: [
            { type: 'TextualBody', purpose: 'commenting', value: 'Read with' },
            { type: 'TextualBody', purpose: 'tagging', value: 'to-check' },
            { type: 'TextualBody', purpose: 'commenting', value: 'the 2022 statement.' },
          ],
          target: `urn:sha256:${HASH}`,
        },
      ],
    },
  };
}

function read(json: unknown) {
  return readRightsmark(json, 'ours.json');
}

function refusal(json: unknown): ExchangeError {
  try {
    read(json);
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readRightsmark: the file as a whole', () => {
  it('reads the collection, its documents, rights, excerpt and document note', () => {
    const parsed = read(file());
    expect(parsed).toMatchObject({
      format: 'rightsmark',
      fileName: 'ours.json',
      collectionId: COLLECTION_ID,
      name: 'Expression',
      description: 'Two lines.',
      exportedAt: '2024-06-01T12:00:00.000Z',
      generator: 'Rightsmark 0.1.0',
      skipped: [],
    });
    expect(parsed).not.toHaveProperty('briefing');
    expect(parsed.documents).toEqual([
      {
        contentHash: HASH,
        uri: null,
        title: 'Report',
        publisher: 'Publisher',
        year: 2021,
        kind: 'report',
        language: 'en',
        sourceName: 'report.txt',
        textLength: 25,
        blocks: [
          { kind: 'paragraph', text: 'Alpha beta.' },
          { kind: 'paragraph', text: 'Gamma delta.' },
        ],
      },
    ]);
    expect(parsed.rights).toEqual([
      {
        id: 'right:expression',
        name: 'Freedom of expression',
        description: 'Hold opinions.',
        legalBasis: 'ICCPR art. 19',
        color: '#e0a100',
      },
    ]);
  });

  it('takes the collection id from the collection IRI when the extension leaves it empty', () => {
    const json = file();
    json.rightsmark.collection.id = '';
    expect(read(json).collectionId).toBe(COLLECTION_ID);
  });

  it('has no generator when the file names none', () => {
    const json = file();
    delete json.generator;
    expect(read(json).generator).toBeNull();
    json.generator = { id: 'urn:x' };
    expect(read(json).generator).toBeNull();
  });

  it('carries a briefing with only the fields the file gives', () => {
    const json = file();
    json.rightsmark.collection.briefing = { summary: 'In short.', reference: 'A/HRC/1' };
    const parsed = read(json);
    expect(parsed.briefing).toEqual({ summary: 'In short.', reference: 'A/HRC/1' });
    expect(Object.keys(parsed.briefing ?? {})).toEqual(['reference', 'summary']);
  });
});

describe('readRightsmark: format version', () => {
  it('refuses a newer version before checking anything else', () => {
    const json = { rightsmark: { format: 'rightsmark-collection', formatVersion: 2 } };
    const error = refusal(json);
    expect(error.code).toBe('unsupported-version');
    expect(error.path).toBe('rightsmark.formatVersion');
    expect(error.problem).toBe(
      'the file uses format version 2, newer than this Rightsmark reads (1); update Rightsmark to import it',
    );
  });

  it('checks a version that is not a number, or a file that is not an object, as any field', () => {
    const json = file();
    json.rightsmark.formatVersion = '2';
    expect(refusal(json)).toMatchObject({
      code: 'invalid',
      path: 'rightsmark.formatVersion',
      problem: 'expected a number, found text',
    });
    expect(refusal(null)).toMatchObject({ code: 'invalid', path: '' });
    expect(refusal({ rightsmark: null })).toMatchObject({ code: 'invalid' });
  });
});

describe('readRightsmark: documents', () => {
  it('refuses a document whose id is not the IRI of its content hash', () => {
    const json = file();
    json.rightsmark.documents[0].id = `urn:sha256:${OTHER_HASH}`;
    expect(refusal(json).message).toBe(
      `ours.json: rightsmark.documents[0].id: expected "urn:sha256:${HASH}"`,
    );
  });

  it('refuses the same document twice, naming where it was first', () => {
    const json = file();
    const second = { ...json.rightsmark.documents[0], id: `urn:sha256:${OTHER_HASH}` };
    second.contentHash = OTHER_HASH;
    json.rightsmark.documents.push(second, { ...json.rightsmark.documents[0] });
    expect(refusal(json).message).toBe(
      'ours.json: rightsmark.documents[2].contentHash: the same document is listed twice ' +
        '(also at rightsmark.documents[0])',
    );
  });

  it('counts the blank line between blocks, and none for a single block or none', () => {
    const json = file();
    json.rightsmark.documents[0].textLength = 23;
    expect(refusal(json).problem).toBe(
      '23 does not match the carried text, which is 25 characters long',
    );
    const single = file();
    single.rightsmark.documents[0].blocks = [
      { kind: 'paragraph', text: 'Alpha beta. Gamma delta.!' },
    ];
    expect(read(single).documents[0]?.textLength).toBe(25);
    const empty = file();
    empty.rightsmark.documents[0].blocks = [];
    empty.rightsmark.documents[0].textLength = 0;
    empty.first.items[0].target.selector.pop();
    expect(read(empty).documents[0]?.blocks).toEqual([]);
  });

  it('reads a document without its text as having no blocks, its length as given', () => {
    const json = file();
    delete json.rightsmark.documents[0].blocks;
    json.rightsmark.documents[0].textLength = 9999;
    expect(read(json).documents[0]).toMatchObject({ textLength: 9999, blocks: null });
  });
});

describe('readRightsmark: rights', () => {
  it('refuses a right listed twice by id', () => {
    const json = file();
    json.rightsmark.rights.push({ ...json.rightsmark.rights[0], name: 'Other' });
    expect(refusal(json).message).toBe(
      'ours.json: rightsmark.rights[1].id: duplicate id "right:expression" (also at rightsmark.rights[0])',
    );
  });

  it('names the limit a list of rights breaks, and the type it should have', () => {
    const json = file();
    json.rightsmark.rights = new Array(MAX_LIST_LENGTH + 1).fill(json.rightsmark.rights[0]);
    expect(refusal(json).message).toBe(
      `ours.json: rightsmark.rights: more than the limit of ${MAX_LIST_LENGTH} entries`,
    );
    json.rightsmark.rights = {};
    expect(refusal(json).message).toBe('ours.json: rightsmark.rights: expected a list of rights');
  });
});

describe('readRightsmark: excerpts', () => {
  it('reads the quote, position, rights, notes and comments where they belong', () => {
    const [excerpt] = read(file()).excerpts;
    expect(excerpt).toEqual({
      id: ANNOTATION_ID,
      externalId: `urn:uuid:${ANNOTATION_ID}`,
      docRef: { contentHash: HASH, uri: null, title: 'Report' },
      quote: { type: 'TextQuoteSelector', exact: 'beta', prefix: 'Alpha ', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 6, end: 10 },
      rights: [
        { id: 'right:expression', name: 'Freedom of expression' },
        { id: null, name: 'Untracked tag' },
      ],
      note: 'Note one.\n\nNote two.',
      comment: 'Lead.\n\nKey.',
      creator: 'Amina',
      created: '2024-05-01T09:00:00.000Z',
      modified: '2024-05-02T09:00:00.000Z',
    });
  });

  it('reads notes as left out (null) when the file says it carries none', () => {
    const json = file();
    json.rightsmark.includesNotes = false;
    const [excerpt] = read(json).excerpts;
    expect(excerpt?.note).toBeNull();
    expect(excerpt?.comment).toBe('Lead.\n\nKey.');
  });

  it('reads an excerpt without bodies, context, position or author as having none', () => {
    const json = file();
    const item = json.first.items[0];
    delete item.body;
    delete item.creator;
    item.target.selector = [{ type: 'TextQuoteSelector', exact: 'beta' }];
    expect(read(json).excerpts[0]).toMatchObject({
      quote: { type: 'TextQuoteSelector', exact: 'beta', prefix: '', suffix: '' },
      position: null,
      rights: [],
      note: '',
      comment: '',
      creator: null,
    });
  });

  it('finds the quote and position in either order', () => {
    const json = file();
    json.first.items[0].target.selector.reverse();
    expect(read(json).excerpts[0]).toMatchObject({
      quote: { exact: 'beta' },
      position: { start: 6, end: 10 },
    });
  });

  it('refuses a position past the end of a listed document, at the selector that says it', () => {
    const json = file();
    json.first.items[0].target.selector.reverse();
    json.first.items[0].target.selector[0] = { type: 'TextPositionSelector', start: 20, end: 26 };
    expect(refusal(json).message).toBe(
      "ours.json: first.items[0].target.selector[0].end: 26 is beyond the end of the document's " +
        'text (25 characters)',
    );
    const atEnd = file();
    atEnd.first.items[0].target.selector[1] = { type: 'TextPositionSelector', start: 20, end: 25 };
    expect(read(atEnd).excerpts[0]?.position).toEqual({
      type: 'TextPositionSelector',
      start: 20,
      end: 25,
    });
  });

  it('takes a position on a document the file does not list as it is', () => {
    const json = file();
    json.first.items[0].target.source = `urn:sha256:${OTHER_HASH}`;
    json.first.items[0].target.selector[1] = { type: 'TextPositionSelector', start: 0, end: 900 };
    const [excerpt] = read(json).excerpts;
    expect(excerpt?.docRef).toEqual({ contentHash: OTHER_HASH, uri: null, title: null });
    expect(excerpt?.position?.end).toBe(900);
  });

  it('names a document by its address when the target is not a content hash', () => {
    const json = file();
    json.first.items[0].target.source = 'https://example.org/report';
    json.first.items[0].target.selector.pop();
    expect(read(json).excerpts[0]?.docRef).toEqual({
      contentHash: null,
      uri: 'https://example.org/report',
      title: null,
    });
  });

  it('gives an excerpt with a foreign id a stable UUID of its own', () => {
    const json = file();
    json.first.items[0].id = 'https://example.org/anno/1';
    const [excerpt] = read(json).excerpts;
    expect(excerpt?.externalId).toBe('https://example.org/anno/1');
    expect(excerpt?.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(read(json).excerpts[0]?.id).toBe(excerpt?.id);
  });

  it('knows a foreign annotation that comes back in our file by the id it had as W3C', () => {
    const json = file();
    json.first.items[0].id = 'https://example.org/anno/1';
    json.rightsmark.documentNotes[0].id = 'https://example.org/anno/2';
    const ours = read(json);
    const theirs = readW3c(
      [
        { ...json.first.items[0], body: undefined },
        { ...json.rightsmark.documentNotes[0], bodyValue: 'x' },
      ],
      'theirs.json',
    );
    expect(ours.excerpts[0]?.id).toBe(theirs.excerpts[0]?.id);
    expect(ours.documentNotes[0]?.id).toBe(theirs.documentNotes[0]?.id);
    expect(ours.excerpts[0]?.id).not.toBe(ours.documentNotes[0]?.id);
  });

  it('refuses an excerpt id used twice, naming where it was first', () => {
    const json = file();
    const item = json.first.items[0];
    json.first.items.push({ ...item, id: 'urn:x:2' }, { ...item });
    expect(refusal(json).message).toBe(
      `ours.json: first.items[2].id: duplicate id "urn:uuid:${ANNOTATION_ID}" (also at first.items[0])`,
    );
  });
});

describe('readRightsmark: notes on whole documents', () => {
  it('reads a note with its text, tags, author, dates and the title of its document', () => {
    expect(read(file()).documentNotes).toEqual([
      {
        id: NOTE_ID,
        externalId: `urn:uuid:${NOTE_ID}`,
        docRef: { contentHash: HASH, uri: null, title: 'Report' },
        text: 'Read with\n\nthe 2022 statement.',
        tags: ['to-check'],
        creator: 'Ana',
        created: '2024-05-01T09:00:00.000Z',
        modified: '2024-05-03T09:00:00.000Z',
      },
    ]);
  });

  it('reads a note on an address or an unlisted document, and one without an author', () => {
    const json = file();
    const note = json.rightsmark.documentNotes[0];
    delete note.creator;
    json.rightsmark.documentNotes.push(
      { ...note, id: 'urn:x:2', target: 'https://example.org/page' },
      { ...note, id: 'urn:x:3', target: `urn:sha256:${OTHER_HASH}` },
    );
    const notes = read(json).documentNotes;
    expect(notes.map((n) => [n.docRef, n.creator])).toEqual([
      [{ contentHash: HASH, uri: null, title: 'Report' }, null],
      [{ contentHash: null, uri: 'https://example.org/page', title: null }, null],
      [{ contentHash: OTHER_HASH, uri: null, title: null }, null],
    ]);
    expect(notes[1]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-/);
    expect(notes[1]?.id).not.toBe(notes[2]?.id);
  });

  it('reads a file without document notes as having none', () => {
    const json = file();
    delete json.rightsmark.documentNotes;
    expect(read(json).documentNotes).toEqual([]);
  });

  it('refuses a document note id used twice', () => {
    const json = file();
    const note = json.rightsmark.documentNotes[0];
    json.rightsmark.documentNotes.push({ ...note, id: 'urn:x:2' }, { ...note });
    expect(refusal(json).message).toBe(
      `ours.json: rightsmark.documentNotes[2].id: duplicate id "urn:uuid:${NOTE_ID}" ` +
        '(also at rightsmark.documentNotes[0])',
    );
  });
});
