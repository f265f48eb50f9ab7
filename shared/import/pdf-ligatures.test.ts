/**
 * Ligature glyphs in right-to-left runs: words whose glyphs hold two letters are corrected from
 * pdf.js's letter-by-letter reversal to the glyph-by-glyph one, and nothing else is touched.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { ligatureRepairs, repairLigatures } from './pdf-ligatures';
import { readPdf } from './read-pdf';

/** A word's glyphs as a right-to-left run draws them: in visual order, last letter first. */
const drawn = (...logicalGlyphs: string[]) => [...logicalGlyphs].reverse();
/** What pdf.js makes of a drawn run: its characters reversed one by one. */
const pdfJsText = (glyphs: readonly string[]) => [...glyphs.join('')].reverse().join('');

describe('ligatureRepairs', () => {
  // "الإعلان" drawn as ا ل إ ع [لا] ن: the lam-alef is one glyph standing for "لا".
  const declaration = drawn('ا', 'ل', 'إ', 'ع', 'لا', 'ن');
  // "سلام" with the same ligature; "حرية" with none.
  const peace = drawn('س', 'لا', 'م');
  const freedom = drawn('ح', 'ر', 'ي', 'ة');

  it('maps the letter-by-letter reversal of a word with a lam-alef glyph to the word as written', () => {
    expect(pdfJsText(declaration)).toBe('الإعالن');
    const repairs = ligatureRepairs([[...peace, ' ', ...declaration], freedom]);
    expect(repairs).toEqual(
      new Map([
        ['الإعالن', 'الإعلان'],
        ['سالم', 'سلام'],
      ]),
    );
    expect(repairLigatures('اعتمد الإعالن العالمي، سالم وحرية', repairs)).toBe(
      'اعتمد الإعلان العالمي، سلام وحرية',
    );
  });

  it('leaves a word alone that the page also draws with separate letters (it could be either)', () => {
    // "سالم" (a name) drawn letter by letter on the same page as "سلام" with its ligature.
    const salim = drawn('س', 'ا', 'ل', 'م');
    expect(ligatureRepairs([peace, salim]).has('سالم')).toBe(false);
  });

  it('changes nothing without multi-letter glyphs, nor in left-to-right text', () => {
    expect(ligatureRepairs([freedom, ['f', 'fi', 'x']]).size).toBe(0);
    const repairs = ligatureRepairs([peace]);
    expect(repairLigatures('Salaam is not سالمة', repairs)).toBe('Salaam is not سالمة');
  });
});

describe('a PDF whose text is Arabic presentation forms', () => {
  it('reads the lam-alef ligatures and letter shapes as the letters, in logical order', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const font = await pdf.embedFont(
      readFileSync(new URL('../../resources/fonts/NotoNaskhArabic-Regular.ttf', import.meta.url)),
    );
    const page = pdf.addPage([595, 842]);
    // "لا حرية لأحد" as U+FEFB, the shaped letters of حرية and U+FEF7, drawn right to left
    // (the string in visual order), as some PDF writers map their glyphs.
    const logical = ['\uFEFB', ' ', '\uFEA3\uFEAE\uFEF3\uFE94', ' ', '\uFEF7\uFEA3\uFEAA'];
    const visual = [...logical.join('')].reverse().join('');
    page.drawText(visual, { x: 300, y: 700, size: 16, font });
    const read = await readPdf(await pdf.save(), pdfjs);
    expect(read.blocks.map((b) => b.text)).toEqual(['لا حرية لأحد']);
  });
});
