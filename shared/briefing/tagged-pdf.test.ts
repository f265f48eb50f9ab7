/**
 * The briefing as a screen reader meets it (tagged PDF, PDF/UA-1): the structure tree read back
 * from the file, with pdf-lib's parser for the document's reading order and pdf.js (Firefox's PDF
 * engine) for each page's tree and text layer. Checked on the sample briefing, a briefing quoting
 * ten scripts and one of 2,000 excerpts: every excerpt a BlockQuote in order, headings that nest,
 * figures with alternative text stating their numbers, a real table, links and highlights in the
 * tree, running heads and page numbers kept out of it, languages marked, and qpdf finding no fault.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefingFonts } from '../../cli/node-briefing-fonts';
import { sampleBriefingInput, ARABIC_QUOTE, JAPANESE_QUOTE } from '../../cli/sample-briefing';
import { readPdf, squash } from '../../cli/testing/pdf-read-back';
import { SCRIPT_SAMPLES, scriptsBriefingInput } from '../../cli/testing/script-samples';
import {
  elementsOf,
  readStructure,
  type ElementRead,
  type PdfJsNode,
  type StructureRead,
} from '../../cli/testing/structure-read-back';
import type { BriefingInput } from './briefing-input';
import { planBriefing } from './briefing-plan';
import { buildBriefing } from './build-briefing';
import { quotationText } from './excerpt-sections';

const NOW = new Date('2025-03-14T10:00:00Z');
const fonts = await loadBriefingFonts();

async function build(input: BriefingInput): Promise<{ bytes: Uint8Array; read: StructureRead }> {
  const bytes = await buildBriefing(input, fonts);
  return { bytes, read: await readStructure(bytes) };
}

/** The body's part: the Div under the Document that holds the sections. */
function body(read: StructureRead): ElementRead {
  const part = read.root?.children.find((child) => child.role === 'Div');
  if (!part) throw new Error('The structure tree has no body part.');
  return part;
}

function byRole(root: ElementRead | null, role: string): ElementRead[] {
  return elementsOf(root).filter((element) => element.role === role);
}

/** Rule: every excerpt of every section is a BlockQuote, in the plan's order, quoting it. */
function expectBlockQuotesInOrder(read: StructureRead, input: BriefingInput): void {
  const quotes = byRole(body(read), 'BlockQuote');
  const expected = planBriefing(input).sections.flatMap((section) => section.excerpts);
  expect(quotes.length).toBe(expected.length);
  quotes.forEach((quote, index) => {
    const excerpt = expected[index];
    const first = quote.children[0];
    expect(first?.role).toBe('P');
    expect(squash(first?.text ?? '')).toBe(squash(quotationText(excerpt?.quote ?? '')));
  });
}

/** Rule: headings start at H1 and never go more than one level deeper than the one before. */
function expectHeadingsNest(read: StructureRead): void {
  const levels = elementsOf(read.root)
    .filter((element) => /^H[1-6]$/.test(element.role))
    .map((element) => Number(element.role.slice(1)));
  expect(levels[0]).toBe(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1);
  });
}

/**
 * Rule: every piece of text drawn is in a marked-content sequence (an element's or an artifact);
 * running heads and page numbers are artifacts, and no artifact's text reaches the tree.
 */
function expectEverythingMarked(read: StructureRead, title: string): void {
  const inTree = squash(read.root?.text ?? '');
  read.pages.forEach((page, index) => {
    for (const text of page.texts) {
      if (text.str.trim() === '') continue;
      expect(text.tag, `“${text.str}” on page ${index + 1} is not marked`).not.toBeNull();
      if (text.tag === 'Artifact') expect(text.id).toBeNull();
      else expect(text.id, `“${text.str}” has no MCID`).not.toBeNull();
    }
    if (index === 0) return;
    const folio = page.texts.find((text) => /^page \d+ of \d+$/.test(text.str));
    expect(folio?.tag).toBe('Artifact');
    // The running title (shortened to fit) is drawn once on every body page, as an artifact.
    const heads = page.texts.filter(
      (text) => text.str.length > 12 && title.startsWith(text.str.replace(/…$/, '')),
    );
    expect(heads.some((text) => text.tag === 'Artifact')).toBe(true);
  });
  expect(inTree).not.toMatch(/page\d+of\d+/);
  expect(elementsOf(read.root).some((element) => element.role === 'Artifact')).toBe(false);
}

