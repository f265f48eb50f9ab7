import { describe, expect, it } from 'vitest';
import { FALLBACK_FILE_NAME, MAX_FILE_NAME_LENGTH, sanitizeFileName } from './file-names';

describe('sanitizeFileName', () => {
  it('keeps ordinary names, including non-Latin ones', () => {
    expect(sanitizeFileName('Briefing – privacy 2024.pdf')).toBe('Briefing – privacy 2024.pdf');
    expect(sanitizeFileName('Права человека.json')).toBe('Права человека.json');
    expect(sanitizeFileName('人権ブリーフィング.pdf')).toBe('人権ブリーフィング.pdf');
  });

  it('strips path separators so the name stays one component', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('etc passwd');
    expect(sanitizeFileName('..\\..\\Windows\\System32\\evil.dll')).toBe(
      'Windows System32 evil.dll',
    );
    expect(sanitizeFileName('/absolute/path.pdf')).toBe('absolute path.pdf');
    expect(sanitizeFileName('C:\\Users\\x\\file.pdf')).toBe('C Users x file.pdf');
    expect(sanitizeFileName('..')).toBe(FALLBACK_FILE_NAME);
    expect(sanitizeFileName('.')).toBe(FALLBACK_FILE_NAME);
  });

  it('removes control characters and characters Windows forbids', () => {
    expect(sanitizeFileName('a\u0000b\nc\td\u007f.pdf')).toBe('a b c d.pdf');
    expect(sanitizeFileName('what? <really> "yes" | no*.pdf')).toBe('what really yes no.pdf');
    expect(sanitizeFileName('a:b.txt')).toBe('a b.txt');
  });

  it('removes bidi overrides that disguise an extension', () => {
    // "briefing\u202Efdp.exe" displays as "briefingexe.pdf" while being an .exe.
    expect(sanitizeFileName('briefing\u202Efdp.exe')).toBe('briefing fdp.exe');
    for (const mark of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(sanitizeFileName(`a${mark}b.pdf`)).not.toContain(mark);
    }
    expect(sanitizeFileName('a\u200Bb\uFEFF.pdf')).toBe('ab.pdf');
  });

  it.each([
    'CON',
    'con',
    'PRN.pdf',
    'aux.txt',
    'NUL',
    'COM1.json',
    'com9',
    'LPT1.pdf',
    'lpt9.tar.gz',
    'CON .pdf',
    'COM¹',
  ])('defuses the Windows device name %s', (name) => {
    const result = sanitizeFileName(name);
    expect(result.startsWith('_')).toBe(true);
  });

  it('leaves names that only start like device names', () => {
    expect(sanitizeFileName('CONTRACT.pdf')).toBe('CONTRACT.pdf');
    expect(sanitizeFileName('console log.txt')).toBe('console log.txt');
  });

  it('drops trailing dots and spaces and leading dots', () => {
    expect(sanitizeFileName('report.pdf. . ')).toBe('report.pdf');
    expect(sanitizeFileName('report .pdf')).toBe('report.pdf');
    expect(sanitizeFileName('.bashrc')).toBe('bashrc');
    expect(sanitizeFileName('...hidden.pdf')).toBe('hidden.pdf');
  });

  it('limits the length but keeps the extension', () => {
    const result = sanitizeFileName(`${'x'.repeat(500)}.pdf`);
    expect(result.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(result.endsWith('.pdf')).toBe(true);
  });

  it('does not split a surrogate pair when shortening', () => {
    const result = sanitizeFileName(`${'😀'.repeat(200)}.pdf`);
    expect(result.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(result.endsWith('.pdf')).toBe(true);
    expect(result).toBe(result.normalize()); // well-formed
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(result)).toBe(false);
  });

  it('falls back when nothing usable is left', () => {
    expect(sanitizeFileName('')).toBe(FALLBACK_FILE_NAME);
    expect(sanitizeFileName('   ')).toBe(FALLBACK_FILE_NAME);
    expect(sanitizeFileName('///')).toBe(FALLBACK_FILE_NAME);
    expect(sanitizeFileName('\u202E\u0000')).toBe(FALLBACK_FILE_NAME);
    expect(sanitizeFileName(42 as unknown as string)).toBe(FALLBACK_FILE_NAME);
  });

  it('is idempotent and always yields a safe single component', () => {
    const hostile = [
      '../../x.pdf',
      'CON.pdf',
      'a\u202Eb',
      ' . . ',
      `${'y'.repeat(300)}.json`,
      'name.\u0000pdf',
      'a/b\\c:d*e?f"g<h>i|j',
    ];
    for (const input of hostile) {
      const once = sanitizeFileName(input);
      expect(sanitizeFileName(once)).toBe(once);
      expect(once).not.toMatch(/[/\\:*?"<>|]/);
      expect([...once].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
      expect(once).not.toMatch(/[. ]$/);
      expect(once.length).toBeGreaterThan(0);
      expect(once.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    }
  });
});
