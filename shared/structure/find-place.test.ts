/** Typed references found in documents: own numbering, pages, ¶ counting; places in queries. */
import { describe, expect, it } from 'vitest';
import type { CitableBlock } from './cite-passage';
import { blocksAt, readPlaceQuery, titleMatches } from './find-place';

const treaty: CitableBlock[] = [
  { kind: 'heading' },
  { kind: 'heading', ref: { unit: 'article', path: ['19'] }, page: 3 },
  { kind: 'paragraph', ref: { unit: 'article', path: ['19', '1'] }, page: 3 },
  { kind: 'paragraph', ref: { unit: 'article', path: ['19', '3'] }, page: 4 },
  { kind: 'paragraph', ref: { unit: 'article', path: ['19', '3', 'a'] }, page: 4 },
  { kind: 'paragraph', ref: { unit: 'article', path: ['20'] }, page: 4 },
];
const prose: CitableBlock[] = [{ kind: 'heading' }, { kind: 'paragraph' }, { kind: 'paragraph' }];

describe('finding a place in a document', () => {
  it('finds the numbered place and everything inside it', () => {
    expect(blocksAt(treaty, { unit: 'article', path: ['19', '3'] })).toEqual([3, 4]);
    expect(blocksAt(treaty, { unit: 'article', path: ['19'] })).toEqual([1, 2, 3, 4]);
    expect(blocksAt(treaty, { unit: 'article', path: ['21'] })).toEqual([]);
  });

  it('finds a page’s blocks', () => {
    expect(blocksAt(treaty, { unit: 'page', path: ['4'] })).toEqual([3, 4, 5]);
  });

  it('counts paragraphs, not headings, for ¶ n in a document that numbers nothing', () => {
    expect(blocksAt(prose, { unit: 'paragraph', path: ['2'] })).toEqual([2]);
    expect(blocksAt(prose, { unit: 'paragraph', path: ['3'] })).toEqual([]);
    // Where the document numbers its paragraphs, para. n is its own number only.
    const report: CitableBlock[] = [
      { kind: 'paragraph' },
      { kind: 'paragraph', ref: { unit: 'paragraph', path: ['1'] } },
    ];
    expect(blocksAt(report, { unit: 'paragraph', path: ['1'] })).toEqual([1]);
    expect(blocksAt(report, { unit: 'paragraph', path: ['2'] })).toEqual([]);
  });
});

describe('reading a place from a library query', () => {
  it('reads a bare reference and one after a document’s name', () => {
    expect(readPlaceQuery('art 19(3)')).toEqual({
      title: '',
      ref: { unit: 'article', path: ['19', '3'] },
    });
    expect(readPlaceQuery('ICCPR art. 19(3)')).toEqual({
      title: 'ICCPR',
      ref: { unit: 'article', path: ['19', '3'] },
    });
    expect(readPlaceQuery('A/HRC/RES/32/13, OP 5')).toEqual({
      title: 'A/HRC/RES/32/13',
      ref: { unit: 'operative', path: ['5'] },
    });
  });

  it('leaves ordinary searches alone', () => {
    expect(readPlaceQuery('freedom of expression')).toBeNull();
    expect(readPlaceQuery('"digital freedom"')).toBeNull();
  });

  it('matches titles by their words, whatever the case, accents and punctuation', () => {
    const title = 'International Covenant on Civil and Political Rights (ICCPR)';
    expect(titleMatches(title, 'iccpr')).toBe(true);
    expect(titleMatches(title, 'covenant civil')).toBe(true);
    expect(titleMatches(title, 'charter')).toBe(false);
    expect(titleMatches('Déclaration universelle', 'declaration')).toBe(true);
    expect(titleMatches('anything', '')).toBe(true);
  });
});