/** Rule: the catalog and pages say what PDF/UA-1 asks of them. */
function expectDocumentLevel(read: StructureRead, input: BriefingInput): void {
  expect(read.marked).toBe(true);
  expect(read.lang).toBe(input.language);
  expect(read.displayDocTitle).toBe(true);
  expect(read.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
  expect(read.xmp).toContain(`<rdf:li xml:lang="x-default">${input.title}</rdf:li>`);
  expect(read.root?.role).toBe('Document');
  read.pages.forEach((page, index) => {
    expect(page.tabs).toBe('S');
    expect(page.structParents).toBe(index);
    for (const annotation of page.annotations) expect(annotation.structParent).not.toBeNull();
  });
}

/** Roles and attributes pdf.js sees on a page. */
function pdfJsNodes(node: PdfJsNode | null): PdfJsNode[] {
  if (!node) return [];
  return [node, ...(node.children ?? []).flatMap((child) => pdfJsNodes(child))];
}

function expectQpdfClean(bytes: Uint8Array): void {
  const folder = mkdtempSync(path.join(tmpdir(), 'rightsmark-qpdf-'));
  try {
    const file = path.join(folder, 'briefing.pdf');
    writeFileSync(file, bytes);
    // Exits non-zero (and prints the faults) on any syntax, stream or structure error.
    const output = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(output).toContain('No syntax or stream encoding errors found');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the sample briefing, tagged', async () => {
  const input = sampleBriefingInput({ now: NOW, options: { includeAppendix: true } });
  const { bytes, read } = await build(input);
  const plan = planBriefing(input);
  const all = elementsOf(read.root);

  it('declares itself tagged, in its language, titled, with the PDF/UA identifier', () => {
    expectDocumentLevel(read, input);
  });

  it('reads every excerpt as a BlockQuote, in order', () => {
    expectBlockQuotesInOrder(read, input);
  });

  it('nests its headings, one H1 per part, and mirrors them in the outline', () => {
    expectHeadingsNest(read);
    const h1 = byRole(read.root, 'H1').map((heading) => squash(heading.text));
    expect(h1).toEqual(
      [
        input.title,
        'Executive summary',
        'Summary',
        'Contents',
        ...plan.sections.map((section, index) => `${index + 1}${section.title}`),
        'Sources',
        'Appendix: source documents',
      ].map(squash),
    );
    // Each appendix document is an H2 under the appendix's H1; its own headings H3 beneath.
    expect(byRole(read.root, 'H2').map((heading) => heading.text)).toEqual(
      expect.arrayContaining(
        plan.documents.map((document) => expect.stringContaining(document.title.slice(0, 12))),
      ),
    );
  });

  it('keeps running heads, page numbers and decoration out of the tree', () => {
    expectEverythingMarked(read, input.title);
  });

  it('describes each chart in its alternative text, with every number it draws', () => {
    const figures = byRole(read.root, 'Figure');
    expect(figures).toHaveLength(2);
    const [rights, documents] = figures;
    for (const right of plan.rights) {
      const count = plan.countByRight.get(right.id) ?? 0;
      expect(rights?.alt).toContain(`${right.name}: ${count} excerpt`);
    }
    for (const document of plan.documents) {
      const count = plan.countByDocument.get(document.id) ?? 0;
      expect(documents?.alt).toContain(`${document.title}: ${count} excerpt`);
    }
    // pdf.js (a reader's accessibility tree) sees the same alternative text.
    const seen = read.pages.flatMap((page) => pdfJsNodes(page.tree));
    expect(seen.filter((node) => node.role === 'Figure').map((node) => node.alt)).toContain(
      rights?.alt,
    );
  });

  it('sets the document × right matrix as a table with header cells', () => {
    const [table] = byRole(read.root, 'Table');
    expect(table?.children.map((group) => group.role)).toEqual(['THead', 'TBody', 'TFoot']);
    const [head, rows, foot] = table?.children ?? [];
    const headerCells = head?.children[0]?.children ?? [];
    expect(headerCells.map((cell) => [cell.role, cell.scope])).toEqual(
      Array.from({ length: plan.rights.length + 2 }, () => ['TH', 'Column']),
    );
    expect(rows?.children).toHaveLength(plan.documents.length);
    for (const row of [...(rows?.children ?? []), ...(foot?.children ?? [])]) {
      expect(row.role).toBe('TR');
      expect(row.children.map((cell) => cell.role)).toEqual([
        'TH',
        ...plan.rights.map(() => 'TD'),
        'TD',
      ]);
      expect(row.children[0]?.scope).toBe('Row');
    }
    // A cell drawn as a dash is read as zero.
    expect(
      elementsOf(table ?? null).some((cell) => cell.text.trim() === '–' && cell.actualText === '0'),
    ).toBe(true);
  });

  it('puts every link and highlight in the tree, next to its text', () => {
    const links = byRole(read.root, 'Link');
    const annotations = read.pages.flatMap((page) => page.annotations);
    expect(links.flatMap((link) => link.annotations)).toEqual(
      annotations.filter((annotation) => annotation.subtype === 'Link').map(() => 'Link'),
    );
    for (const link of links) expect(link.text.trim()).not.toBe('');
    const highlights = byRole(read.root, 'Annot').flatMap((annot) => annot.annotations);
    expect(highlights.length).toBe(
      annotations.filter((annotation) => annotation.subtype === 'Highlight').length,
    );
    expect(highlights.length).toBeGreaterThan(0);
    expect(read.parentTreeKeys).toBe(read.pages.length + annotations.length);
  });

  it('gives every analyst’s note an ID and a label', () => {
    const notes = byRole(read.root, 'Note');
    // An excerpt tagged with several rights is printed, with its note, under each of them.
    const printed = plan.sections.flatMap((section) => section.excerpts);
    expect(notes.length).toBe(printed.filter((excerpt) => excerpt.note.trim()).length);
    const ids = notes.map((note) => note.id);
    expect(new Set(ids).size).toBe(notes.length);
    for (const note of notes) expect(note.text).toContain('ANALYST’S NOTE');
  });

  it('marks the Japanese and Arabic quotations with their languages', () => {
    const quoteOf = (quote: string) =>
      byRole(body(read), 'BlockQuote')
        .map((block) => block.children[0])
        .find((p) => squash(p?.text ?? '').includes(squash(quote).slice(1, 12)));
    expect(quoteOf(JAPANESE_QUOTE)?.lang).toBe('ja');
    const arabic = quoteOf(ARABIC_QUOTE);
    expect(arabic?.lang).toBe('ar');
    // Shaped Arabic carries the text its glyphs stand for.
    const spans = arabic?.children.filter((child) => child.role === 'Span') ?? [];
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans)
      expect(squash(ARABIC_QUOTE)).toContain(squash(span.actualText ?? '∅'));
    const seen = read.pages.flatMap((page) => pdfJsNodes(page.tree));
    expect(seen.some((node) => node.lang === 'ja')).toBe(true);
    expect(seen.some((node) => node.lang === 'ar')).toBe(true);
  });

  it('lists its sources as a list of labelled items', () => {
    const sources = read.root?.children.find((part) => part.title === 'Sources');
    const [list] = byRole(sources ?? null, 'L');
    expect(list?.children).toHaveLength(plan.documents.length);
    for (const [index, item] of (list?.children ?? []).entries()) {
      expect(item.children.map((child) => child.role)).toEqual(['Lbl', 'LBody']);
      expect(item.children[0]?.text).toBe(`[${index + 1}]`);
    }
  });

  it('passes qpdf --check', () => {
    expectQpdfClean(bytes);
  });

  it('has no element without content', () => {
    for (const element of all)
      expect(element.text !== '' || element.annotations.length > 0, element.role).toBe(true);
  });
});

