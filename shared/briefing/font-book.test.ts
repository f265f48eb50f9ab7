/**
 * The font book's caches: a face is subset once for a character set (a briefing rebuilt with
 * the same text reuses the subset), and a shaped run is shaped once per briefing.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { loadBriefingFonts, subsetWithHarfbuzz } from '../../cli/node-briefing-fonts';
import type { BriefingFonts, FontSubsetter } from './briefing-fonts';
import { FontBook } from './font-book';

const fonts = await loadBriefingFonts();
const ARABIC = 'لكل شخص الحق في حرية الرأي والتعبير';

/** Fonts whose subsetter counts its calls. */
function countingFonts(): { fonts: BriefingFonts; calls: () => number } {
  let calls = 0;
  const subset: FontSubsetter = (font, text) => {
    calls += 1;
    return subsetWithHarfbuzz(font, text);
  };
  return { fonts: { ...fonts, subset }, calls: () => calls };
}

describe('FontBook', () => {
  it('subsets each face once for the same characters, again when they change', async () => {
    const { fonts: counting, calls } = countingFonts();
    await FontBook.load(counting, 'Freedom of expression');
    const first = calls();
    expect(first).toBeGreaterThan(0);
    const again = await FontBook.load(counting, 'Freedom of expression');
    expect(calls()).toBe(first);
    // The reused subset measures as a fresh one does.
    expect(again.loadedFaces()).toContain('serif');
    await FontBook.load(counting, 'Freedom of expression in Ŵales');
    expect(calls()).toBe(2 * first);
  });

  it('shapes an identical run once per briefing, and draws it the same way each time', async () => {
    const book = await FontBook.load(fonts, ARABIC);
    const first = book.encode('arabic', ARABIC);
    expect(first.ids.length).toBeGreaterThan(0);
    expect(book.encode('arabic', ARABIC)).toBe(first);
    const fresh = await FontBook.load(fonts, ARABIC);
    expect(fresh.encode('arabic', ARABIC)).toEqual(first);
  });

  it('draws lam followed by alef as the lam-alef ligature, never as the two letters side by side', async () => {
    // Noto Naskh Arabic draws the ligature as two required-ligature ("rlig") glyphs that
    // overlap into one shape; the isolated lam and alef would stand apart.
    const naskh = fontkit.create(
      readFileSync(new URL('../../resources/fonts/NotoNaskhArabic-Regular.ttf', import.meta.url)),
    );
    const book = await FontBook.load(fonts, 'لا لأ لإ لآ سلام');
    for (const word of ['لا', 'لأ', 'لإ', 'لآ', 'سلام']) {
      const shaped = naskh.layout(word).glyphs;
      // fontkit's glyphs have PostScript names ("uni0644.init.rlig"); its types omit them.
      const names = shaped.map((g) => (g as unknown as { name: string }).name);
      const lamAlef = names.filter((name) => /^uni06(27|44)\./.test(name));
      expect(
        lamAlef.map((name) => name.includes('rlig')),
        word,
      ).toEqual([true, true]);
      // The briefing draws what the shaper chose: the same glyphs, with the same advances.
      expect(book.encode('arabic', word).widths, word).toEqual(
        shaped.map((g) => g.advanceWidth / naskh.unitsPerEm),
      );
    }
  });
});
