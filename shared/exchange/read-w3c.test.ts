/**
 * How plain W3C Web Annotation files are read, rule by rule: who wrote an annotation, which
 * bodies are rights, notes and comments, which annotations are notes on a whole document and
 * which are skipped, where each kind of document (one annotation, a list, a page, a collection)
 * keeps its annotations, and the ids and places that make an import repeatable and its errors
 * findable. Each case is the smallest file that shows its rule.
 */
import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error';
import { annotationIri, collectionIri, rightIri } from './iri';
import { MAX_EXCERPTS, MAX_LIST_LENGTH } from './limits';
import type { ParsedExchange } from './parsed-exchange';
import { readW3c, w3cTypes } from './read-w3c';

const SOURCE = 'http://example.org/report.html';
const HASH = 'ab'.repeat(32);
const OUR_ID = '00000000-0000-4000-8000-000000000001';

/** A quoted annotation on SOURCE; `extra` replaces or adds members. */
function annotation(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'http://example.org/anno/1',
    type: 'Annotation',
    target: { source: SOURCE, selector: [{ type: 'TextQuoteSelector', exact: 'privacy' }] },
    ...extra,
  };
}

function read(json: unknown): ParsedExchange {
  return readW3c(json, 'w.json');
}

function one(extra: Record<string, unknown>) {
  const parsed = read(annotation(extra));
  expect(parsed.excerpts).toHaveLength(1);
  return parsed.excerpts[0]!;
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

describe('w3cTypes', () => {
  it('reads a type given as a string or a list, keeping only the names', () => {
    expect(w3cTypes({ type: 'Annotation' })).toEqual(['Annotation']);
    expect(w3cTypes({ type: ['oa:Annotation', 7, 'Annotation'] })).toEqual([
      'oa:Annotation',
      'Annotation',
    ]);
    expect(w3cTypes({})).toEqual([]);
  });

  it('finds no type on anything but an object', () => {
    expect(w3cTypes(null)).toEqual([]);
    expect(w3cTypes('Annotation')).toEqual([]);
    expect(w3cTypes([{ type: 'Annotation' }])).toEqual([]);
    const list = Object.assign([], { type: 'Annotation' });
    expect(w3cTypes(list)).toEqual([]);
  });
});

describe('readW3c: the creator', () => {
  it('is a plain name as given, else the first of name, nickname and id', () => {
    expect(one({ creator: 'Amina' }).creator).toBe('Amina');
    expect(one({ creator: { name: 'Amina', nickname: 'ami', id: 'x:a' } }).creator).toBe('Amina');
    expect(one({ creator: { nickname: 'ami', id: 'x:a' } }).creator).toBe('ami');
    expect(one({ creator: { id: 'x:a' } }).creator).toBe('x:a');
  });

  it('is the first agent in a list that has a name of any kind, else nobody', () => {
    expect(one({ creator: [{ type: 'Person' }, { nickname: 'ben' }, 'Carla'] }).creator).toBe(
      'ben',
    );
    expect(one({ creator: [{ type: 'Person' }] }).creator).toBeNull();
    expect(one({}).creator).toBeNull();
  });
});

describe('readW3c: bodies', () => {
  it('makes tagging bodies rights, describing bodies the comment, all other text the note', () => {
    const excerpt = one({
      bodyValue: 'First.',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Privacy' },
        { type: 'TextualBody', purpose: ['describing'], value: 'Lead.' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Second.' },
        { type: 'TextualBody', purpose: 'replying', value: 'Third.' },
        { type: 'TextualBody', value: 'Fourth.' },
        { type: 'TextualBody', purpose: 'describing', value: 'Key.' },
      ],
    });
    expect(excerpt.rights).toEqual([{ id: null, name: 'Privacy' }]);
    expect(excerpt.comment).toBe('Lead.\n\nKey.');
    expect(excerpt.note).toBe('First.\n\nSecond.\n\nThird.\n\nFourth.');
  });

  it('finds a purpose anywhere in a list of purposes', () => {
    const excerpt = one({
      body: { type: 'TextualBody', purpose: ['commenting', 'tagging'], value: 'Privacy' },
    });
    expect(excerpt.rights).toEqual([{ id: null, name: 'Privacy' }]);
    expect(excerpt.note).toBe('');
  });

  it('keeps the right id of a body named by our right IRI, and no id for any other IRI', () => {
    const excerpt = one({
      body: [
        { purpose: 'tagging', value: 'Privacy', id: rightIri('right:privacy') },
        { purpose: 'tagging', value: 'Theirs', id: 'http://example.org/tags/theirs' },
      ],
    });
    expect(excerpt.rights).toEqual([
      { id: 'right:privacy', name: 'Privacy' },
      { id: null, name: 'Theirs' },
    ]);
  });

  it('ignores bodies that are only links and carry no text', () => {
    const excerpt = one({
      body: [
        'http://example.org/tag/x',
        { type: 'SpecificResource', source: 'http://example.org/tag/y', purpose: 'tagging' },
        { type: 'SpecificResource', source: 'http://example.org/z' },
      ],
    });
    expect(excerpt.rights).toEqual([]);
    expect(excerpt.note).toBe('');
    expect(excerpt.comment).toBe('');
  });
});

describe('readW3c: limits', () => {
  it('names the broken limit of a list, not the type it already has', () => {
    const bodies = new Array(MAX_LIST_LENGTH + 1).fill('tag');
    expect(refusal(annotation({ body: bodies })).message).toBe(
      `w.json: body: more than the limit of ${MAX_LIST_LENGTH} entries`,
    );
    expect(refusal(annotation({ body: 3 })).message).toBe(
      'w.json: body: expected a body or a list of them',
    );
    const page = { type: 'AnnotationPage', items: new Array(MAX_EXCERPTS + 1).fill(0) };
    expect(refusal(page).message).toBe(
      `w.json: items: more than the limit of ${MAX_EXCERPTS} entries`,
    );
    expect(refusal({ type: 'AnnotationPage', items: {} }).message).toBe(
      'w.json: items: expected a list of annotations',
    );
  });
});

describe('readW3c: dates', () => {
  it('normalises dates to ISO 8601 and takes the creation date when none says modified', () => {
    expect(one({ created: '2023-02-01T10:00:00+01:00' })).toMatchObject({
      created: '2023-02-01T09:00:00.000Z',
      modified: '2023-02-01T09:00:00.000Z',
    });
    expect(
      one({ created: '2023-02-01T10:00:00Z', modified: '2023-03-01T10:00:00Z' }),
    ).toMatchObject({ created: '2023-02-01T10:00:00.000Z', modified: '2023-03-01T10:00:00.000Z' });
    expect(one({})).toMatchObject({ created: null, modified: null });
  });
});

describe('readW3c: targets and selectors', () => {
  it('takes the first target that quotes text, and its source, skipping bare IRIs', () => {
    const excerpt = one({
      target: [
        'http://example.org/elsewhere',
        { source: 'http://example.org/image.png', selector: { type: 'FragmentSelector' } },
        {
          source: SOURCE,
          selector: [
            { type: 'TextPositionSelector', start: 3, end: 10 },
            { type: 'TextQuoteSelector', exact: 'privacy', prefix: 'to ', suffix: '.' },
          ],
        },
        { source: 'http://example.org/later', selector: { type: 'TextQuoteSelector', exact: 'x' } },
      ],
    });
    expect(excerpt.docRef).toEqual({ contentHash: null, uri: SOURCE, title: null });
    expect(excerpt.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'privacy',
      prefix: 'to ',
      suffix: '.',
    });
    expect(excerpt.position).toEqual({ type: 'TextPositionSelector', start: 3, end: 10 });
  });

  it('names a target by its id when it has no source, and by its hash when it is ours', () => {
    const quote = { type: 'TextQuoteSelector', exact: 'privacy' };
    expect(one({ target: { id: SOURCE, selector: quote } }).docRef.uri).toBe(SOURCE);
    expect(one({ target: { source: `urn:sha256:${HASH}`, selector: quote } }).docRef).toEqual({
      contentHash: HASH,
      uri: null,
      title: null,
    });
    expect(one({ target: { selector: quote } }).docRef).toEqual({
      contentHash: null,
      uri: null,
      title: null,
    });
  });

  it('lists each document once, by hash or address, and none for a target without either', () => {
    const parsed = read([
      annotation({ id: 'a:1' }),
      annotation({ id: 'a:2' }),
      annotation({
        id: 'a:3',
        target: {
          source: `urn:sha256:${HASH}`,
          selector: [{ type: 'TextQuoteSelector', exact: 'x' }],
        },
      }),
      annotation({ id: 'a:4', target: { selector: [{ type: 'TextQuoteSelector', exact: 'x' }] } }),
    ]);
    expect(parsed.excerpts).toHaveLength(4);
    expect(parsed.documents.map((d) => [d.contentHash, d.uri])).toEqual([
      [null, SOURCE],
      [HASH, null],
    ]);
    expect(parsed.documents[0]).toEqual({
      contentHash: null,
      uri: SOURCE,
      title: null,
      publisher: null,
      year: null,
      kind: null,
      language: null,
      sourceName: null,
      textLength: null,
      blocks: null,
    });
  });

  it('names a bad selector by its place: in a list of targets, in a list, or on its own', () => {
    const bad = { type: 'TextPositionSelector', start: 0, end: 'x' };
    const quote = { type: 'TextQuoteSelector', exact: 'a' };
    expect(
      refusal(annotation({ target: ['http://example.org/x', { selector: [quote, bad] }] })).message,
    ).toBe('w.json: target[1].selector[1].end: expected a whole number');
    expect(refusal([annotation({ target: { selector: [quote, bad] } })]).message).toBe(
      'w.json: [0].target.selector[1].end: expected a whole number',
    );
    expect(
      refusal({
        type: 'AnnotationPage',
        items: [annotation({ target: { selector: { type: 'TextQuoteSelector', exact: 3 } } })],
      }).message,
    ).toBe('w.json: items[0].target.selector.exact: expected text, found number');
  });
});

