/** Reading order for PDF lines with right-to-left text, and the lam-alef repair. */
import { describe, expect, it } from 'vitest';
import { isMostlyRtl, logicalLineText, repairLamAlef } from './pdf-line-order';

/** Pieces laid out right to left from x = 500, each as wide as 5 points per character. */
function rightToLeft(
  texts: readonly string[],
  gap = 3,
): { text: string; x: number; right: number }[] {
  let right = 500;
  return texts.map((text) => {
    const piece = { text, x: right - text.length * 5, right };
    right = piece.x - gap;
    return piece;
  });
}

describe('logicalLineText', () => {
  it('reads an Arabic line whose runs hold Latin and numbers in logical order, whatever the file order', () => {
    const pieces = rightToLeft(['اعتمد الإعلان (', 'UDHR', ') عام', '1948', 'في باريس']);
    const expected = 'اعتمد الإعلان ( UDHR ) عام 1948 في باريس';
    expect(logicalLineText(pieces, 1)).toBe(expected);
    expect(logicalLineText([...pieces].reverse(), 1)).toBe(expected);
  });

  it('adds no space where runs touch, and leaves left-to-right lines in visual order', () => {
    const touching = rightToLeft(['בשנת', '1948', '.'], 0);
    expect(logicalLineText(touching, 1)).toBe('בשנת1948.');
    const latin = [
      { text: 'rights', x: 150, right: 180 },
      { text: 'Human', x: 100, right: 140 },
    ];
    expect(logicalLineText(latin, 1)).toBe('Human rights');
  });
});

describe('isMostlyRtl and repairLamAlef', () => {
  it('takes the direction from most letters, and restores turned-round hamza lam-alef ligatures', () => {
    expect(isMostlyRtl('المادة 19 (UDHR)')).toBe(true);
    expect(isMostlyRtl('Article 19 المادة')).toBe(false);
    expect(repairLamAlef('اعتناق اآلراء واألفكار اإلنسان')).toBe('اعتناق الآراء والأفكار الإنسان');
    // A word that starts with alef-hamza then lam is left alone.
    expect(repairLamAlef('ألف')).toBe('ألف');
  });
});
