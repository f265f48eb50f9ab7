/**
 * Find in a document matches what a reader means whatever the case, accents or script, and
 * returns offsets into the original text: slicing the text at a match gives the words found.
 */
import { describe, expect, it } from 'vitest';
import { findInText, MAX_FOUND } from './find-in-text';

const found = (text: string, query: string) =>
  findInText(text, query).map((r) => text.slice(r.start, r.end));

describe('findInText', () => {
  it('ignores case and diacritics by default', () => {
    expect(found('La Déclaration universelle; DECLARATION; declaração', 'declaration')).toEqual([
      'Déclaration',
      'DECLARATION',
    ]);
    expect(found('Déclaration', 'DÉCLARATION')).toEqual(['Déclaration']);
  });

  it('maps matches in decomposed text back to whole characters', () => {
    const text = 'Cafe\u0301 et cafe';
    expect(found(text, 'café')).toEqual(['Cafe\u0301', 'cafe']);
  });

  it('finds Arabic with or without hamza and vowel marks, and Hebrew with or without points', () => {
    expect(found('يُعلن الإعلان العالمي', 'الاعلان')).toEqual(['الإعلان']);
    expect(found('לְכָל אָדָם הַזְּכוּת', 'לכל')).toEqual(['לְכָל']);
  });

  it('finds Chinese and Japanese without word boundaries', () => {
    expect(found('人人有权享有主张和发表意见的自由', '意见的自由')).toEqual(['意见的自由']);
    expect(found('すべての人は、意見及び表現の自由に対する権利を有する。', '表現の自由')).toEqual([
      '表現の自由',
    ]);
  });

  it('matches any whitespace with a typed space, and ignores surrounding spaces', () => {
    expect(found('human\u00a0rights and human  rights', ' human rights ')).toEqual([
      'human\u00a0rights',
      'human  rights',
    ]);
  });

  it('never matches across a paragraph break, and finds nothing for an empty query', () => {
    expect(found('the end\n\nof it', 'end of')).toEqual([]);
    expect(findInText('anything', '   ')).toEqual([]);
  });

  it('returns matches in order, without overlaps, and stops at MAX_FOUND', () => {
    expect(findInText('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findInText('a '.repeat(MAX_FOUND + 50), 'a')).toHaveLength(MAX_FOUND);
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '𝐀 article 19';
    expect(found(text, 'ARTICLE')).toEqual(['article']);
  });
});
