import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import {
  authorsOf,
  countByRight,
  EMPTY_QUERY,
  excerptMatrix,
  filterExcerpts,
  foldText,
  isEmptyQuery,
  localDay,
  matchesRights,
  toExcerptRows,
  type ExcerptQuery,
  type ExcerptRow,
} from './excerpt-filter';

const PRIVACY = 'right:privacy';
const EXPRESSION = 'right:expression';
const ASSEMBLY = 'right:assembly-association';

function row(id: string, overrides: Partial<ExcerptRow> = {}): ExcerptRow {
  const quote = overrides.quote ?? `quote ${id}`;
  const note = overrides.note ?? '';
  return {
    id,
    docId: 'd1',
    docTitle: 'Declaration',
    paragraph: 1,
    citation: '¶ 1',
    quote,
    note,
    author: 'Ana',
    createdAt: '2026-03-10T12:00:00.000Z',
    createdDay: '2026-03-10',
    rightIds: [],
    status: 'anchored',
    start: 0,
    searchText: foldText(`${quote}\n${note}`),
    ...overrides,
  };
}

const query = (changes: Partial<ExcerptQuery>): ExcerptQuery => ({ ...EMPTY_QUERY, ...changes });
const ids = (rows: readonly ExcerptRow[]) => rows.map((r) => r.id);

const rows = [
  row('a', { rightIds: [PRIVACY], quote: 'Protection des données personnelles', docId: 'd1' }),
  row('b', { rightIds: [PRIVACY, EXPRESSION], note: 'Shutdowns and SURVEILLANCE', docId: 'd2' }),
  row('c', { rightIds: [EXPRESSION], author: 'Bo', createdDay: '2026-03-12', docId: 'd2' }),
  row('d', { rightIds: [], author: '', createdDay: '2026-02-28' }),
];

describe('matchesRights', () => {
  it('passes everything when no right is selected', () => {
    expect(matchesRights([], [], 'all')).toBe(true);
    expect(matchesRights([PRIVACY], [], 'any')).toBe(true);
  });

  it('needs one of the rights for "any" and every one for "all"', () => {
    expect(matchesRights([PRIVACY], [PRIVACY, EXPRESSION], 'any')).toBe(true);
    expect(matchesRights([PRIVACY], [PRIVACY, EXPRESSION], 'all')).toBe(false);
    expect(matchesRights([EXPRESSION, PRIVACY], [PRIVACY, EXPRESSION], 'all')).toBe(true);
    expect(matchesRights([ASSEMBLY], [PRIVACY, EXPRESSION], 'any')).toBe(false);
  });

  it('"all" of more rights never matches more passages than "any"', () => {
    const selected = [PRIVACY, EXPRESSION];
    const all = filterExcerpts(rows, query({ rightIds: selected, rightsMatch: 'all' }));
    const any = filterExcerpts(rows, query({ rightIds: selected, rightsMatch: 'any' }));
    expect(ids(all)).toEqual(['b']);
    expect(ids(any)).toEqual(['a', 'b', 'c']);
    for (const r of all) expect(any).toContain(r);
  });
});

