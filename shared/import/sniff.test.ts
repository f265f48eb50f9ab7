/** Format sniffing by magic bytes over names, and the sizes and titles the importer reports. */
import { describe, expect, it } from 'vitest';
import { fileExtension, fileTitle, detectFormat, looksLikeHtml } from './sniff';
import { formatSize, MAX_IMPORT_BYTES } from './limits';

const bytes = (text: string) => new TextEncoder().encode(text);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);

describe('detectFormat', () => {
  it('reads text formats by their extension', () => {
    expect(detectFormat('notes.txt', bytes('hello'))).toBe('text');
    expect(detectFormat('README.MD', bytes('# hi'))).toBe('markdown');
    expect(detectFormat('page.htm', bytes('<p>hi'))).toBe('html');
  });

  it('believes the bytes over a lying extension', () => {
    expect(detectFormat('report.txt', bytes('%PDF-1.7\n…'))).toBe('pdf');
    expect(detectFormat('report.html', ZIP)).toBe('docx');
    expect(detectFormat('no-extension', bytes('junk\n%PDF-1.4'))).toBe('pdf');
  });

  it('refuses a .pdf or .docx without the right magic bytes', () => {
    expect(() => detectFormat('a.pdf', bytes('hello'))).toThrowError(
      expect.objectContaining({ code: 'not-pdf', message: 'not a PDF' }),
    );
    expect(() => detectFormat('a.pdf', ZIP)).toThrowError(
      expect.objectContaining({ code: 'not-pdf' }),
    );
    expect(() => detectFormat('a.docx', bytes('%PDX'))).toThrowError(
      expect.objectContaining({ code: 'not-docx' }),
    );
  });

  it('refuses unsupported types, naming known binaries', () => {
    expect(() => detectFormat('setup.exe', bytes('MZ'))).toThrowError(
      expect.objectContaining({
        code: 'unsupported-type',
        message: expect.stringMatching(/^unsupported file type \(\.exe\)/),
      }),
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    expect(() => detectFormat('photo.txt', png)).toThrowError(
      expect.objectContaining({ message: 'unsupported file type: this is a PNG image' }),
    );
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => detectFormat('old.doc', doc)).toThrowError(
      expect.objectContaining({ code: 'unsupported-type' }),
    );
  });
});

describe('names and sizes', () => {
  it('takes extensions and titles from file names', () => {
    expect(fileExtension('C:\\docs\\Report.Final.PDF')).toBe('pdf');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileTitle('/home/a/un_report_2021.pdf')).toBe('un report 2021');
    expect(fileTitle('.pdf')).toBe('.pdf');
  });

  it('formats sizes as people read them', () => {
    expect(formatSize(MAX_IMPORT_BYTES)).toBe('200 MB');
    expect(formatSize(2.1 * 1024 ** 3)).toBe('2.1 GB');
    expect(formatSize(512 * 1024 * 1024)).toBe('512 MB');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(1536)).toBe('1.5 KB');
  });

  it('recognises HTML pages by their opening', () => {
    expect(looksLikeHtml('\uFEFF  <!-- saved --><!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<html lang="en">')).toBe(true);
    expect(looksLikeHtml('Use <html> tags')).toBe(false);
  });
});
