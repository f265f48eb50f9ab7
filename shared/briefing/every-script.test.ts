/**
 * Every character drawn: the fallback chain covers the scripts of the library, each sentence
 * reads back from the PDF (pdf.js) exactly as written, in logical order, and a character no face
 * has stops the build with an error that names it, unless the analyst accepts a replacement mark.
 */
import { describe, expect, it } from 'vitest';
import { loadBriefingFonts, readBriefingFace } from '../../cli/node-briefing-fonts';
import { readPdf } from '../../cli/testing/pdf-read-back';
import { SCRIPT_SAMPLES, scriptsBriefingInput } from '../../cli/testing/script-samples';
import type { BriefingFonts, FaceKey } from './briefing-fonts';
import { buildBriefing } from './build-briefing';
import { quotationText } from './excerpt-sections';
import { FontBook } from './font-book';
import { MissingGlyphsError } from './glyph-coverage';
import { hanPreference } from './han-preference';
import { setText } from './text-layout';
import { STYLES, type TextStyle } from './typography';

const NOW = new Date('2025-03-14T10:00:00Z');
const fonts = await loadBriefingFonts();
const input = scriptsBriefingInput(NOW);

/** Runs of white space as one space: lines end where the layout chose, words stay as written. */
const oneSpace = (text: string) => text.replace(/\s+/g, ' ');

/** Fonts that record which faces the engine fetched. */
function recordingFonts(): { fonts: BriefingFonts; fetched: FaceKey[] } {
  const fetched: FaceKey[] = [];
  return {
    fetched,
    fonts: {
      ...fonts,
      face: (key) => {
        fetched.push(key);
        return readBriefingFace(key);
      },
    },
  };
}

describe('a briefing quoting eleven scripts', async () => {
  const bytes = await buildBriefing(
    { ...input, options: { ...input.options, includeAppendix: true } },
    fonts,
  );
  const pdf = await readPdf(bytes);
  const pages = pdf.pages.map((page) => oneSpace(page.text));

  it.each(SCRIPT_SAMPLES)(
    'reads $script back character for character, in logical order',
    ({ quote }) => {
      const written = oneSpace(quote.normalize('NFC'));
      // In the section, as a quotation with its marks; in the appendix, as the source's text.
      expect(pages.some((page) => page.includes(oneSpace(quotationText(written))))).toBe(true);
      expect(pages.filter((page) => page.includes(written)).length).toBeGreaterThanOrEqual(2);
    },
  );

  it('draws no missing-glyph box anywhere', () => {
    for (const page of pdf.pages) {
      expect(page.text).not.toContain('\u0000');
      expect(page.text).not.toContain('\ufffd');
    }
  });
});

