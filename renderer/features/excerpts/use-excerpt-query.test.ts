import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from '../../../shared/model/excerpt-filter';
import { excerptSearchOfHash, excerptsHref } from './use-excerpt-query';

describe('excerptSearchOfHash', () => {
  it('reads the search of the excerpts route only', () => {
    expect(excerptSearchOfHash('#/excerpts?right=right%3Aprivacy&q=a')).toBe(
      'right=right%3Aprivacy&q=a',
    );
    expect(excerptSearchOfHash('#/excerpts')).toBe('');
    expect(excerptSearchOfHash('')).toBeNull();
    expect(excerptSearchOfHash('#/')).toBeNull();
    expect(excerptSearchOfHash('#/doc/excerpts?x=1')).toBeNull();
    expect(excerptSearchOfHash('#/excerpts-old?x=1')).toBeNull();
  });
});

describe('excerptsHref', () => {
  it('gives the bare route for the empty query and a search otherwise', () => {
    expect(excerptsHref(EMPTY_QUERY)).toBe('/excerpts');
    const href = excerptsHref({ ...EMPTY_QUERY, rightIds: ['right:privacy'], docId: 'd 1' });
    expect(href).toBe('/excerpts?right=right%3Aprivacy&doc=d+1');
    expect(excerptSearchOfHash(`#${href}`)).toBe('right=right%3Aprivacy&doc=d+1');
  });
});
