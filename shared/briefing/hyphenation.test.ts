import { describe, expect, it } from 'vitest';
import { hyphenatorFor, patternName } from './hyphenation';

/** The word with a middle dot at each hyphenation point. */
function marked(language: string, word: string): string {
  const hyphenate = hyphenatorFor(language);
  if (!hyphenate) throw new Error(`no patterns for ${language}`);
  let out = '';
  let from = 0;
  for (const point of hyphenate(word)) {
    out += `${word.slice(from, point)}·`;
    from = point;
  }
  return out + word.slice(from);
}

describe('hyphenation patterns', () => {
  it('picks patterns by the language tag: British or American English, French, none for others', () => {
    expect(patternName('en-GB')).toBe('en-gb');
    expect(patternName('en-AU')).toBe('en-gb');
    expect(patternName('en')).toBe('en-us');
    expect(patternName('en-US')).toBe('en-us');
    expect(patternName('fr-CA')).toBe('fr');
    expect(patternName('ja')).toBeNull();
    expect(hyphenatorFor('ar')).toBeNull();
    expect(hyphenatorFor(null)).toBeNull();
  });

  it('hyphenates English and French words where the patterns allow, never short words', () => {
    expect(marked('en-US', 'discrimination')).toBe('dis·crim·i·na·tion');
    expect(marked('en-GB', 'discrimination')).toBe('dis·crim·in·a·tion');
    expect(marked('fr', 'indépendance')).toBe('in·dé·pen·dance');
    expect(marked('en', 'rights')).toBe('rights');
    expect(marked('en', 'human')).toBe('human');
  });

  it('never offers a point at a word’s ends', () => {
    const hyphenate = hyphenatorFor('en');
    for (const word of ['representatives', 'International', 'accountability', 'surveillance']) {
      for (const point of hyphenate?.(word) ?? []) {
        expect(point).toBeGreaterThan(1);
        expect(point).toBeLessThan(word.length - 1);
      }
    }
  });
});
