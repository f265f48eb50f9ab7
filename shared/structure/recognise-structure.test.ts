/**
 * Structure recognition on documents written for the purpose, in every import format (see
 * fixtures/README.md for how the PDF and DOCX were made): each block must get the reference a
 * reader of that document would cite, and blocks the document does not number get none.
 * To add a case, put the source in fixtures/ and list every block's expected reference.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import { parseDocument } from '../text/parse-document';
import { citedRef, recogniseStructure } from './recognise-structure';
import { formatRef } from './structural-ref';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Each block's reference as cited ("-" for none), read through the full import. */
async function refs(name: string): Promise<string[]> {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, name)));
  const document = await importFile({ name, bytes }, { pdfjs });
  return document.blocks.map((block) => {
    const ref = citedRef(block);
    return ref === null ? '-' : formatRef(ref);
  });
}

const TREATY = [
  '-', // the title
  'Art. 1',
  'Art. 1', // an unnumbered paragraph belongs to its article
  'Art. 19',
  'Art. 19(1)',
  'Art. 19(2)',
  'Art. 19(3)',
  'Art. 19(3)(a)',
  'Art. 19(3)(b)',
  'Art. 20', // "Article 20. Any propaganda…": heading and text in one block
  'Art. 20', // "Article 19 of this Covenant applies…" is prose inside article 20
];

describe('structure recognition', () => {
  it('reads a treaty’s articles, paragraphs and lettered sub-paragraphs (text)', async () => {
    expect(await refs('treaty.txt')).toEqual(TREATY);
  });

  it('reads the same treaty from a DOCX made by LibreOffice', async () => {
    expect(await refs('treaty.docx')).toEqual(TREATY);
  });

  it('reads the same treaty from a PDF made by LibreOffice; the untitled title cites its page', async () => {
    expect(await refs('treaty.pdf')).toEqual(['p. 1', ...TREATY.slice(1)]);
  });

  it('reads articles and ordered lists’ own numbers and letters from HTML', async () => {
    expect(await refs('treaty.html')).toEqual([
      '-',
      'Art. 1',
      'Art. 1',
      'Art. 2',
      'Art. 2(1)',
      'Art. 2(2)',
      'Art. 2(2)(a)',
      'Art. 2(2)(b)',
    ]);
  });

  it('counts preambular paragraphs and reads numbered operative ones (English)', async () => {
    expect(await refs('resolution-en.txt')).toEqual([
      '-',
      '-', // "The Human Rights Council," opens the resolution but is no paragraph of it
      'PP 1',
      'PP 2',
      'PP 3',
      'PP 4',
      'OP 1',
      'OP 2',
      'OP 3',
      'OP 3(a)',
      'OP 3(b)',
      'OP 4',
    ]);
  });

  it('splits a PDF resolution’s preambular paragraphs set without space between them', async () => {
    // LibreOffice PDFs of resolution-en.txt and resolution-fr.txt with the blank lines taken
    // out: one paragraph per line of source, no spacing, as UN documents set the preamble.
    // (Set in the body's size, the title runs on into "The Human Rights Council,": one block.)
    expect(await refs('resolution-preamble.pdf')).toEqual([
      'p. 1',
      'PP 1',
      'PP 2',
      'PP 3',
      'PP 4',
      'OP 1',
      'OP 2',
      'OP 3',
      'OP 3(a)',
      'OP 3(b)',
      'OP 4',
    ]);
    expect(await refs('resolution-preamble-fr.pdf')).toEqual([
      'p. 1',
      'PP 1',
      'PP 2',
      'PP 3',
      'PP 4',
      'OP 1',
      'OP 2',
      'OP 3',
    ]);
  });

  it('does the same for a French resolution (Rappelant, Profondément préoccupé, Se félicitant)', async () => {
    expect(await refs('resolution-fr.txt')).toEqual([
      '-',
      '-',
      'PP 1',
      'PP 2',
      'PP 3',
      'PP 4',
      'OP 1',
      'OP 2',
      'OP 3',
    ]);
  });

  it('reads a report’s numbered sections and paragraphs (markdown lists keep their numbers)', async () => {
    expect(await refs('report.md')).toEqual([
      '-',
      'sec. I',
      'para. 1',
      'para. 2',
      'para. 2(a)',
      'para. 2(b)',
      'sec. II',
      'para. 3',
      '-', // "In 2016, 10 countries…" is no paragraph number
      'para. 4',
      'sec. III',
      'para. 1', // numbering restarted under a new section
    ]);
  });

  it('keeps an ordered list’s start number and gives unnumbered blocks nothing', async () => {
    expect(await refs('report-list.md')).toEqual(['-', '-', 'para. 3', 'para. 4', '-']);
  });

  it('cites the pages of a PDF that numbers nothing', async () => {
    const pages = await refs('unnumbered-briefing.pdf');
    expect(pages.length).toBe(90);
    expect(pages[0]).toBe('p. 1');
    expect(pages.at(-1)).toBe('p. 5');
    expect(pages.every((ref) => /^p\. [1-5]$/.test(ref))).toBe(true);
    // Pages only grow through the document.
    const numbers = pages.map((ref) => Number(ref.slice(3)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('invents nothing for prose that merely starts with numbers or participles', () => {
    const blocks = parseDocument(
      [
        'Notes from the meeting',
        '',
        '10 countries signed the declaration in 2021.',
        '',
        'Building on that, the coalition met again.',
        '',
        'Article 19 of the Covenant was discussed at length by the delegations present.',
      ].join('\n'),
      'text',
    ).blocks;
    expect(recogniseStructure(blocks)).toEqual(blocks.map(() => null));
  });

  it('gives the sample declaration PP 1–8 and its lettered commitments OP A–D', () => {
    const source = readFileSync(
      path.join(import.meta.dirname, '../../resources/corpus/foc-joint-action-free-expression.txt'),
      'utf8',
    );
    const cited = recogniseStructure(parseDocument(source, 'text').blocks)
      .filter((ref) => ref !== null)
      .map(formatRef);
    expect(cited).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `PP ${n}`),
      ...['A', 'B', 'C', 'D'].map((letter) => `OP ${letter}`),
    ]);
  });
});
