/**
 * Finding a reading block among a PDF page's text items: across the line breaks, hyphenations
 * and ligatures the importer undid, up to the page's end for a paragraph cut by a page break,
 * and nowhere for text the page does not have.
 */
import { describe, expect, it } from 'vitest';
import { locateOnPage, outlineRects, type PageTextItem } from './locate-on-page';

/** Lines of a page, one item per line, 0.03 of the page high and 0.05 apart. */
const page = (...lines: string[]): PageTextItem[] =>
  lines.map((text, i) => ({ text, x: 0.1, y: 0.1 + i * 0.05, width: 0.6, height: 0.03 }));

describe('locateOnPage', () => {
  const items = page(
    'Article 21',
    'The right of peaceful assembly shall be recog-',
    'nized. No restrictions may be placed on the',
    'exercise of this right.',
    'Article 22',
    'Everyone shall have the right to freedom of asso-',
  );

  it('finds a paragraph across its lines and a word split at a line’s end', () => {
    expect(
      locateOnPage(
        items,
        'The right of peaceful assembly shall be recognized. No restrictions may be placed on the exercise of this right.',
      ),
    ).toEqual([1, 2, 3]);
  });

  it('finds a heading without taking in the paragraph that follows', () => {
    expect(locateOnPage(items, 'Article 22')).toEqual([4]);
  });

  it('runs to the page’s last line for a paragraph that goes on over the page break', () => {
    expect(
      locateOnPage(
        items,
        'Everyone shall have the right to freedom of association with others, including the right to form and join trade unions.',
      ),
    ).toEqual([5]);
  });

  it('matches Arabic presentation forms (the lam-alef ligature) to the logical letters', () => {
    // U+FEFB is "lā" as one glyph: NFKC gives U+0644 U+0627.
    const arabic = page('\uFEFB \u062D\u0631\u064A\u0629');
    expect(locateOnPage(arabic, '\u0644\u0627 \u062D\u0631\u064A\u0629')).toEqual([0]);
  });

  it('says null for a block the page does not hold, or with no letters at all', () => {
    expect(locateOnPage(items, 'Article 19 protects the freedom of expression.')).toBeNull();
    expect(locateOnPage(items, '* * *')).toBeNull();
    expect(locateOnPage([], 'Article 21')).toBeNull();
  });
});

describe('outlineRects', () => {
  it('draws one rectangle per line, around the items of that line', () => {
    const items: PageTextItem[] = [
      { text: 'The right', x: 0.1, y: 0.2, width: 0.2, height: 0.03 },
      { text: 'of assembly', x: 0.32, y: 0.201, width: 0.25, height: 0.03 },
      { text: 'shall be recognized.', x: 0.1, y: 0.25, width: 0.3, height: 0.03 },
    ];
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const rects = outlineRects(items, [0, 1, 2]).map((r) => ({
      x: round(r.x),
      y: round(r.y),
      width: round(r.width),
      height: round(r.height),
    }));
    expect(rects).toEqual([
      { x: 0.1, y: 0.2, width: 0.47, height: 0.031 },
      { x: 0.1, y: 0.25, width: 0.3, height: 0.03 },
    ]);
  });

  it('skips items with no extent (pdf.js reports empty runs between words)', () => {
    const items: PageTextItem[] = [{ text: ' ', x: 0.1, y: 0.2, width: 0, height: 0 }];
    expect(outlineRects(items, [0])).toEqual([]);
  });
});
