import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { EMPTY_QUERY } from './excerpt-filter';
import {
  EMPTY_SMART_FILTER,
  filterFromQuery,
  isEmptySmartFilter,
  smartExcerpts,
} from './smart-filter';

function annotation(
  id: string,
  docId: string,
  start: number,
  rightIds: string[],
  note = '',
): Annotation {
  return {
    id,
    docId,
    blockIndex: 0,
    quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 5 },
    rightIds,
    note,
    author: 'Ana',
    createdAt: '2026-01-01T00:00:00.000Z',
    modifiedAt: '2026-01-01T00:00:00.000Z',
    status: 'anchored',
    deletedAt: null,
  };
}

const DOCS = [
  { id: 'd1', title: 'Beta report', year: 2020, deletedAt: null },
  { id: 'd2', title: 'Alpha declaration', year: null, deletedAt: null },
  { id: 'd3', title: 'Gone', year: 2021, deletedAt: '2026-01-02T00:00:00.000Z' },
];
const ANNOTATIONS = [
  annotation('a', 'd1', 50, ['right:privacy'], 'Données'),
  annotation('b', 'd1', 10, ['right:privacy', 'right:expression']),
  annotation('c', 'd2', 0, ['right:expression']),
  annotation('d', 'd3', 0, ['right:privacy']),
  { ...annotation('e', 'd1', 0, ['right:privacy']), deletedAt: '2026-01-03T00:00:00.000Z' },
];
const ids = (filter = EMPTY_SMART_FILTER) =>
  smartExcerpts(ANNOTATIONS, DOCS, filter).map((a) => a.id);

describe('smartExcerpts', () => {
  it('lists live excerpts of live documents by title, then position', () => {
    expect(ids()).toEqual(['c', 'b', 'a']);
  });
  it('filters by rights (any, all), documents, years and folded words', () => {
    expect(ids({ ...EMPTY_SMART_FILTER, rightIds: ['right:privacy'] })).toEqual(['b', 'a']);
    expect(
      ids({
        ...EMPTY_SMART_FILTER,
        rightIds: ['right:privacy', 'right:expression'],
        rightsMatch: 'all',
      }),
    ).toEqual(['b']);
    expect(ids({ ...EMPTY_SMART_FILTER, docIds: ['d2'] })).toEqual(['c']);
    // A document without a year never matches a year bound.
    expect(ids({ ...EMPTY_SMART_FILTER, yearFrom: 2019 })).toEqual(['b', 'a']);
    expect(ids({ ...EMPTY_SMART_FILTER, yearTo: 2019 })).toEqual([]);
    expect(ids({ ...EMPTY_SMART_FILTER, text: 'DONNEES' })).toEqual(['a']);
  });
});

describe('filterFromQuery', () => {
  it('keeps rights, document and words, and names what it cannot keep', () => {
    const { filter, dropped } = filterFromQuery({
      ...EMPTY_QUERY,
      rightIds: ['right:privacy'],
      rightsMatch: 'all',
      docId: 'd1',
      text: ' privacy ',
      author: 'Ana',
      createdFrom: '2026-01-01',
    });
    expect(filter).toEqual({
      rightIds: ['right:privacy'],
      rightsMatch: 'all',
      docIds: ['d1'],
      text: 'privacy',
      yearFrom: null,
      yearTo: null,
    });
    expect(dropped).toEqual(['author', 'creation dates']);
    expect(isEmptySmartFilter(filterFromQuery(EMPTY_QUERY).filter)).toBe(true);
  });
});
