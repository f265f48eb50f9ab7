/**
 * Ligature glyphs of right-to-left text put back in reading order. pdf.js turns a right-to-left
 * run from drawing (visual) order into logical order character by character, so a glyph that
 * stands for two letters, above all Arabic's lam-alef ("لا", drawn as one shape), comes out with
 * its two letters swapped: "الإعلان" reads "الإعالن", "سلام" reads "سالم". The text alone cannot
 * tell the swap from a real word, but the page's drawing can: it lists each glyph with the text
 * it stands for. Reversing those glyph by glyph gives each word as written; where that differs
 * from the character-by-character reversal, the page's text is corrected word by word.
 */

/** A maximal run of right-to-left letters and marks (Hebrew, Arabic and their presentation forms). */
const RTL_WORD = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]+/gu;
const RTL_LETTER = /^[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]+$/u;

/**
 * The corrections a page's drawing calls for: for each run of glyphs drawn in one text-showing
 * operation (each glyph's text, in drawing order), the right-to-left words whose glyphs hold more
 * than one letter, mapped from the character-wise reversal pdf.js gives to the glyph-wise one. A
 * wrong form that the page also draws as a real word (with separate glyphs) is left alone: the
 * page's text could mean either.
 */
export function ligatureRepairs(runs: readonly (readonly string[])[]): Map<string, string> {
  const repairs = new Map<string, string>();
  const drawnWords = new Set<string>();
  for (const glyphs of runs) {
    // Words are runs of glyphs whose text is right-to-left letters only.
    let word: string[] = [];
    const finish = () => {
      if (word.length === 0) return;
      const glyphWise = [...word].reverse().join('');
      drawnWords.add(glyphWise);
      const charWise = [...word.join('')].reverse().join('');
      if (charWise !== glyphWise) repairs.set(charWise, glyphWise);
      word = [];
    };
    for (const text of glyphs) {
      if (text !== '' && RTL_LETTER.test(text)) word.push(text);
      else finish();
    }
    finish();
  }
  for (const wrong of [...repairs.keys()]) if (drawnWords.has(wrong)) repairs.delete(wrong);
  return repairs;
}

/** The text with every right-to-left word found in `repairs` replaced by its correct form. */
export function repairLigatures(text: string, repairs: ReadonlyMap<string, string>): string {
  if (repairs.size === 0) return text;
  return text.replace(RTL_WORD, (word) => repairs.get(word) ?? word);
}
