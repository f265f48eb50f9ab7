/** Text decoding: byte-order marks, strict UTF-8, BOM-less UTF-16, Windows-1252, and refusals. */
import { describe, expect, it } from 'vitest';
import { randomBytes, utf16Text, windows1252Text } from '../../e2e/fixtures/import-files';
import { decodeText } from './decode-text';
import { ImportError } from './import-error';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8, with and without a byte-order mark', () => {
    expect(decodeText(utf8('Liberté — 自由'))).toEqual({
      text: 'Liberté — 自由',
      encoding: 'utf-8',
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café')]);
    expect(decodeText(withBom)).toEqual({ text: 'Café', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian by their byte-order marks', () => {
    expect(decodeText(utf16Text('Privacy – “online”', 'le'))).toEqual({
      text: 'Privacy – “online”',
      encoding: 'utf-16le',
    });
    expect(decodeText(utf16Text('プライバシー', 'be'))).toEqual({
      text: 'プライバシー',
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    const le = utf16Text('Freedom of assembly', 'le').subarray(2);
    expect(decodeText(le)).toEqual({ text: 'Freedom of assembly', encoding: 'utf-16le' });
    const be = utf16Text('Freedom of assembly', 'be').subarray(2);
    expect(decodeText(be).encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 for smart quotes, dashes and accents, never mojibake', () => {
    expect(decodeText(windows1252Text())).toEqual({
      text: '“Café” – naïve résumé’s',
      encoding: 'windows-1252',
    });
  });

  it('refuses binary data and broken UTF-16', () => {
    const refusals = [
      new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x81, 0x8d, 0x00, 0xff]),
      randomBytes(4096, 7),
      new Uint8Array([0xff, 0xfe, 0x41]), // odd length after a UTF-16 BOM
      new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), // unpaired surrogate
      new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]), // BOM says UTF-8, bytes are not
    ];
    for (const bytes of refusals) {
      expect(() => decodeText(bytes)).toThrowError(
        expect.objectContaining({
          code: 'bad-encoding',
          message: 'not UTF-8, UTF-16 or Windows-1252 text',
        }),
      );
      expect(() => decodeText(bytes)).toThrow(ImportError);
    }
  });

  it('keeps a stray control character out of the text without refusing the file', () => {
    const text = `${'A long enough paragraph of ordinary words. '.repeat(10)}\u0007end`;
    expect(decodeText(utf8(text)).text).toContain(' end');
  });
});
