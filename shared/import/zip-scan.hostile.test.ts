/**
 * Hostile zips for the DOCX pre-scan: one per refusal, each beside a control that differs only in
 * the checked detail, so a test fails whenever a check is dropped or shifted by one.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../e2e/fixtures/import-files';
import { ImportError } from './import-error';
import { DEFAULT_ZIP_LIMITS, scanZip, type ZipScanLimits } from './zip-scan';

const errors = {
  notZip: new ImportError('not-docx', 'not a Word (.docx) document'),
  damaged: new ImportError('damaged-docx', 'the Word document is damaged'),
};

const text = (value: string) => new TextEncoder().encode(value);

/** Offsets of the end record and of each central-directory record of a zip. */
function layout(zip: Uint8Array): { eocd: number; central: number[] } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  expect(view.getUint32(eocd, true)).toBe(0x06054b50);
  const central: number[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i += 1) {
    central.push(at);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return { eocd, central };
}

function scan(zip: Uint8Array, limits: Partial<ZipScanLimits> = {}, keep: string[] = []) {
  return scanZip(zip, { ...errors, keep, limits: { ...DEFAULT_ZIP_LIMITS, ...limits } });
}

/** Stored (uncompressed) parts: the data in the file is exactly the part's bytes. */
function storedZip(parts: Record<string, Uint8Array>): Uint8Array {
  const zippable: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { level: 0 }];
  return zipSync(zippable);
}

/**
 * A zip whose central directory lists `count` entries, all pointing at one stored one-byte part
 * (listing the same data many times is legal for the scan, which counts every listing).
 */
function manyListings(count: number): Uint8Array {
  const one = storedZip({ a: new Uint8Array([1]) });
  const view = new DataView(one.buffer);
  const eocd = one.length - 22;
  const cdOffset = view.getUint32(eocd + 16, true);
  const record = one.subarray(cdOffset, eocd);
  const out = new Uint8Array(cdOffset + record.length * count + 22);
  out.set(one.subarray(0, cdOffset), 0);
  for (let i = 0; i < count; i += 1) out.set(record, cdOffset + i * record.length);
  const end = new DataView(out.buffer, out.length - 22, 22);
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, count & 0xffff, true);
  end.setUint16(10, count & 0xffff, true);
  end.setUint32(12, record.length * count, true);
  end.setUint32(16, cdOffset, true);
  return out;
}

