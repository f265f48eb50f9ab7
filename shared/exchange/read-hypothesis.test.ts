/**
 * Hypothesis files in all three shapes people have (the API's search response, the client's
 * export, a bare list) read the same: excerpts with their tags, replies kept on the note they
 * answer with their author, page notes kept as notes on their document. Fixture:
 * e2e/fixtures/hypothesis-search-response.json (7 rows: 3 excerpts, 3 replies, 1 page note),
 * shaped like GET https://api.hypothes.is/api/search output; add rows there to cover new cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error';
import { MAX_EXCERPTS } from './limits';
import { hypothesisShape, parseCollectionFile } from './parse-collection-file';
import { readHypothesis } from './read-hypothesis';

const text = readFileSync(
  new URL('../../e2e/fixtures/hypothesis-search-response.json', import.meta.url),
  'utf8',
);
const search = JSON.parse(text) as { total: number; rows: unknown[] };

describe('Hypothesis search responses', () => {
  it('recognises `{ total, rows }` as Hypothesis, and only with Hypothesis rows', () => {
    expect(hypothesisShape(search)).toBe('search');
    expect(hypothesisShape({ total: 0, rows: [] })).toBe('search');
    expect(hypothesisShape({ total: 1, rows: [{ name: 'not an annotation' }] })).toBeNull();
    expect(hypothesisShape({ rows: search.rows })).toBeNull();
  });

  it('reads every row: 3 excerpts, 1 page note, 3 replies folded into their threads', () => {
    const parsed = parseCollectionFile(text, 'search.json');
    expect(search.total).toBe(7);
    expect(parsed.format).toBe('hypothesis');
    expect(parsed.excerpts).toHaveLength(3);
    expect(parsed.documentNotes).toHaveLength(1);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]?.title).toBe(
      'Freedom Online Coalition Stresses the Need to Promote, Protect Human Rights Online',
    );
  });

  it('keeps a thread of replies on its excerpt, oldest first, each with its author', () => {
    const [first] = parseCollectionFile(text, 'search.json').excerpts;
    expect(first?.note).toBe(
      [
        'Accountability language we can reuse in the ITU brief.',
        'Reply from Jonas Keller on 2024-03-02: Agreed; the ITU paragraph is the strongest.',
        'Reply from Amina Diallo on 2024-03-03: Then let us lead with it.',
      ].join('\n\n'),
    );
    expect(first?.creator).toBe('Amina Diallo');
    expect(first?.rights.map((r) => r.name)).toEqual(['FoE', 'transparency']);
  });

  it('keeps a page note on its document, with its reply, never as an excerpt', () => {
    const parsed = parseCollectionFile(text, 'search.json');
    expect(parsed.documentNotes[0]).toMatchObject({
      externalId: 'h7Xk2P1aEe-AbCdEfGh006',
      docRef: {
        contentHash: null,
        uri: 'https://freedomonlinecoalition.com/news/foc-stresses-need-to-promote-protect-human-rights-online/',
      },
      text:
        'Short news item; cite the FOC statement itself where possible.\n\n' +
        'Reply from Jonas Keller on 2024-03-02: The statement is on the FOC site, dated 2022.',
      tags: ['to-check'],
      creator: 'Amina Diallo',
      created: '2024-03-01T09:00:00.000Z',
    });
    expect(parsed.excerpts.map((e) => e.externalId)).not.toContain('h7Xk2P1aEe-AbCdEfGh006');
  });

  it('reads the same rows the same way as a client export and as a bare list', () => {
    const fromSearch = parseCollectionFile(text, 'a.json');
    const fromExport = parseCollectionFile(
      JSON.stringify({ export_date: '2024-03-04T00:00:00Z', annotations: search.rows }),
      'a.json',
    );
    const fromList = parseCollectionFile(JSON.stringify(search.rows), 'a.json');
    expect(fromExport).toEqual(fromSearch);
    expect(fromList).toEqual(fromSearch);
  });

  it('names the place of a bad row inside `rows`', () => {
    const bad = { total: 1, rows: [{ ...(search.rows[0] as object), tags: 'FoE' }] };
    expect(() => parseCollectionFile(JSON.stringify(bad), 'bad.json')).toThrow(
      'bad.json: rows[0].tags: expected a list of tags',
    );
  });
});

const PAGE = 'https://example.org/report';

/** A quoted Hypothesis row on PAGE; `extra` replaces or adds members. */
function row(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    uri: PAGE,
    target: [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: `quote ${id}` }] }],
    ...extra,
  };
}