describe('readW3c: notes on a whole document', () => {
  const note = (target: unknown, extra: Record<string, unknown> = {}) =>
    annotation({ id: 'n:1', bodyValue: 'About all of it.', target, ...extra });

  it('reads a note whose target is the document, by address, source or id', () => {
    for (const target of [SOURCE, { source: SOURCE }, { id: SOURCE }, [SOURCE, 'http://x.org/2']]) {
      const parsed = read(note(target));
      expect(parsed.excerpts).toEqual([]);
      expect(parsed.documentNotes.map((n) => [n.docRef.uri, n.text])).toEqual([
        [SOURCE, 'About all of it.'],
      ]);
      expect(parsed.documents.map((d) => d.uri)).toEqual([SOURCE]);
    }
  });

  it('keeps the note with its tags, author and dates, and a document named by its hash', () => {
    const parsed = read(
      note(`urn:sha256:${HASH}`, {
        body: { purpose: 'tagging', value: 'to-check' },
        creator: { nickname: 'ben' },
        created: '2024-01-01T00:00:00Z',
      }),
    );
    expect(parsed.documentNotes).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        externalId: 'n:1',
        docRef: { contentHash: HASH, uri: null, title: null },
        text: 'About all of it.',
        tags: ['to-check'],
        creator: 'ben',
        created: '2024-01-01T00:00:00.000Z',
        modified: '2024-01-01T00:00:00.000Z',
      },
    ]);
    expect(parsed.documents.map((d) => [d.contentHash, d.uri])).toEqual([[HASH, null]]);
  });

  it('skips an annotation with no quote that is not a note on a document, saying why', () => {
    const skipped = [
      note({ source: SOURCE, selector: { type: 'FragmentSelector', value: 'xywh=0,0,9,9' } }),
      note(SOURCE, { id: 'n:2', bodyValue: '   ' }),
      note({ type: 'SpecificResource' }, { id: 'n:3' }),
      note([], { id: 'n:4' }),
    ];
    const parsed = read(skipped);
    expect(parsed.documentNotes).toEqual([]);
    expect(parsed.documents).toEqual([]);
    expect(parsed.skipped).toEqual(
      ['[0]', '[1]', '[2]', '[3]'].map((path) => ({
        path,
        reason: 'no quoted text (TextQuoteSelector)',
      })),
    );
  });

  it('gives notes without an id an id of their own, the same on every import', () => {
    const first = note(SOURCE, { id: undefined });
    const second = note('http://example.org/other', { id: undefined });
    const parsed = read([first, second]);
    const ids = parsed.documentNotes.map((n) => n.id);
    expect(new Set(ids).size).toBe(2);
    expect(read([first, second]).documentNotes.map((n) => n.id)).toEqual(ids);
    expect(parsed.documentNotes.map((n) => n.externalId)).toEqual(['', '']);
    // A note with an id is known by it, whatever its text.
    const a = read(note(SOURCE)).documentNotes[0]!;
    const b = read(note(SOURCE, { bodyValue: 'Edited.' })).documentNotes[0]!;
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(ids[0]);
  });
});

