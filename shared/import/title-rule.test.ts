/**
 * One title rule for every format: declared metadata, then a first line that looks like a title
 * (the same test for text, Markdown, DOCX, PDF and HTML), then the page's or file's name. Each
 * case below is the same document saved in all five formats, so a format that named it
 * differently would show up as the odd one out.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildPdf, docxParts, zipParts } from '../../e2e/fixtures/import-files';
import { importFile } from './import-file';
import { chooseTitle, firstLineTitle } from './title-rule';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The same two lines in every format; `title` is declared as metadata where the format can. */
async function everyFormat(
  first: string,
  second: string,
  title?: string,
): Promise<Record<string, Uint8Array>> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const meta = title === undefined ? '' : `<meta name="citation_title" content="${escape(title)}">`;
  return {
    'brief.txt': utf8(`${first}\n\n${second}\n`),
    'brief.md': utf8(`${first}\n\n${second}\n`),
    'brief.html': utf8(
      `<!doctype html><html><head>${meta}</head><body><p>${escape(first)}</p><p>${escape(second)}</p></body></html>`,
    ),
    // A plain first paragraph: no Title style, and an empty core title unless one is given.
    'brief.docx': zipParts(
      docxParts({
        paragraphs: [{ runs: [first] }, { runs: [second] }],
        ...(title ? { title } : {}),
      }),
    ),
    'brief.pdf': await buildPdf({
      pages: [
        [
          { text: first, y: 760, size: 11 },
          { text: second, y: 730, size: 11 },
        ],
      ],
      ...(title ? { title } : {}),
    }),
  };
}

async function titles(files: Record<string, Uint8Array>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) {
    out[name] = (await importFile({ name, bytes }, { pdfjs })).meta.title;
  }
  return out;
}

const BODY = 'States should protect the work of human rights defenders online and offline.';

describe('the title rule, across formats', () => {
  it('takes a first line that looks like a title, in every format', async () => {
    const got = await titles(await everyFormat('Digital Rights Review 2024', BODY));
    expect(Object.values(got)).toEqual(Array(5).fill('Digital Rights Review 2024'));
  });

  it('prefers declared metadata over the first line, where the format declares one', async () => {
    const got = await titles(
      await everyFormat('Digital Rights Review 2024', BODY, 'Annual Review of Digital Rights'),
    );
    expect(got).toEqual({
      // Plain text and Markdown have no metadata to declare a title in.
      'brief.txt': 'Digital Rights Review 2024',
      'brief.md': 'Digital Rights Review 2024',
      'brief.html': 'Annual Review of Digital Rights',
      'brief.docx': 'Annual Review of Digital Rights',
      'brief.pdf': 'Annual Review of Digital Rights',
    });
  });

  it('falls back to the file name when the first line is prose, in every format', async () => {
    const got = await titles(await everyFormat(BODY, 'A second sentence follows here.'));
    expect(Object.values(got)).toEqual(Array(5).fill('brief'));
  });
});

describe('chooseTitle', () => {
  const blocks = (...texts: string[]) =>
    texts.map((text) => ({ kind: 'paragraph' as const, text }));

  it('says which step named the document', () => {
    expect(chooseTitle(' Declared ', blocks('First line'), 'f.txt')).toEqual({
      title: 'Declared',
      source: 'metadata',
    });
    expect(chooseTitle(null, blocks('First line'), 'f.txt')).toEqual({
      title: 'First line',
      source: 'first-line',
    });
    expect(chooseTitle(null, blocks('it starts in lowercase'), 'f.html', 'Tab name')).toEqual({
      title: 'Tab name',
      source: 'page-name',
    });
    expect(chooseTitle('  ', [], 'my_notes.txt')).toEqual({
      title: 'my notes',
      source: 'file-name',
    });
  });

  it('holds every first line to the same test: short, no final full stop, not a date or address', () => {
    for (const notTitle of [
      'This is a sentence.',
      '3 January 2020',
      'https://example.org/report',
      '- a list item',
      'x'.repeat(201),
      'Line one\nLine two',
    ]) {
      expect(firstLineTitle(blocks(notTitle)), notTitle).toBeNull();
    }
    expect(firstLineTitle([{ kind: 'list-item', text: 'Looks Like A Title' }])).toBeNull();
    expect(firstLineTitle([{ kind: 'heading', text: 'Why encryption matters?' }])).toBe(
      'Why encryption matters?',
    );
  });
});