describe('scanZip refuses', () => {
  it('an encrypted entry (flag bit 0), which Word never writes, as damage', () => {
    const zip = zipParts({ 'word/document.xml': text('<w:document/>') });
    expect(scan(zip).names).toEqual(['word/document.xml']);
    const encrypted = zip.slice();
    const { central } = layout(encrypted);
    encrypted[central[0]! + 8]! |= 1;
    expect(() => scan(encrypted)).toThrow(errors.damaged);
  });

  it('the zip64 marker (0xffff entries), even when that many entries really follow', () => {
    // 65,535 listings are a valid classic zip in every other respect; only the marker refuses it.
    expect(scan(manyListings(0xfffe), { maxEntries: 0x10000 }).names).toHaveLength(0xfffe);
    expect(() => scan(manyListings(0xffff), { maxEntries: 0x10000 })).toThrow(errors.damaged);
  });

  it('an entry whose data runs past the end of the file, while data ending at the last byte is read', () => {
    const zip = storedZip({ 'word/media/image1.png': new Uint8Array(64).fill(7) });
    const { eocd, central } = layout(zip);
    const view = new DataView(zip.buffer);
    const localOffset = view.getUint32(central[0]! + 42, true);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true);
    // Declare the stored data to run exactly to the last byte of the file: still inside it.
    const toEnd = zip.slice();
    new DataView(toEnd.buffer).setUint32(central[0]! + 20, zip.length - dataStart, true);
    expect(scan(toEnd).inflatedBytes).toBe(zip.length - dataStart);
    // One byte more and the entry reaches past the file.
    const pastEnd = zip.slice();
    new DataView(pastEnd.buffer).setUint32(central[0]! + 20, zip.length - dataStart + 1, true);
    expect(() => scan(pastEnd)).toThrow(errors.damaged);
    expect(eocd).toBeGreaterThan(dataStart);
  });

  it('more entries than the limit, and accepts exactly the limit', () => {
    const parts = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`word/media/image${i}.png`, new Uint8Array([i])]),
      );
    expect(scan(zipParts(parts(20)), { maxEntries: 20 }).names).toHaveLength(20);
    expect(() => scan(zipParts(parts(21)), { maxEntries: 20 })).toThrowError(
      expect.objectContaining({ code: 'too-many-parts' }),
    );
  });

  it('relationship parts (.rels) and upper-case .XML count toward the XML limit', () => {
    const big = text(`<Relationships>${' '.repeat(4096)}</Relationships>`);
    for (const name of ['word/_rels/document.xml.rels', 'WORD/DOCUMENT.XML']) {
      expect(() => scan(zipParts({ [name]: big }), { maxXmlBytes: 4096 })).toThrowError(
        expect.objectContaining({
          code: 'expands-too-much',
          message: 'compressed text expands past 4 KB',
        }),
      );
    }
  });

  it('does not count other parts, even with .xml inside their name, toward the XML limit', () => {
    const big = new Uint8Array(8192).fill(1);
    const zip = zipParts({ 'word/media/chart.xml.png': big, 'word/media/a.relsx': big });
    expect(scan(zip, { maxXmlBytes: 4096 }).inflatedBytes).toBe(2 * 8192);
  });

  it('counts the whole and the XML parts up to their limits inclusive', () => {
    const zip = zipParts({ 'word/document.xml': new Uint8Array(4096).fill(0x20) });
    expect(scan(zip, { maxXmlBytes: 4096, maxInflatedBytes: 4096 }).inflatedBytes).toBe(4096);
    expect(() => scan(zip, { maxInflatedBytes: 4095 })).toThrowError(
      expect.objectContaining({ message: 'compressed content expands past 4 KB' }),
    );
    expect(() => scan(zip, { maxXmlBytes: 4095 })).toThrowError(
      expect.objectContaining({ message: 'compressed text expands past 4 KB' }),
    );
  });

  it('an unknown compression method, and a deflated entry with no data', () => {
    const zip = zipParts({ 'word/document.xml': text('<w:document/>') });
    const { central } = layout(zip);
    const view = new DataView(zip.buffer);
    const localOffset = view.getUint32(central[0]! + 42, true);
    const bzip2 = zip.slice();
    new DataView(bzip2.buffer).setUint16(central[0]! + 10, 12, true);
    expect(() => scan(bzip2)).toThrow(errors.damaged);
    const empty = zip.slice();
    new DataView(empty.buffer).setUint32(central[0]! + 20, 0, true);
    expect(view.getUint16(central[0]! + 10, true)).toBe(8);
    expect(() => scan(empty)).toThrow(errors.damaged);
    const badLocal = zip.slice();
    new DataView(badLocal.buffer).setUint32(localOffset, 0x04034b51, true);
    expect(() => scan(badLocal)).toThrow(errors.damaged);
    const badCentral = zip.slice();
    new DataView(badCentral.buffer).setUint32(central[0]!, 0x02014b51, true);
    expect(() => scan(badCentral)).toThrow(errors.damaged);
  });

  it('a name that runs past the end of the file', () => {
    const zip = zipParts({ 'word/document.xml': text('<w:document/>') });
    const { central } = layout(zip);
    const long = zip.slice();
    new DataView(long.buffer).setUint16(central[0]! + 28, zip.length, true);
    expect(() => scan(long)).toThrow(errors.damaged);
  });
});

describe('scanZip keeps', () => {
  it('the parts asked for, stored or deflated, whole across inflate chunks', () => {
    const body = text('x'.repeat(100_000));
    for (const zip of [
      storedZip({ 'docProps/core.xml': body }),
      zipParts({ 'docProps/core.xml': body }),
    ]) {
      const kept = scan(zip, {}, ['docProps/core.xml']).kept.get('docProps/core.xml');
      expect(new TextDecoder().decode(kept)).toBe('x'.repeat(100_000));
    }
  });

  it('only the parts asked for, and none over a megabyte', () => {
    const zip = zipParts({
      'docProps/core.xml': text('<core/>'),
      'docProps/app.xml': text('<app/>'),
      'word/media/big.bin': new Uint8Array(1024 * 1024 + 1),
      'word/media/limit.bin': new Uint8Array(1024 * 1024).fill(3),
    });
    const result = scan(zip, {}, [
      'docProps/core.xml',
      'word/media/big.bin',
      'word/media/limit.bin',
    ]);
    expect([...result.kept.keys()].sort()).toEqual(['docProps/core.xml', 'word/media/limit.bin']);
    const limit = result.kept.get('word/media/limit.bin');
    // Compared as one number each (length, sum): a byte-wise diff of a megabyte is slow.
    expect(limit?.length).toBe(1024 * 1024);
    expect(limit?.reduce((sum, byte) => sum + byte, 0)).toBe(3 * 1024 * 1024);
  });

  it('the names in directory order, with the total inflated', () => {
    const zip = storedZip({ b: new Uint8Array(3), a: new Uint8Array(5) });
    expect(scan(zip)).toMatchObject({ names: ['b', 'a'], inflatedBytes: 8 });
  });
});
