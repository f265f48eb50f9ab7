import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, type ExcerptQuery } from '../../../shared/model/excerpt-filter';
import { queryFromSearch, queryToSearch } from './excerpt-query-url';

const PRIVACY = 'right:privacy';

describe('queryFromSearch and queryToSearch', () => {
  it('round-trips a full query', () => {
    const full: ExcerptQuery = {
      rightIds: [PRIVACY, 'right:a&b'],
      rightsMatch: 'all',
      docId: 'doc 1/2',
      author: '',
      createdFrom: '2026-01-01',
      createdTo: '2026-12-31',
      text: 'données & 100%',
    };
    expect(queryFromSearch(queryToSearch(full))).toEqual(full);
  });

  it('writes nothing for the empty query and reads defaults from nothing', () => {
    expect(queryToSearch(EMPTY_QUERY)).toBe('');
    expect(queryFromSearch('')).toEqual(EMPTY_QUERY);
    // "all" without rights means nothing.
    expect(queryToSearch({ ...EMPTY_QUERY, rightsMatch: 'all' })).toBe('');
  });

  it('ignores malformed values', () => {
    expect(queryFromSearch('from=yesterday&to=2026-1-1&match=most&right=&doc=')).toEqual(
      EMPTY_QUERY,
    );
  });
});
