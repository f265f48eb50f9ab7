import { describe, expect, it } from 'vitest';
import { loadBriefingFonts } from '../../cli/node-briefing-fonts';
import { FontBook } from './font-book';
import { setText, textWidth } from './text-layout';
import { STYLES } from './typography';

const sampleText =
  'Freedom of expression — “online” and offline¹⁴ resolutions⁶ テクノロジー(技術)は、人権にとって強力なツールになります。 المادة 19 حرية https://www.example.org/a/very/long/path/that/cannot/fit/on/one/line/at/all?query=1';
const book = await FontBook.load(await loadBriefingFonts(), sampleText);

describe('setText', () => {
  it('never sets a line wider than asked, whatever the script', () => {
    for (const width of [60, 120, 300, 453]) {
      const set = setText(book, [{ text: sampleText, style: STYLES.body }], width);
      for (const line of set.lines) expect(line.width).toBeLessThanOrEqual(width + 0.01);
      // Every character is set exactly once (spaces at line ends hang outside the lines).
      const setChars = set.lines.map((line) => sampleText.slice(line.start, line.end)).join('');
      expect(setChars.replace(/\s/g, '')).toBe(sampleText.replace(/\s/g, ''));
    }
  });

  it('breaks a URL at its separators when it does not fit', () => {
    const url = 'https://www.example.org/a/very/long/path/that/cannot/fit/on/one/line';
    const set = setText(book, [{ text: url, style: STYLES.body }], 150);
    expect(set.lines.length).toBeGreaterThan(1);
    for (const line of set.lines.slice(0, -1)) expect(url.charAt(line.end - 1)).toMatch(/[/.]/);
  });

  it('falls back per character: superscripts from Noto Serif, kana from Noto Serif JP, Arabic from Naskh', () => {
    const set = setText(
      book,
      [{ text: 'resolutions⁶ テクノロジー حرية', style: STYLES.body }],
      400,
    );
    const faces = set.lines.flatMap((line) => line.runs.map((run) => [run.text.trim(), run.face]));
    expect(faces).toContainEqual(['resolutions⁶', 'serif']);
    expect(faces).toContainEqual(['テクノロジー', 'japaneseSerif']);
    expect(faces).toContainEqual(['حرية', 'arabic']);
  });

  it('measures with the embedded fonts and caches nothing wrong', () => {
    const once = textWidth(book, 'Privacy', STYLES.body);
    expect(once).toBeGreaterThan(30);
    expect(textWidth(book, 'Privacy', STYLES.body)).toBe(once);
    expect(textWidth(book, 'Privacy', { ...STYLES.body, size: 21 })).toBeCloseTo(once * 2, 5);
  });

  it('aligns a right-to-left paragraph to the right', () => {
    const set = setText(book, [{ text: 'المادة 19', style: STYLES.body }], 300);
    expect(set.rtl).toBe(true);
    expect((set.lines[0]?.offset ?? 0) + (set.lines[0]?.width ?? 0)).toBeCloseTo(300, 5);
  });

  it('hyphenates only when the language has patterns, and keeps room for the hyphen', () => {
    const text =
      'Governments should refrain from indiscriminate communications surveillance and guarantee ' +
      'independent investigations of disproportionate interference with accountability.';
    for (const width of [120, 180, 260]) {
      const set = setText(book, [{ text, style: STYLES.quote }], width, { language: 'en-GB' });
      const hyphenated = set.lines.filter((line) => line.runs.some((run) => run.breakHyphen));
      expect(hyphenated.length, `width ${width}`).toBeGreaterThan(0);
      for (const line of set.lines) {
        expect(line.width).toBeLessThanOrEqual(width + 0.01);
        // Only the line's last run carries the hyphen, and only when the line ends in a word.
        const last = line.runs[line.runs.length - 1];
        if (last?.breakHyphen)
          expect(text.slice(line.end - 1, line.end + 1)).toMatch(/^\p{L}\p{L}$/u);
      }
      const plain = setText(book, [{ text, style: STYLES.quote }], width);
      expect(plain.lines.some((line) => line.runs.some((run) => run.breakHyphen))).toBe(false);
      expect(set.lines.length).toBeLessThanOrEqual(plain.lines.length);
    }
  });
});