describe('readW3c: ids', () => {
  it('gives our own annotations their ids back and foreign ones a stable UUID', () => {
    expect(one({ id: annotationIri(OUR_ID) }).id).toBe(OUR_ID);
    const foreign = one({ id: 'http://example.org/anno/7' }).id;
    expect(foreign).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(one({ id: 'http://example.org/anno/7' }).id).toBe(foreign);
    expect(one({ id: 'http://example.org/anno/8' }).id).not.toBe(foreign);
  });

  it('derives the id of an annotation without one from its source, quote and position', () => {
    const at = (start: number, exact = 'privacy', source = SOURCE) =>
      annotation({
        id: undefined,
        target: {
          source,
          selector: [
            { type: 'TextQuoteSelector', exact },
            { type: 'TextPositionSelector', start, end: start + exact.length },
          ],
        },
      });
    // Every position counts, the start of the text included.
    const parsed = read([
      at(0),
      at(10),
      at(40),
      at(10, 'secrecy'),
      at(10, 'privacy', 'http://x.org/2'),
    ]);
    const ids = parsed.excerpts.map((e) => e.id);
    expect(new Set(ids).size).toBe(5);
    expect(parsed.excerpts.map((e) => e.externalId)).toEqual(['', '', '', '', '']);
    expect(read([at(0), at(10), at(40)]).excerpts.map((e) => e.id)).toEqual(ids.slice(0, 3));
  });

  it('derives the same id in every version: the library keeps it to know the excerpt again', () => {
    // Fixed values: a change here makes every earlier import of such a file look new.
    const bare = annotation({
      id: undefined,
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'x' }] },
    });
    expect(read(bare).excerpts[0]!.id).toBe('eb861b70-6500-838d-8e4c-7c77c45659fb');
    const pageNote = { type: 'Annotation', target: 'http://example.org/a', bodyValue: 'Note.' };
    expect(read(pageNote).documentNotes[0]!.id).toBe('fbe6029f-a2b4-831b-8f33-41378992c0a5');
  });

  it('refuses an id used twice, but lets any number of annotations have none', () => {
    expect(refusal({ type: 'AnnotationPage', items: [annotation(), annotation()] }).message).toBe(
      'w.json: items[1].id: duplicate id "http://example.org/anno/1" (also at items[0])',
    );
    const anonymous = annotation({ id: undefined });
    expect(read([anonymous, anonymous]).excerpts).toHaveLength(2);
  });
});