describe('the fallback chain', () => {
  it.each(SCRIPT_SAMPLES)('draws $script in its own face', async ({ quote, face }) => {
    const book = await FontBook.load(fonts, quote);
    const han = hanPreference(quote);
    // The first letter of the sentence that is neither Latin punctuation nor a space.
    const letter = [...quote].find((character) => /\p{L}/u.test(character)) ?? '';
    const chosen = book.faceFor('serif', letter.codePointAt(0) ?? 0, han);
    expect(chosen).toBe(face);
    // Han characters follow the paragraph: 自 in Chinese, Japanese and Korean paragraphs alike.
    if (/\p{Script=Han}/u.test(quote)) {
      const hanLetter = [...quote].find((character) => /\p{Script=Han}/u.test(character)) ?? '';
      expect(book.faceFor('serif', hanLetter.codePointAt(0) ?? 0, han)).toBe(face);
    }
  });

  it('fetches no fallback face for Latin, Greek, Cyrillic and Vietnamese text', async () => {
    const { fonts: recording, fetched } = recordingFonts();
    const latin = SCRIPT_SAMPLES.filter((sample) => sample.face === 'serif')
      .map((sample) => sample.quote)
      .join('\n');
    await FontBook.load(recording, latin);
    expect(new Set(fetched)).toEqual(
      new Set(['serif', 'serifItalic', 'serifBold', 'sans', 'sansBold']),
    );
  });

  it('fetches only the CJK face a Chinese paragraph needs', async () => {
    const { fonts: recording, fetched } = recordingFonts();
    const chinese = SCRIPT_SAMPLES.find((sample) => sample.face === 'simplifiedChineseSerif');
    const book = await FontBook.load(recording, chinese?.quote ?? '');
    // Its sans face for labels, its serif face for quotations.
    expect(fetched).toContain('simplifiedChinese');
    expect(fetched).toContain('simplifiedChineseSerif');
    for (const other of ['japanese', 'japaneseSerif', 'korean', 'traditionalChinese'] as const)
      expect(fetched).not.toContain(other);
    expect(book.loadedFaces()).toContain('simplifiedChineseSerif');
  });

  it('sets Japanese and Chinese in serif text in Noto Serif JP and SC, and in labels in Noto Sans', async () => {
    const japanese = 'すべて人は、意見及び表現の自由に対する権利を有する。';
    const chinese = '人人有权享有主张和发表意见的自由。';
    const book = await FontBook.load(fonts, `${japanese}\n${chinese}`);
    const faces = (text: string, style: TextStyle): FaceKey[] => [
      ...new Set(
        setText(book, [{ text, style }], 400).lines.flatMap((l) => l.runs.map((r) => r.face)),
      ),
    ];
    expect(faces(japanese, STYLES.quote)).toEqual(['japaneseSerif']);
    expect(faces(chinese, STYLES.quote)).toEqual(['simplifiedChineseSerif']);
    expect(faces(japanese, STYLES.label)).toEqual(['japanese']);
    expect(faces(chinese, STYLES.label)).toEqual(['simplifiedChinese']);
  });

  it('chooses the Han face by the paragraph', () => {
    expect(hanPreference('すべて人は、意見及び表現の自由')).toBe('japanese');
    expect(hanPreference('모든 사람은 表現의 自由')).toBe('korean');
    expect(hanPreference('人人有权享有主张和发表意见的自由')).toBe('simplifiedChinese');
    expect(hanPreference('人人有權享有主張和發表意見的自由')).toBe('traditionalChinese');
    expect(hanPreference('自由')).toBe('simplifiedChinese');
  });
});

describe('characters no face has', () => {
  /** Ethiopic (no face in the chain) in a quotation and an emoji in a note. */
  const withGaps = {
    ...input,
    excerpts: input.excerpts.map((excerpt, index) =>
      index === 1
        ? { ...excerpt, quote: `${excerpt.quote} ሰላም` }
        : index === 4
          ? { ...excerpt, note: 'Cited at the session 😀 twice' }
          : excerpt,
    ),
  };

  it('stop the build with an error naming each character and where it is', async () => {
    const error = await buildBriefing(withGaps, fonts).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingGlyphsError);
    const { missing, message } = error as MissingGlyphsError;
    expect(missing.map((each) => each.character)).toEqual(['ሰ', 'ላ', 'ም', '😀']);
    expect(missing[0]).toMatchObject({
      codePoint: 0x1230,
      places: [{ excerptId: 'excerpt:1' }],
    });
    expect(missing[0]?.places[0]?.description).toMatch(
      /^excerpt 2 \(from “UDHR, Article 19 \(Latin \(Vietnamese\)\)”\), its quotation$/,
    );
    expect(missing[3]?.places[0]?.description).toMatch(/^excerpt 5 .*its note$/);
    expect(message).toContain('U+1230 “ሰ” in excerpt 2');
    expect(message).toContain('U+1F600 “😀” in excerpt 5');
  });

  it('leave notes out of the check when notes are left out', async () => {
    const noNotes = { ...withGaps, options: { ...withGaps.options, includeNotes: false } };
    const error = (await buildBriefing(noNotes, fonts).catch(
      (caught: unknown) => caught,
    )) as MissingGlyphsError;
    expect(error.missing.map((each) => each.character)).toEqual(['ሰ', 'ላ', 'ም']);
  });

  it('are drawn as a visible box when the analyst accepts it, and still read back', async () => {
    const reported: string[] = [];
    const bytes = await buildBriefing(withGaps, fonts, {
      allowMissingGlyphs: true,
      onMissingGlyphs: (missing) => reported.push(...missing.map((each) => each.character)),
    });
    expect(reported).toEqual(['ሰ', 'ላ', 'ም', '😀']);
    const text = (await readPdf(bytes)).pages.map((page) => page.text).join(' ');
    expect(text).toContain('ሰላም');
  });
});
