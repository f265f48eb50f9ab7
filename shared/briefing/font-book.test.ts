/**
 * The font book's caches: a face is subset once for a character set (a briefing rebuilt with
 * the same text reuses the subset), and a shaped run is shaped once per briefing.
 */
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
});