/** A page note on PAGE (a row whose target quotes nothing). */
function pageNote(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return row(id, { target: [{ source: PAGE }], text: `note ${id}`, ...extra });
}

function refusal(read: () => unknown): ExchangeError {
  try {
    read();
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readHypothesis: the rows of each shape', () => {
  it('reads the list where each shape keeps it, and names places in it', () => {
    const rows = [row('a'), row('a')];
    expect(refusal(() => readHypothesis(rows, 'h.json', 'list')).message).toBe(
      'h.json: [1].id: duplicate id "a" (also at [0])',
    );
    expect(refusal(() => readHypothesis({ annotations: rows }, 'h.json', 'export')).message).toBe(
      'h.json: annotations[1].id: duplicate id "a" (also at annotations[0])',
    );
    expect(refusal(() => readHypothesis({ total: 2, rows }, 'h.json', 'search')).message).toBe(
      'h.json: rows[1].id: duplicate id "a" (also at rows[0])',
    );
    expect(refusal(() => readHypothesis({ rows: 'x' }, 'h.json', 'search')).message).toBe(
      'h.json: rows: expected a list of annotations',
    );
  });

  it('refuses more than MAX_EXCERPTS rows, at the list itself in every shape', () => {
    // The rows are checked one by one only after the list passes, so any value fills it.
    const tooMany = new Array<number>(MAX_EXCERPTS + 1).fill(0);
    const problem = `more than the limit of ${MAX_EXCERPTS} entries`;
    expect(refusal(() => readHypothesis(tooMany, 'h.json', 'list')).message).toBe(
      `h.json: ${problem}`,
    );
    expect(
      refusal(() => readHypothesis({ annotations: tooMany }, 'h.json', 'export')).message,
    ).toBe(`h.json: annotations: ${problem}`);
    expect(
      refusal(() => readHypothesis({ total: tooMany.length, rows: tooMany }, 'h.json', 'search'))
        .message,
    ).toBe(`h.json: rows: ${problem}`);
  });

  it('is not a collection: no id, name or description of its own', () => {
    const parsed = readHypothesis([row('a')], 'h.json', 'list');
    expect(parsed).toMatchObject({
      format: 'hypothesis',
      fileName: 'h.json',
      collectionId: null,
      name: null,
      description: '',
      rights: [],
      exportedAt: null,
      generator: null,
    });
  });
});

describe('readHypothesis: an excerpt', () => {
  it('takes its document from the quoting target, else from the row', () => {
    const elsewhere = 'https://example.org/other';
    const fromTarget = readHypothesis(
      [
        row('a', {
          target: [
            { source: elsewhere },
            { source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'x' }] },
          ],
          uri: elsewhere,
        }),
      ],
      'h.json',
      'list',
    );
    expect(fromTarget.excerpts[0]?.docRef.uri).toBe(PAGE);
    const fromRow = readHypothesis(
      [row('b', { target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] })],
      'h.json',
      'list',
    );
    expect(fromRow.excerpts[0]?.docRef.uri).toBe(PAGE);
    const nowhere = readHypothesis(
      [
        row('c', {
          uri: undefined,
          target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }],
        }),
      ],
      'h.json',
      'list',
    );
    expect(nowhere.excerpts[0]?.docRef).toEqual({ contentHash: null, uri: null, title: null });
    expect(nowhere.documents).toEqual([]);
  });

  it('has no rights, note or dates when the row gives none, and its id is the same every time', () => {
    const [excerpt] = readHypothesis([row('a')], 'h.json', 'list').excerpts;
    expect(excerpt).toMatchObject({
      externalId: 'a',
      rights: [],
      note: '',
      comment: '',
      creator: null,
      created: null,
      modified: null,
      position: null,
    });
    expect(readHypothesis([row('a')], 'x.json', 'list').excerpts[0]?.id).toBe(excerpt?.id);
    expect(readHypothesis([row('b')], 'x.json', 'list').excerpts[0]?.id).not.toBe(excerpt?.id);
  });

  it('is modified when updated, else when created', () => {
    const created = '2024-01-01T10:00:00+00:00';
    const [a, b] = readHypothesis(
      [row('a', { created }), row('b', { created, updated: '2024-02-01T10:00:00.5+01:00' })],
      'h.json',
      'list',
    ).excerpts;
    expect(a).toMatchObject({
      created: '2024-01-01T10:00:00.000Z',
      modified: '2024-01-01T10:00:00.000Z',
    });
    expect(b?.modified).toBe('2024-02-01T09:00:00.500Z');
  });
});

