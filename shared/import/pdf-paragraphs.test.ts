/**
 * Paragraph rebuilding from synthetic pdf.js text runs: lines, hyphenation, running headers and
 * footers, page numbers, headings by size, list items, paragraphs across pages.
 */
import { describe, expect, it } from 'vitest';
import { blockProblems } from '../text/block-invariants';
import { pdfBlocks, type PdfPageText, type PdfTextRun } from './pdf-paragraphs';

/** One run per line, top to bottom from y = 760 at 14-point spacing unless told otherwise. */
function page(
  n: number,
  lines: readonly (string | (Partial<PdfTextRun> & { text: string }))[],
): PdfPageText {
  let y = 760;
  const runs = lines.map((line) => {
    const run = typeof line === 'string' ? { text: line } : line;
    const placed: PdfTextRun = {
      x: 72,
      width: run.text.length * 5,
      size: 10,
      endOfLine: true,
      ...run,
      y: run.y ?? y,
    };
    y = placed.y - (placed.size ?? 10) * 1.4;
    return placed;
  });
  return { page: n, height: 842, runs };
}

const header = (n: number) => ({
  text: `UN Human Rights Council – A/HRC/${40 + n}`,
  y: 810,
  size: 8,
});
const footer = (n: number) => ({ text: String(n), y: 30, size: 8, x: 290 });

describe('pdfBlocks', () => {
  it('joins lines into paragraphs and undoes end-of-line hyphenation', () => {
    const blocks = pdfBlocks([
      page(1, [
        'The right to privacy applies to com-',
        'munications data and to meta-',
        'data alike, including self-',
        'determination.',
      ]),
      page(2, ['Self-determination is discussed below.']),
    ]);
    expect(blocks[0]?.text).toBe(
      'The right to privacy applies to communications data and to metadata alike, including self-determination.',
    );
  });

  it('drops running headers, footers and page numbers that repeat at the same place', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [header(n), { text: `Body text of page ${n}.`, y: 700 }, footer(n)]),
    );
    const blocks = pdfBlocks(pages);
    expect(blocks.map((b) => b.text)).toEqual([1, 2, 3, 4].map((n) => `Body text of page ${n}.`));
    expect(blocks.map((b) => b.page)).toEqual([1, 2, 3, 4]);
  });

  it('drops "Page n of m" and dashed numbers at a page edge but keeps numbers in the text', () => {
    const blocks = pdfBlocks([
      page(1, [
        { text: 'Article 19 protects 2 freedoms.', y: 700 },
        { text: 'Page 1 of 2', y: 30 },
      ]),
      page(2, [
        { text: '- 2 -', y: 810 },
        { text: '42', y: 700 },
        { text: 'Closing words.', y: 680 },
        { text: 'x', y: 660 },
        { text: 'Page 2 of 2', y: 30 },
      ]),
    ]);
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain('Article 19 protects 2 freedoms.');
    expect(texts.join(' ')).not.toMatch(/Page \d of|- 2 -/);
    expect(texts.join(' ')).toContain('42');
  });

  it('keeps a line that repeats but not at the same place, and anything on a single page', () => {
    const blocks = pdfBlocks([
      page(1, [
        { text: 'Recommendations', y: 810 },
        { text: 'First.', y: 700 },
      ]),
      page(2, [
        { text: 'Middle.', y: 700 },
        { text: 'Recommendations', y: 400 },
        { text: 'Last.', y: 300 },
      ]),
    ]);
    expect(blocks.filter((b) => b.text === 'Recommendations')).toHaveLength(2);
  });

  it('tells headings by type size, largest first, and list items by bullets', () => {
    const blocks = pdfBlocks([
      page(1, [
        { text: 'Annual Report', size: 20 },
        { text: 'Findings', size: 14, y: 700 },
        { text: 'Most states now publish transparency reports.', y: 670 },
        { text: '• Publish reports.', y: 640 },
        { text: '• Consult civil society.' },
        { text: '(a) Review laws.' },
      ]),
    ]);
    expect(blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['heading', 1, 'Annual Report'],
      ['heading', 2, 'Findings'],
      ['paragraph', null, 'Most states now publish transparency reports.'],
      ['list-item', null, 'Publish reports.'],
      ['list-item', null, 'Consult civil society.'],
      ['list-item', null, '(a) Review laws.'],
    ]);
  });

  it('continues a paragraph over a page break when its sentence is unfinished', () => {
    const blocks = pdfBlocks([
      page(1, [
        header(1),
        { text: 'States must ensure that any restriction is', y: 700 },
        footer(1),
      ]),
      page(2, [
        header(2),
        { text: 'provided by law and necessary.', y: 760 },
        { text: 'A new paragraph starts.', y: 720 },
        footer(2),
      ]),
    ]);
    expect(blocks.map((b) => [b.text, b.page])).toEqual([
      ['States must ensure that any restriction is provided by law and necessary.', 1],
      ['A new paragraph starts.', 2],
    ]);
  });

  it('starts paragraphs at blank space, at indented first lines and after short last lines', () => {
    const blocks = pdfBlocks([
      page(1, [
        { text: 'One paragraph that runs over two lines of the column width here', width: 400 },
        { text: 'and ends.', width: 40 },
        { text: 'Next paragraph directly below, after a short line.', width: 400 },
        { text: 'Indented first line opens another paragraph here.', x: 90, width: 380 },
        { text: 'Then a gap.', y: 600 },
      ]),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'One paragraph that runs over two lines of the column width here and ends.',
      'Next paragraph directly below, after a short line.',
      'Indented first line opens another paragraph here.',
      'Then a gap.',
    ]);
  });

  it('joins runs of one line, spacing them by their gap, and expands ligatures', () => {
    const blocks = pdfBlocks([
      {
        page: 1,
        height: 842,
        runs: [
          { text: 'The ﬁrst', x: 72, y: 700, width: 40, size: 10 },
          { text: 'word', x: 114, y: 700, width: 20, size: 10 },
          { text: 's', x: 134, y: 700, width: 5, size: 10, endOfLine: true },
        ],
      },
    ]);
    expect(blocks[0]?.text).toBe('The first words');
  });

  it('returns nothing for pages without text, and well-formed blocks otherwise', () => {
    expect(pdfBlocks([page(1, []), page(2, [' ', '\u00a0'])])).toEqual([]);
    const blocks = pdfBlocks([page(1, ['  spaced   out  ', '', 'x'])]);
    expect(blockProblems(blocks)).toEqual([]);
  });
});

