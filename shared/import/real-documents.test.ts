/**
 * Real documents as LibreOffice writes them (e2e/fixtures/documents, made by make-documents.mjs
 * there): a treaty, a report and an Arabic and Hebrew page, each as PDF and as DOCX. Whatever
 * the format, they should read like their originals: the same headings, paragraphs and order,
 * the title and year of the text (not of the file), running heads and footers left out.
 */
import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { ParsedBlock } from '../model/document';
import { blockProblems } from '../text/block-invariants';
import { importFile, type ImportedDocument } from './import-file';

const FIXTURES = new URL('../../e2e/fixtures/documents/', import.meta.url);

async function imported(name: string): Promise<ImportedDocument> {
  const bytes = new Uint8Array(readFileSync(new URL(name, FIXTURES)));
  const doc = await importFile({ name, bytes }, { pdfjs });
  expect(blockProblems(doc.blocks)).toEqual([]);
  return doc;
}

const headings = (blocks: readonly ParsedBlock[]) =>
  blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
const textOf = (doc: ImportedDocument) => doc.blocks.map((b) => b.text).join('\n');

describe.each(['pdf', 'docx'])('a treaty (%s)', (format) => {
  it('has its title and adoption year, and every article as a heading before its paragraphs', async () => {
    const doc = await imported(`treaty-digital-civil-rights.${format}`);
    expect(doc.meta.title).toBe('International Covenant on Digital Civil Rights');
    // The file was made in 2026; the treaty was adopted in 1966, as its first page says.
    expect(doc.meta.year).toBe(1966);
    expect(headings(doc.blocks)).toEqual([
      'International Covenant on Digital Civil Rights',
      'Part I',
      'Article 1',
      'Article 2',
      'Part II',
      'Article 17',
      'Article 19',
      'Article 21',
      'Article 22',
    ]);
    const texts = doc.blocks.map((b) => b.text);
    const article21 = texts.indexOf('Article 21');
    expect(texts[article21 + 1]).toMatch(/^The right of peaceful assembly shall be recognized\./);
    expect(texts).toContain(
      'Adopted and opened for signature, ratification and accession by General Assembly resolution 99/1 of 16 December 1966',
    );
    expect(texts).toContain('(a) For respect of the rights or reputations of others;');
  });
});

describe.each(['pdf', 'docx'])('a report (%s)', (format) => {
  it('joins two-line headings and a paragraph cut by a page break, drops running heads', async () => {
    const doc = await imported(`report-digital-rights-in-practice.${format}`);
    expect(doc.meta.title).toBe(
      'Digital Rights in Practice: Assembly, Association and Privacy Online',
    );
    expect(doc.meta.year).toBe(2023);
    expect(headings(doc.blocks)).toEqual([
      'Digital Rights in Practice',
      'Surveillance of peaceful assemblies and the chilling effect it has on online association',
      'Recommendations to States',
      'Encryption, anonymity and the protection of journalists and human rights defenders',
      'Conclusion',
    ]);
    const crossing = doc.blocks.find((b) => b.text.startsWith('Analysts reviewing network'));
    expect(crossing?.text).toMatch(/given a way to complain\.$/);
    const ending = doc.blocks.find((b) => b.text.startsWith('Analysts reviewing content'));
    expect(ending?.text).toMatch(/The paragraph ends here, after the page break\.$/);
    if (format === 'pdf') expect([crossing?.page, ending?.page]).toEqual([1, 2]);
    // Numbered list items keep their numbers: in the text (PDF) or as the item's label (DOCX).
    const numbered = (b: ParsedBlock) => (b.label === undefined ? b.text : `${b.label}. ${b.text}`);
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map(numbered)).toEqual([
      '1. Publish transparency reports on every government request for user data.',
      '2. Consult civil society before adopting laws that restrict online assembly.',
      '3. Subject biometric surveillance to independent and effective oversight.',
    ]);
    expect(textOf(doc)).not.toMatch(/Annual Report|rights@example\.org|Page \d/);
    expect(doc.blocks).toHaveLength(15);
  });
});

describe.each(['pdf', 'docx'])('an Arabic and Hebrew page (%s)', (format) => {
  it('reads right-to-left lines in logical order, Latin and numbers in place', async () => {
    const doc = await imported(`udhr-article-19-arabic-hebrew.${format}`);
    expect(doc.meta.language).toBe('ar-SA');
    expect(headings(doc.blocks)).toEqual([
      'Universal Declaration of Human Rights',
      'المادة 19',
      'סעיף 19',
    ]);
    const texts = doc.blocks.map((b) => b.text);
    // The Hebrew sentence, one paragraph, with its acronym and year where they belong.
    expect(texts).toContain('ההכרזה לכל באי עולם בדבר זכויות האדם (UDHR) אומצה בפריז בשנת 1948.');
    expect(texts).toContain(
      'כל אדם זכאי לחירות הדעה והביטוי, לרבות החירות להחזיק בדעות ללא כל הפרעה, וכן לבקש ידיעות ודעות, ולקבלן ולמסרן בכל הדרכים וללא סייגי גבולות.',
    );
    // "الإعلان" has a lam-alef drawn as one glyph: its two letters stay in the order written.
    expect(texts).toContain(
      'اعتمد الإعلان العالمي لحقوق الإنسان (UDHR) في باريس عام 1948، وتحميه المادة 19 من العهد الدولي.',
    );
    const first = texts.find((t) => t.startsWith('لكل شخص'));
    expect(first).toMatch(
      /^لكل شخص الحق في حرية الرأي والتعبير، .* الآراء .* الأنباء والأفكار .* الجغرافية\.$/u,
    );
    if (format === 'pdf') {
      expect(doc.blocks.find((b) => b.text === 'סעיף 19')?.page).toBe(2);
    }
  });
});
