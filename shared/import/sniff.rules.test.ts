/**
 * Sniffing at its edges: the PDF header window's last byte, every known binary named, every
 * accepted extension, and names whose dots and separators could mislead the extension.
 */
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  fileExtension,
  fileTitle,
  formatOfName,
  isPdfBytes,
  isZipBytes,
  looksLikeHtml,
} from './sniff';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the PDF header', () => {
  it('counts anywhere in the first 1,024 bytes, and not after', () => {
    const at = (offset: number) => bytes(`${' '.repeat(offset)}%PDF-1.7`);
    expect(isPdfBytes(at(0))).toBe(true);
    expect(isPdfBytes(at(1019))).toBe(true); // "%PDF-" ends on byte 1,024
    expect(isPdfBytes(at(1020))).toBe(false);
    expect(detectFormat('report.txt', at(1020))).toBe('text');
  });

  it('needs all five bytes "%PDF-"', () => {
    expect(isPdfBytes(bytes('%PDF'))).toBe(false);
    expect(isPdfBytes(bytes('%PDF1.7'))).toBe(false);
    expect(isPdfBytes(bytes('%%PDF-'))).toBe(true);
    expect(isPdfBytes(new Uint8Array())).toBe(false);
  });
});

describe('the zip header', () => {
  it('is "PK\\x03\\x04" at the very start', () => {
    expect(isZipBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(isZipBytes(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBe(false);
    expect(isZipBytes(new Uint8Array([0x20, 0x50, 0x4b, 0x03, 0x04]))).toBe(false);
    expect(isZipBytes(new Uint8Array([0x50, 0x4b, 0x03]))).toBe(false);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.text', 'text'],
    ['a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.XHTML', 'html'],
  ] as const)('reads %s as %s', (name, format) => {
    expect(detectFormat(name, bytes('Plain words.'))).toBe(format);
  });

  it.each([
    [
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      'an old Word (.doc) or Office file: save it as .docx',
    ],
    [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
    [[0xff, 0xd8, 0xff], 'a JPEG image'],
    [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
    [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  ])('names a known binary (%j) even under a text name', (signature, what) => {
    const file = new Uint8Array([...signature, 0x41, 0x42]);
    expect(() => detectFormat('notes.txt', file)).toThrowError(
      expect.objectContaining({
        code: 'unsupported-type',
        message: `unsupported file type: this is ${what}`,
      }),
    );
    // One byte short of the signature is not that binary.
    expect(detectFormat('notes.txt', file.subarray(1))).toBe('text');
  });

  it('refuses a zip named .pdf as not a PDF, and a .docx that is text as not a Word document', () => {
    expect(() => detectFormat('a.pdf', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toThrowError(
      expect.objectContaining({ code: 'not-pdf', message: 'not a PDF' }),
    );
    expect(() => detectFormat('a.docx', bytes('hello'))).toThrowError(
      expect.objectContaining({ code: 'not-docx', message: 'not a Word (.docx) document' }),
    );
  });

  it('says which extension it does not take, or none', () => {
    expect(() => detectFormat('data.csv', bytes('a,b'))).toThrowError(
      expect.objectContaining({
        message: 'unsupported file type (.csv): import .txt, .md, .html, .pdf or .docx files',
      }),
    );
    expect(() => detectFormat('README', bytes('a'))).toThrowError(
      expect.objectContaining({
        message: 'unsupported file type: import .txt, .md, .html, .pdf or .docx files',
      }),
    );
  });
});

describe('names', () => {
  it('take the extension from the last part of the path only', () => {
    expect(fileExtension('folder.v2/readme')).toBe('');
    expect(fileExtension('folder.v2\\readme')).toBe('');
    expect(fileExtension('a/b.c/report.TXT')).toBe('txt');
    expect(fileExtension('archive.tar.gz')).toBe('gz');
    expect(fileExtension('report.')).toBe('');
  });

  it('make a title of the name without folders, extension or underscores', () => {
    expect(fileTitle('C:\\reports\\annual__report.v2.pdf')).toBe('annual report.v2');
    expect(fileTitle('folder.v2/readme')).toBe('readme');
    expect(fileTitle('_ .txt')).toBe('Untitled document');
    expect(fileTitle('  spaced  .md')).toBe('spaced');
  });
});

describe('formatOfName', () => {
  it.each([
    ['Annual Report.PDF', 'pdf'],
    ['C:\\briefs\\brief.docx', 'docx'],
    ['a/page.htm', 'html'],
    ['notes.markdown', 'markdown'],
    ['notes.text', 'text'],
  ] as const)('reads %s as %s by its extension alone', (name, format) => {
    expect(formatOfName(name)).toBe(format);
  });

  it('takes a name with no extension, or one the import does not know, as text', () => {
    expect(formatOfName('README')).toBe('text');
    expect(formatOfName('data.csv')).toBe('text');
    expect(formatOfName('pdf')).toBe('text');
  });
});

describe('looksLikeHtml', () => {
  it('reads the opening tag after a BOM, spaces and comments, in any case', () => {
    expect(looksLikeHtml('<!DOCTYPE HTML>')).toBe(true);
    expect(looksLikeHtml('<!doctype   html>')).toBe(true);
    expect(looksLikeHtml('<HTML>')).toBe(true);
    expect(looksLikeHtml('\n\t<!-- a --> <!-- b -->\n<html\n lang="fr">')).toBe(true);
    expect(looksLikeHtml('\uFEFF<html>')).toBe(true);
    // Each comment ends at its own "-->": a comment after the tag does not swallow the tag.
    expect(looksLikeHtml('<!-- saved --><html><!-- end -->')).toBe(true);
  });

  it('does not take other tags, or a page that opens later', () => {
    expect(looksLikeHtml('<htmlx>')).toBe(false);
    expect(looksLikeHtml('<!doctype xml>')).toBe(false);
    expect(looksLikeHtml('<p>html</p>')).toBe(false);
    expect(looksLikeHtml('text <html>')).toBe(false);
    expect(looksLikeHtml(`<!--${' '.repeat(1100)}--><html>`)).toBe(false);
  });
});