describe('filterExcerpts', () => {
  it('returns every row for the empty query', () => {
    expect(ids(filterExcerpts(rows, EMPTY_QUERY))).toEqual(['a', 'b', 'c', 'd']);
    expect(isEmptyQuery(EMPTY_QUERY)).toBe(true);
  });

  it('calls a query empty only when every part is "any" ("all" without rights is still any)', () => {
    expect(isEmptyQuery(query({ rightsMatch: 'all' }))).toBe(true);
    expect(isEmptyQuery(query({ rightIds: [PRIVACY] }))).toBe(false);
    expect(isEmptyQuery(query({ docId: 'doc:1' }))).toBe(false);
    // '' is the passages recorded without a name: a real filter.
    expect(isEmptyQuery(query({ author: '' }))).toBe(false);
    expect(isEmptyQuery(query({ createdFrom: '2026-01-01' }))).toBe(false);
    expect(isEmptyQuery(query({ createdTo: '2026-01-01' }))).toBe(false);
    expect(isEmptyQuery(query({ text: 'x' }))).toBe(false);
  });

  it('matches free text over quote and note, ignoring case and diacritics', () => {
    expect(ids(filterExcerpts(rows, query({ text: 'donnees' })))).toEqual(['a']);
    expect(ids(filterExcerpts(rows, query({ text: 'DONNÉES personnelles' })))).toEqual(['a']);
    expect(ids(filterExcerpts(rows, query({ text: 'surveillance' })))).toEqual(['b']);
    // Every word must appear, in any order.
    expect(ids(filterExcerpts(rows, query({ text: 'surveillance shutdowns' })))).toEqual(['b']);
    expect(ids(filterExcerpts(rows, query({ text: 'surveillance données' })))).toEqual([]);
    expect(ids(filterExcerpts(rows, query({ text: '   ' })))).toHaveLength(4);
  });

  it('keeps creation days within the range, both ends included', () => {
    expect(ids(filterExcerpts(rows, query({ createdFrom: '2026-03-10' })))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(ids(filterExcerpts(rows, query({ createdTo: '2026-03-10' })))).toEqual(['a', 'b', 'd']);
    expect(
      ids(filterExcerpts(rows, query({ createdFrom: '2026-03-11', createdTo: '2026-03-12' }))),
    ).toEqual(['c']);
    expect(
      filterExcerpts(rows, query({ createdFrom: '2026-03-13', createdTo: '2026-03-01' })),
    ).toEqual([]);
  });

  it('filters by document and by author, the unnamed author included', () => {
    expect(ids(filterExcerpts(rows, query({ docId: 'd2' })))).toEqual(['b', 'c']);
    expect(ids(filterExcerpts(rows, query({ author: 'Bo' })))).toEqual(['c']);
    expect(ids(filterExcerpts(rows, query({ author: '' })))).toEqual(['d']);
    expect(ids(filterExcerpts(rows, query({ docId: 'd2', author: 'Ana' })))).toEqual(['b']);
  });
});

describe('toExcerptRows', () => {
  const annotation = (id: string, docId: string, start: number): Annotation => ({
    id,
    docId,
    blockIndex: 4,
    quote: { type: 'TextQuoteSelector', exact: 'Égalité', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 7 },
    rightIds: [PRIVACY],
    note: 'Note',
    author: 'Ana',
    createdAt: '2026-03-10T12:00:00.000Z',
    modifiedAt: '2026-03-10T12:00:00.000Z',
    status: 'anchored',
    deletedAt: null,
  });

  it('orders by document title, then reading order, and skips unknown documents', () => {
    const titles = new Map([
      ['d1', 'Zeta report'],
      ['d2', 'alpha declaration'],
    ]);
    const result = toExcerptRows(
      [annotation('x', 'd1', 5), annotation('y', 'd2', 90), annotation('z', 'd2', 10)].concat(
        annotation('gone', 'deleted-doc', 0),
        { ...annotation('deleted', 'd1', 0), deletedAt: '2026-03-11T00:00:00.000Z' },
      ),
      titles,
    );
    expect(ids(result)).toEqual(['z', 'y', 'x']);
    expect(result[0]).toMatchObject({
      paragraph: 5,
      docTitle: 'alpha declaration',
      quote: 'Égalité',
    });
    expect(result[0]?.searchText).toBe('egalite\nnote');
  });
});

describe('localDay', () => {
  it('gives the day in local time, as date inputs do', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30).toISOString())).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 5).toISOString())).toBe('2026-12-31');
  });
});

describe('countByRight and authorsOf', () => {
  it('counts passages per right', () => {
    const counts = countByRight(rows);
    expect(counts.get(PRIVACY)).toBe(2);
    expect(counts.get(EXPRESSION)).toBe(2);
    expect(counts.get(ASSEMBLY)).toBeUndefined();
  });

  it('lists authors sorted, the unnamed last', () => {
    expect(authorsOf(rows)).toEqual(['Ana', 'Bo', '']);
  });
});

describe('excerptMatrix', () => {
  const matrixRows = [
    row('1', { docId: 'd2', docTitle: 'Beta', rightIds: [PRIVACY, EXPRESSION] }),
    row('2', { docId: 'd2', docTitle: 'Beta', rightIds: [PRIVACY] }),
    row('3', { docId: 'd1', docTitle: 'alpha', rightIds: [EXPRESSION, EXPRESSION] }),
    row('4', { docId: 'd1', docTitle: 'alpha', rightIds: ['right:removed'] }),
    row('5', { docId: 'd3', docTitle: 'Gamma', rightIds: [] }),
  ];

  it('counts passages per document and right, rows sorted by title', () => {
    const matrix = excerptMatrix(matrixRows, [EXPRESSION, PRIVACY, ASSEMBLY]);
    expect(matrix.rows).toEqual([
      { docId: 'd1', docTitle: 'alpha', counts: [1, 0, 0], total: 2 },
      { docId: 'd2', docTitle: 'Beta', counts: [1, 2, 0], total: 2 },
      { docId: 'd3', docTitle: 'Gamma', counts: [0, 0, 0], total: 1 },
    ]);
    expect(matrix.columnTotals).toEqual([2, 2, 0]);
    expect(matrix.hiddenDocuments).toBe(0);
  });

  it('agrees with the filter: a cell counts what filtering by its document and right lists', () => {
    const rights = [EXPRESSION, PRIVACY];
    const matrix = excerptMatrix(matrixRows, rights);
    for (const r of matrix.rows) {
      rights.forEach((rightId, i) => {
        const listed = filterExcerpts(matrixRows, query({ docId: r.docId, rightIds: [rightId] }));
        expect(listed).toHaveLength(r.counts[i] ?? -1);
      });
    }
  });

  it('keeps the documents with most passages when there are too many', () => {
    const matrix = excerptMatrix(matrixRows, [PRIVACY], 2);
    expect(matrix.rows.map((r) => r.docTitle)).toEqual(['alpha', 'Beta']);
    expect(matrix.hiddenDocuments).toBe(1);
    expect(matrix.columnTotals).toEqual([2]);
  });

  it('is empty without rows', () => {
    expect(excerptMatrix([], [PRIVACY])).toEqual({
      rightIds: [PRIVACY],
      rows: [],
      columnTotals: [0],
      hiddenDocuments: 0,
    });
  });
});
