/**
 * Byte-order marks are whole marks: a UTF-16 mark's second byte after some other first byte,
 * or its first byte before another, is text to read, not a mark.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

describe('half a UTF-16 byte-order mark', () => {
  it('is no mark when its first byte is missing', () => {
    expect(decodeText(new Uint8Array([0x61, 0xfe, 0x62, 0x63]))).toEqual({
      text: 'aþbc',
      encoding: 'windows-1252',
    });
    expect(decodeText(new Uint8Array([0x61, 0xff, 0x62, 0x63]))).toEqual({
      text: 'aÿbc',
      encoding: 'windows-1252',
    });
  });

  it('is no mark when its second byte is missing', () => {
    expect(decodeText(new Uint8Array([0xff, 0x61, 0x62, 0x63]))).toEqual({
      text: 'ÿabc',
      encoding: 'windows-1252',
    });
    expect(decodeText(new Uint8Array([0xfe, 0x61, 0x62, 0x63]))).toEqual({
      text: 'þabc',
      encoding: 'windows-1252',
    });
  });
});