describe('a briefing with the analysts’ notes switched off', async () => {
  const input = sampleBriefingInput({
    now: NOW,
    options: { includeNotes: false, includeAppendix: true },
  });
  const bytes = await buildBriefing(input, fonts);
  const read = await readStructure(bytes);
  const pages = await readPdf(bytes);
  // Distinctive stretches of every note the sample carries.
  const notes = input.excerpts
    .map((excerpt) => excerpt.note.trim())
    .filter((note) => note !== '')
    .map((note) => squash(note).slice(0, 40));

  it('has no Note element and no note text in its structure tree', () => {
    expect(notes.length).toBeGreaterThan(2);
    expect(byRole(read.root, 'Note')).toEqual([]);
    const tree = squash(read.root?.text ?? '');
    expect(tree).not.toContain(squash('ANALYST’S NOTE'));
    for (const note of notes) expect(tree).not.toContain(note);
  });

  it('prints no note on any page, nor in any highlight’s pop-up', () => {
    const text = squash(pages.pages.map((page) => page.text).join(' '));
    expect(text).not.toContain(squash('ANALYST’S NOTE'));
    for (const note of notes) expect(text).not.toContain(note);
    const highlights = pages.pages.flatMap((page) => page.highlights);
    expect(highlights.length).toBeGreaterThan(0);
    for (const highlight of highlights) {
      for (const note of notes) expect(squash(highlight.contents)).not.toContain(note);
    }
  });
});