describe('readHypothesis: selectors', () => {
  it('names a bad quote by its target and place among the selectors', () => {
    const bad = row('a', {
      target: [
        { source: PAGE, selector: [{ type: 'RangeSelector' }] },
        {
          source: PAGE,
          selector: [
            { type: 'RangeSelector' },
            { type: 'TextPositionSelector', start: 1, end: 2 },
            { type: 'TextQuoteSelector', prefix: 'x' },
          ],
        },
      ],
    });
    expect(
      refusal(() => readHypothesis({ total: 1, rows: [bad] }, 'h.json', 'search')).message,
    ).toBe('h.json: rows[0].target[1].selector[2].exact: missing (expected text)');
  });

  it('takes the quote and position of the first target that quotes text', () => {
    const [excerpt] = readHypothesis(
      [
        row('a', {
          target: [
            { source: PAGE, selector: [{ type: 'TextPositionSelector', start: 1, end: 2 }] },
            {
              source: PAGE,
              selector: [
                { type: 'TextQuoteSelector', exact: 'second' },
                { type: 'TextPositionSelector', start: 5, end: 11 },
              ],
            },
            { source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'third' }] },
          ],
        }),
      ],
      'h.json',
      'list',
    ).excerpts;
    expect(excerpt?.quote.exact).toBe('second');
    expect(excerpt?.position).toEqual({ type: 'TextPositionSelector', start: 5, end: 11 });
  });
});

describe('readHypothesis: who wrote it', () => {
  const author = (extra: Record<string, unknown>) =>
    readHypothesis([row('a', extra)], 'h.json', 'list').excerpts[0]?.creator;

  it('is the display name, else the account name, else the user as written', () => {
    expect(
      author({ user: 'acct:carla@hypothes.is', user_info: { display_name: 'Carla M.' } }),
    ).toBe('Carla M.');
    expect(author({ user: 'acct:carla@hypothes.is', user_info: { display_name: '' } })).toBe(
      'carla',
    );
    expect(author({ user: 'acct:carla@hypothes.is', user_info: { display_name: null } })).toBe(
      'carla',
    );
    expect(author({ user: 'acct:carla@hypothes.is', user_info: null })).toBe('carla');
    expect(author({ user: 'carla' })).toBe('carla');
    expect(author({ user: 'xacct:carla@h' })).toBe('xacct:carla@h');
    expect(author({ user: 'acct:carla' })).toBe('acct:carla');
    expect(author({ user: 'acct:@hypothes.is' })).toBe('acct:@hypothes.is');
    expect(author({ user_info: { display_name: 'Carla M.' } })).toBe('Carla M.');
    expect(author({})).toBeNull();
  });
});

describe('readHypothesis: documents', () => {
  const titles = (...rows: Record<string, unknown>[]) =>
    readHypothesis(rows, 'h.json', 'list').documents.map((d) => [d.uri, d.title]);

  it('lists each page once, titled by the first row that gives a title', () => {
    expect(
      titles(
        row('a'),
        row('b', { document: { title: ['First title', 'Second'] } }),
        row('c', { document: { title: 'Later title' } }),
        row('d'),
      ),
    ).toEqual([[PAGE, 'First title']]);
    expect(titles(row('a', { document: { title: 'Plain' } }))).toEqual([[PAGE, 'Plain']]);
    expect(titles(row('a', { document: { title: [] } }), row('b', { document: null }))).toEqual([
      [PAGE, null],
    ]);
  });

  it('describes a page by its address and title only', () => {
    const [document] = readHypothesis(
      [row('a', { document: { title: 'T' } })],
      'h.json',
      'list',
    ).documents;
    expect(document).toEqual({
      contentHash: null,
      uri: PAGE,
      title: 'T',
      publisher: null,
      year: null,
      kind: null,
      language: null,
      sourceName: null,
      textLength: null,
      blocks: null,
    });
  });

  it('titles the excerpts and page notes of a page by their own row', () => {
    const parsed = readHypothesis(
      [row('a', { document: { title: 'T' } }), pageNote('n')],
      'h.json',
      'list',
    );
    expect(parsed.excerpts[0]?.docRef.title).toBe('T');
    expect(parsed.documentNotes[0]?.docRef).toEqual({ contentHash: null, uri: PAGE, title: null });
  });
});