describe('pdfBlocks: headings by weight, centred and right-to-left lines', () => {
  it('takes a short bold line in body type as a heading, ranked below larger type', () => {
    const blocks = pdfBlocks([
      page(1, [
        { text: 'Part I', size: 16 },
        { text: 'Article 21', bold: true, x: 270, width: 50, y: 720 },
        {
          text: 'The right of peaceful assembly shall be recognized. No restrictions may be',
          y: 700,
          width: 450,
        },
        {
          text: 'placed on the exercise of this right other than those imposed in conformity',
          width: 450,
        },
        { text: 'with the law and which are necessary in a democratic society.', width: 300 },
        { text: 'Emphasis in bold that ends a sentence.', bold: true, y: 620 },
      ]),
    ]);
    expect(blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['heading', 1, 'Part I'],
      ['heading', 2, 'Article 21'],
      [
        'paragraph',
        null,
        'The right of peaceful assembly shall be recognized. No restrictions may be placed on the exercise of this right other than those imposed in conformity with the law and which are necessary in a democratic society.',
      ],
      ['paragraph', null, 'Emphasis in bold that ends a sentence.'],
    ]);
  });

  it('joins a heading set on two lines at its own leading', () => {
    const blocks = pdfBlocks([
      page(1, [
        { text: 'Surveillance of peaceful assemblies and the chilling', size: 16, y: 760 },
        { text: 'effect on association', size: 16, y: 741 },
        { text: 'Body text follows the heading here.', y: 715 },
      ]),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Surveillance of peaceful assemblies and the chilling effect on association',
      'Body text follows the heading here.',
    ]);
  });

  it('continues centred lines and mirrors indents for right-to-left paragraphs', () => {
    const margin = { width: 450 };
    const blocks = pdfBlocks([
      page(1, [
        { text: 'A left line at the margin that fills the column of text.', x: 72, ...margin },
        { text: 'Adopted by resolution 99/1 of', x: 200, width: 194 },
        { text: '16 December 1966', x: 247, width: 100 },
        {
          text: 'لكل شخص الحق في حرية الرأي والتعبير ويشمل هذا الحق حرية',
          x: 72,
          y: 680,
          ...margin,
        },
        { text: 'اعتناق الآراء دون أي تدخل.', x: 300, width: 222 },
        { text: 'فقرة جديدة تبدأ بمسافة بادئة على اليمين.', x: 100, width: 400 },
      ]),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'A left line at the margin that fills the column of text.',
      'Adopted by resolution 99/1 of 16 December 1966',
      'لكل شخص الحق في حرية الرأي والتعبير ويشمل هذا الحق حرية اعتناق الآراء دون أي تدخل.',
      'فقرة جديدة تبدأ بمسافة بادئة على اليمين.',
    ]);
  });
});
