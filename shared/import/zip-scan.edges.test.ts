/**
 * The zip pre-scan at two more edges: a name that reaches the file's last byte or one past it,
 * and deflated data that fills its 16 KB pushes to the inflater exactly, so nothing is pushed
 * after the last piece.
 */
import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../e2e/fixtures/import-files';
import { ImportError } from './import-error';
import { scanZip } from './zip-scan';

const errors = {
  notZip: new ImportError('not-docx', 'not a Word (.docx) document'),
  damaged: new ImportError('damaged-docx', 'the Word document is damaged'),
};

/** A zip of one stored part, with the offset of its central-directory record. */
function onePart(name: string, data: Uint8Array): { zip: Uint8Array; central: number } {
  const zip = zipSync({ [name]: [data, { level: 0 }] });
  const central = new DataView(zip.buffer).getUint32(zip.length - 22 + 16, true);
  return { zip, central };
}

describe('scanZip and the end of the file', () => {
  it('reads a name that ends on the last byte, and refuses one a single byte longer', () => {
    const { zip, central } = onePart('ab', new Uint8Array([1]));
    // Stretch the name over the end record to the file's last byte: odd, but inside the file.
    const toEnd = zip.length - (central + 46);
    const stretched = zip.slice();
    new DataView(stretched.buffer).setUint16(central + 28, toEnd, true);
    expect(scanZip(stretched, errors).names[0]).toHaveLength(toEnd);
    const past = zip.slice();
    new DataView(past.buffer).setUint16(central + 28, toEnd + 1, true);
    expect(() => scanZip(past, errors)).toThrow(errors.damaged);
  });
});

describe('scanZip and the inflater', () => {
  it('reads deflated data that is exactly two 16 KB pushes long, pushing nothing after it', () => {
    const body = randomBytes(32_763, 11);
    // Level 0 deflate: one stored block, 5 bytes of header and the body, 32,768 bytes in all.
    const stream = deflateSync(body, { level: 0 });
    expect(stream.length).toBe(2 * 16 * 1024);
    // Stored in the zip as is, then marked deflated: the data is that deflate stream.
    const { zip, central } = onePart('word/media/image1.bin', stream);
    new DataView(zip.buffer).setUint16(central + 10, 8, true);
    const result = scanZip(zip, { ...errors, keep: ['word/media/image1.bin'] });
    expect(result.inflatedBytes).toBe(32_763);
    const kept = result.kept.get('word/media/image1.bin');
    expect(kept?.length === body.length && kept.every((byte, i) => byte === body[i])).toBe(true);
  });
});