describe('readW3c: where the annotations are', () => {
  it('reads a page and skips what on it is not an annotation, naming the place', () => {
    const parsed = read({
      type: 'AnnotationPage',
      items: [annotation(), { type: 'Highlight', target: SOURCE }, annotation({ id: 'a:2' })],
    });
    expect(parsed.excerpts.map((e) => e.externalId)).toEqual(['http://example.org/anno/1', 'a:2']);
    expect(parsed.skipped).toEqual([{ path: 'items[1]', reason: 'not an Annotation' }]);
    // A page is no collection of ours: no id, name or description to take over.
    expect(parsed).toMatchObject({
      collectionId: null,
      name: null,
      description: '',
      format: 'w3c',
    });
  });

  it('reads a page or a collection with nothing in it as holding no annotations', () => {
    expect(read({ type: 'AnnotationPage' }).excerpts).toEqual([]);
    const empty = read({ type: 'AnnotationCollection', id: 'http://example.org/c', label: 'C' });
    expect(empty).toMatchObject({ excerpts: [], name: 'C', collectionId: 'http://example.org/c' });
    expect(
      read({ type: 'AnnotationCollection', first: { type: 'AnnotationPage' } }).excerpts,
    ).toEqual([]);
  });

  it('names a collection by its first label, and knows our collections by their id', () => {
    const collection = (id: string | undefined, label: unknown) =>
      read({
        type: 'AnnotationCollection',
        id,
        label,
        first: { type: 'AnnotationPage', items: [annotation()] },
      });
    const ours = collection(collectionIri(OUR_ID), ['Expression', 'Second label']);
    expect(ours).toMatchObject({ name: 'Expression', collectionId: OUR_ID });
    expect(ours.excerpts).toHaveLength(1);
    expect(collection(undefined, undefined)).toMatchObject({ name: null, collectionId: null });
    expect(collection('http://example.org/c/9', 'Theirs')).toMatchObject({
      name: 'Theirs',
      collectionId: 'http://example.org/c/9',
    });
  });

  it('names the place of a bad annotation inside a collection page', () => {
    const bad = { type: 'Annotation', target: SOURCE, created: 'yesterday' };
    const error = refusal({
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [annotation(), bad] },
    });
    expect(error.path).toMatch(/^first\.items\[1\]\.created$/);
  });

  it('refuses a page or collection whose members have the wrong type', () => {
    expect(refusal({ type: 'AnnotationPage', items: 'none' }).message).toBe(
      'w.json: items: expected a list of annotations',
    );
    expect(refusal({ type: 'AnnotationCollection', label: 5 }).path).toBe('label');
  });
});