describe('readHypothesis: page notes', () => {
  it('keeps a page note with its text, tags, author and dates on the page it is about', () => {
    const parsed = readHypothesis(
      [
        pageNote('n', {
          tags: ['to-check'],
          user: 'acct:ben@hypothes.is',
          created: '2024-01-01T00:00:00Z',
          updated: '2024-01-02T00:00:00Z',
        }),
      ],
      'h.json',
      'list',
    );
    expect(parsed.excerpts).toEqual([]);
    expect(parsed.documentNotes).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        externalId: 'n',
        docRef: { contentHash: null, uri: PAGE, title: null },
        text: 'note n',
        tags: ['to-check'],
        creator: 'ben',
        created: '2024-01-01T00:00:00.000Z',
        modified: '2024-01-02T00:00:00.000Z',
      },
    ]);
    expect(parsed.documents.map((d) => d.uri)).toEqual([PAGE]);
  });

  it('gives each page note an id of its own, the same on every import', () => {
    const ids = readHypothesis([pageNote('n'), pageNote('m')], 'h.json', 'list').documentNotes.map(
      (n) => n.id,
    );
    expect(new Set(ids).size).toBe(2);
    expect(readHypothesis([pageNote('m')], 'x.json', 'list').documentNotes[0]?.id).toBe(ids[1]);
  });

  it('finds the page in the first target that names one, else in the row', () => {
    const other = 'https://example.org/other';
    const uriOf = (extra: Record<string, unknown>) =>
      readHypothesis([pageNote('n', extra)], 'h.json', 'list').documentNotes[0]?.docRef.uri;
    expect(uriOf({ target: [{}, { source: other }, { source: PAGE }] })).toBe(other);
    expect(uriOf({ target: [{ source: '' }], uri: other })).toBe(other);
    expect(uriOf({ target: [] })).toBe(PAGE);
  });

  it('has no text or tags when the row gives none, and no page note without a page', () => {
    const parsed = readHypothesis(
      [pageNote('n', { text: undefined }), pageNote('m', { target: [{}], uri: undefined })],
      'h.json',
      'list',
    );
    expect(parsed.documentNotes.map((n) => [n.text, n.tags, n.modified])).toEqual([['', [], null]]);
    expect(parsed.skipped).toEqual([{ path: '[1]', reason: 'a page note on no page (no uri)' }]);
  });
});

describe('readHypothesis: replies', () => {
  const reply = (id: string, references: string[], text: string, created: string) =>
    pageNote(id, { references, text, created, user: `acct:${id}@hypothes.is` });

  it('joins a reply to the first annotation of its thread that the file holds', () => {
    const parsed = readHypothesis(
      [
        row('top', { text: 'Top.' }),
        reply('r1', ['top'], 'One.', '2024-01-02T00:00:00Z'),
        reply('r2', ['gone', 'top', 'r1'], 'Two.', '2024-01-03T00:00:00Z'),
        reply('r3', ['gone', 'r1'], 'Lost.', '2024-01-04T00:00:00Z'),
      ],
      'h.json',
      'list',
    );
    expect(parsed.excerpts.map((e) => e.note)).toEqual([
      'Top.\n\nReply from r1 on 2024-01-02: One.\n\nReply from r2 on 2024-01-03: Two.',
    ]);
    expect(parsed.documentNotes).toEqual([]);
    expect(parsed.skipped).toEqual([
      { path: '[3]', reason: 'a reply to an annotation this file does not hold' },
    ]);
  });

  it('joins replies to a page note too, and a reply may come before what it answers', () => {
    const parsed = readHypothesis(
      {
        total: 3,
        rows: [
          reply('r1', ['n'], 'Seen.', '2024-01-02T00:00:00Z'),
          pageNote('n', { text: 'Page.' }),
          row('e', { text: 'Quote.' }),
        ],
      },
      'h.json',
      'search',
    );
    expect(parsed.documentNotes.map((n) => n.text)).toEqual([
      'Page.\n\nReply from r1 on 2024-01-02: Seen.',
    ]);
    expect(parsed.excerpts.map((e) => e.note)).toEqual(['Quote.']);
  });

  it('reads an empty list of references as no reply, and a reply without text as nothing', () => {
    const parsed = readHypothesis(
      [row('a', { references: [] }), pageNote('r', { references: ['a'], text: undefined })],
      'h.json',
      'list',
    );
    expect(parsed.excerpts.map((e) => [e.externalId, e.note])).toEqual([['a', '']]);
    expect(parsed.documentNotes).toEqual([]);
  });

  it('refuses a reply that reuses an id', () => {
    expect(
      refusal(() =>
        readHypothesis(
          [row('a'), reply('a', ['a'], 'x', '2024-01-01T00:00:00Z')],
          'h.json',
          'list',
        ),
      ).message,
    ).toBe('h.json: [1].id: duplicate id "a" (also at [0])');
  });
});
