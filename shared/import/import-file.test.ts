/**
 * importFile end to end in Node: real PDFs drawn with pdf-lib read through pdf.js's legacy
 * build, DOCX zips read through mammoth, HTML, text and markdown, and every kind of bad file.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import {
  briefDocx,
  docxParts,
  HOSTILE_HTML,
  overlappingZipBomb,
  randomBytes,
  REPORT_EXPECTED,
  reportPdf,
  scannedPdf,
  windows1252Text,
  zipParts,
} from '../../e2e/fixtures/import-files';
import { blockProblems } from '../text/block-invariants';
import { importFile, type ImportSource } from './import-file';
import { ImportError } from './import-error';
import { UNDER_MUTATION } from '../testing/mutation-run';

const deps = { pdfjs };
const utf8 = (text: string) => new TextEncoder().encode(text);
const run = (name: string, bytes: Uint8Array) => importFile({ name, bytes }, deps);

async function failure(source: ImportSource): Promise<ImportError> {
  const error = await importFile(source, deps).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('importFile: formats', () => {
  it('rebuilds a multi-page PDF: paragraphs, headings, pages, no headers or page numbers', async () => {
    const progress: number[] = [];
    const doc = await importFile(
      { name: 'digital-rights.pdf', bytes: await reportPdf() },
      { pdfjs, onProgress: (f) => progress.push(f) },
    );
    expect(doc.format).toBe('pdf');
    expect(doc.blocks).toEqual(REPORT_EXPECTED.blocks);
    expect(doc.meta).toEqual({
      title: REPORT_EXPECTED.title,
      publisher: null,
      // The file was created in 2021, but its first page prints no date: the year stays unknown.
      year: null,
      kind: 'PDF document',
      language: 'en-GB',
    });
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
    expect(blockProblems(doc.blocks)).toEqual([]);
  });

  it('takes a PDF title from its metadata, unless it is a placeholder', async () => {
    expect((await run('r.pdf', await reportPdf({ title: 'Declared Title' }))).meta.title).toBe(
      'Declared Title',
    );
    expect(
      (await run('r.pdf', await reportPdf({ title: 'Microsoft Word - draft.docx' }))).meta.title,
    ).toBe(REPORT_EXPECTED.title);
  });

  it('reads a DOCX: title from its properties, headings, marks, publisher, language', async () => {
    const doc = await run('brief.docx', briefDocx());
    expect(doc.format).toBe('docx');
    expect(doc.meta).toEqual({
      title: 'Policy Brief on Encryption',
      publisher: 'Digital Rights Institute',
      // core.xml says the file was created in 2022; the text prints no date, so no year.
      year: null,
      kind: 'Word document',
      language: 'en-GB',
    });
    expect(doc.blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['heading', 1, 'Encryption and Human Rights'],
      ['heading', 1, 'Summary'],
      ['paragraph', null, 'Strong encryption protects journalists, activists and everyone else.'],
      ['heading', 2, 'Recommendations'],
      ['paragraph', null, 'Do not mandate backdoors in messaging services.'],
    ]);
    expect(doc.blocks[2]?.marks).toEqual([{ type: 'strong', start: 18, end: 26 }]);
  });

  it('titles a DOCX without properties by its first heading, else by its file name', async () => {
    const parts = docxParts({
      paragraphs: [{ style: 'Heading1', runs: ['Heading title'] }, { runs: ['Text.'] }],
    });
    expect((await run('a.docx', zipParts(parts))).meta.title).toBe('Heading title');
    const plain = docxParts({ paragraphs: [{ runs: ['Only text.'] }] });
    expect((await run('My_Brief.docx', zipParts(plain))).meta.title).toBe('My Brief');
  });

  it('reads HTML without anything active, and text and markdown through the text parser', async () => {
    const html = await run('page.html', utf8(HOSTILE_HTML));
    expect(html.meta.title).toBe('Liberté d’expression en ligne');
    expect(JSON.stringify(html)).not.toMatch(/pwned|example\.com|script/);

    const md = await run('notes.md', utf8('# Notes on privacy\n\nA *first* point.\n\n- item'));
    expect(md.format).toBe('markdown');
    expect(md.meta.title).toBe('Notes on privacy');
    expect(md.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list-item']);

    const txt = await run('ansi-notes.txt', windows1252Text());
    expect(txt).toMatchObject({ format: 'text', sourceName: 'ansi-notes.txt', sourceSize: 23 });
    expect(txt.blocks[0]?.text).toBe('“Café” – naïve résumé’s');
    // A lone first line that reads like a title is one; the file name is the last resort.
    expect(txt.meta.title).toBe('“Café” – naïve résumé’s');
    const untitled = await run('ansi_notes.txt', utf8('first point, in lower case.\n\nsecond.'));
    expect(untitled.meta.title).toBe('ansi notes');
  });

  it('reads files whose extension lies by what they are', async () => {
    expect((await run('report.txt', await reportPdf())).format).toBe('pdf');
    expect((await run('brief.txt', briefDocx())).format).toBe('docx');
    expect((await run('saved.txt', utf8('<!DOCTYPE html><h1>Saved page</h1>'))).format).toBe(
      'html',
    );
  });
});

describe('importFile: bad input', () => {
  // Inflates a 640 MB zip bomb against the default limit (15–25 s): left out of mutation runs,
  // where zip-scan's own tests make the same refusal at small limits.
  it.skipIf(UNDER_MUTATION)(
    'names each problem',
    async () => {
      const pdf = await reportPdf();
      const cases: [ImportSource, string, string][] = [
        [{ name: 'empty.txt', bytes: new Uint8Array() }, 'empty', 'empty file'],
        [{ name: 'blank.md', bytes: utf8('  \n\n \t') }, 'no-text', 'empty file'],
        [{ name: 'fake.pdf', bytes: utf8('hello') }, 'not-pdf', 'not a PDF'],
        [{ name: 'cut.pdf', bytes: pdf.subarray(0, 200) }, 'damaged-pdf', 'the PDF is damaged'],
        [
          { name: 'scan.pdf', bytes: await scannedPdf() },
          'scanned-pdf',
          'no text: the PDF seems to be scanned images',
        ],
        [{ name: 'fake.docx', bytes: utf8('hello') }, 'not-docx', 'not a Word (.docx) document'],
        [
          { name: 'cut.docx', bytes: briefDocx().subarray(0, 300) },
          'not-docx',
          'not a Word (.docx) document',
        ],
        [
          { name: 'bomb.docx', bytes: overlappingZipBomb(40, 16) },
          'expands-too-much',
          'compressed content expands past 512 MB',
        ],
        [
          { name: 'noise.txt', bytes: randomBytes(2000, 3) },
          'bad-encoding',
          'not UTF-8, UTF-16 or Windows-1252 text',
        ],
        [
          { name: 'noise.bin', bytes: randomBytes(2000, 3) },
          'unsupported-type',
          'unsupported file type (.bin): import .txt, .md, .html, .pdf or .docx files',
        ],
        [
          { name: 'scan.html', bytes: utf8('<script>alert(1)</script><img src=x>') },
          'no-text',
          'no readable text',
        ],
      ];
      for (const [source, code, message] of cases) {
        const error = await failure(source);
        expect({ name: source.name, code: error.code, message: error.message }).toEqual({
          name: source.name,
          code,
          message,
        });
      }
    },
    90_000,
  );

  it('refuses files over the size limit before reading them', async () => {
    // A view that claims 2.1 GB without allocating it: only its length is read first.
    const huge = { length: Math.round(2.1 * 1024 ** 3) } as unknown as Uint8Array;
    const error = await failure({ name: 'huge.pdf', bytes: huge });
    expect(error.message).toBe('too large: 2.1 GB, the limit is 200 MB');
  });

  it('calls a PDF with a broken page tree damaged, not a crash', async () => {
    const pdf = await reportPdf();
    const text = new TextDecoder('latin1').decode(pdf);
    const broken = utf8(text.replace(/\/Type \/Pages/g, '/Type /Pagez'));
    const error = await failure({ name: 'broken.pdf', bytes: broken });
    expect(['damaged-pdf', 'scanned-pdf']).toContain(error.code);
  });
});