describe('a briefing quoting ten scripts, tagged', async () => {
  const input = {
    ...scriptsBriefingInput(NOW),
    options: { ...scriptsBriefingInput(NOW).options, includeAppendix: true },
  };
  const { bytes, read } = await build(input);
  const quotes = byRole(body(read), 'BlockQuote').map((block) => block.children[0]);

  it('reads every quotation in its own language, in order', () => {
    expectDocumentLevel(read, input);
    expectBlockQuotesInOrder(read, input);
    expectHeadingsNest(read);
    SCRIPT_SAMPLES.forEach((sample, index) => {
      expect(quotes[index]?.lang).toBe(sample.language === 'en' ? undefined : sample.language);
    });
  });

  it('gives shaped scripts spans whose ActualText is the text as written', () => {
    for (const [index, sample] of SCRIPT_SAMPLES.entries()) {
      const spans = quotes[index]?.children.filter((child) => child.role === 'Span') ?? [];
      const shaped = ['arabic', 'hebrew', 'devanagari'].includes(sample.face);
      if (!shaped) {
        expect(spans, sample.script).toEqual([]);
        continue;
      }
      const actual = spans.map((span) => span.actualText ?? '').join('');
      const letters = (text: string) => [...text].filter((c) => /[\p{L}\p{M}]/u.test(c)).join('');
      expect(letters(actual), sample.script).toBe(letters(sample.quote.normalize('NFC')));
    }
  });

  it('marks every line and passes qpdf --check', () => {
    expectEverythingMarked(read, input.title);
    expectQpdfClean(bytes);
  });
});

describe('a briefing of 2,000 excerpts, tagged', async () => {
  const input = sampleBriefingInput({ now: NOW, count: 2000 });
  const { bytes, read } = await build(input);

  it('reads all 2,000 excerpts as BlockQuotes in order, under nested headings', () => {
    expectDocumentLevel(read, input);
    expectBlockQuotesInOrder(read, input);
    expectHeadingsNest(read);
    expectEverythingMarked(read, input.title);
    expectQpdfClean(bytes);
  }, 120_000);
});
