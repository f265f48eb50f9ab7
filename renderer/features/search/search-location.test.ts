import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../shared/search';
import { highlightQueryOf, resultLocation, searchLocation, searchStateOf } from './search-location';

describe('search locations', () => {
  it('round-trips a search with its filters through the hash path', () => {
    const state = {
      query: '"digital freedom" é&=?',
      filters: { rightId: 'right:privacy', kind: 'news article', yearFrom: 2010, yearTo: 2020 },
    };
    expect(searchStateOf(searchLocation(state))).toEqual(state);
    expect(searchLocation({ query: '', filters: NO_FILTERS })).toBe('/search');
  });

  it('ignores other routes and malformed years', () => {
    expect(searchStateOf('/excerpts?q=x')).toBeNull();
    expect(searchStateOf('/search?q=x&from=20x0&to=123')?.filters).toEqual(NO_FILTERS);
  });

  it('carries the query to the reader, which reads it back', () => {
    const location = resultLocation('doc 1/2', 4, '法の支配 & more');
    expect(location).toBe('/doc/doc%201%2F2/p/5?q=%E6%B3%95%E3%81%AE%E6%94%AF%E9%85%8D+%26+more');
    expect(highlightQueryOf(location)).toBe('法の支配 & more');
    expect(highlightQueryOf('/search?q=x')).toBe('');
  });
});
