/**
 * Hostile zips for the DOCX pre-scan: one per refusal, each beside a control that differs only in
 * the checked detail, so a test fails whenever a check is dropped or shifted by one.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { randomBytes, zipParts } from '../../e2e/fixtures/import-files';
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

/**
 * Whether two byte arrays hold the same bytes: one loop, where a deep equality of tens of
 * kilobytes takes seconds (and reruns for every mutant).
 */
function sameBytes(actual: Uint8Array | undefined, expected: Uint8Array): boolean {
  return actual?.length === expected.length && actual.every((byte, i) => byte === expected[i]);
}

/** Bytes laid end to end. */
function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A zip record: a signature, then little-endian fields of the given widths. */
function record(signature: number, fields: [width: 2 | 4, value: number][]): Uint8Array {
  const out = new Uint8Array(4 + fields.reduce((sum, [width]) => sum + width, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, signature, true);
  let at = 4;
  for (const [width, value] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  return out;
}

/** A local header of a stored part with no name or extra field: exactly 30 bytes. */
function bareLocalHeader(size: number): Uint8Array {
  return record(0x04034b50, [
    [2, 20], // version needed
    [2, 0], // flags
    [2, 0], // method: stored
    [2, 0], // time
    [2, 0], // date
    [4, 0], // CRC-32 (the scan does not check it)
    [4, size], // compressed size
    [4, size], // size
    [2, 0], // name length
    [2, 0], // extra field length
  ]);
}

/** A central-directory record of a stored part: 46 bytes, then the name. */
function centralRecord(name: string, size: number, localOffset: number): Uint8Array {
  const bytes = text(name);
  const fixed = record(0x02014b50, [
    [2, 20], // version made by
    [2, 20], // version needed
    [2, 0], // flags
    [2, 0], // method: stored
    [2, 0], // time
    [2, 0], // date
    [4, 0], // CRC-32
    [4, size], // compressed size
    [4, size], // size
    [2, bytes.length], // name length
    [2, 0], // extra field length
    [2, 0], // comment length
    [2, 0], // disk number
    [2, 0], // internal attributes
    [4, 0], // external attributes
    [4, localOffset], // where the local header starts
  ]);
  return concat(fixed, bytes);
}

/** The end-of-central-directory record: 22 bytes; its comment, if any, follows it. */
function endRecord(entries: number, directoryOffset: number, commentLength: number): Uint8Array {
  return record(0x06054b50, [
    [2, 0], // this disk
    [2, 0], // disk where the directory starts
    [2, entries], // entries on this disk
    [2, entries], // entries in all
    [4, 0], // directory size (the scan does not rely on it)
    [4, directoryOffset],
    [2, commentLength],
  ]);
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
    const zip = zipParts({
      'word/media/chart.xml.png': big,
      'word/media/a.relsx': big,
      'word/media/chartxml': big,
      'word/media/chart-rels': big,
    });
    expect(scan(zip, { maxXmlBytes: 4096 }).inflatedBytes).toBe(4 * 8192);
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

  it('a deflated entry cut short, whose deflate stream never reaches its end', () => {
    const zip = zipParts({
      'word/document.xml': text('Article 19 protects expression. '.repeat(200)),
    });
    const { central } = layout(zip);
    const size = new DataView(zip.buffer).getUint32(central[0]! + 20, true);
    expect(scan(zip).inflatedBytes).toBe(6400);
    // The inflater is told where the data ends, so a missing tail is damage, not a shorter part.
    for (const cut of [1, Math.floor(size / 2)]) {
      const short = zip.slice();
      new DataView(short.buffer).setUint32(central[0]! + 20, size - cut, true);
      expect(() => scan(short)).toThrow(errors.damaged);
    }
  });

  it('a field cut off by the end of the file, while a field ending on its last byte is read', () => {
    // Records may sit anywhere the offsets point, the end record's comment included; these two
    // zips end on a local header's last field and on a central record without a name.
    const local = bareLocalHeader(0);
    const central = centralRecord('a', 0, 47 + 22);
    const endsOnLocal = concat(central, endRecord(1, 0, 30), local);
    expect(central.length).toBe(47);
    expect(scan(endsOnLocal)).toMatchObject({ names: ['a'], inflatedBytes: 0 });
    expect(() => scan(endsOnLocal.subarray(0, endsOnLocal.length - 1))).toThrow(errors.damaged);

    const part = concat(bareLocalHeader(1), new Uint8Array([7]));
    const nameless = centralRecord('', 1, 0);
    const endsOnCentral = concat(part, endRecord(1, 31 + 22, 46), nameless);
    expect(scan(endsOnCentral)).toMatchObject({ names: [''], inflatedBytes: 1 });
    expect(() => scan(endsOnCentral.subarray(0, endsOnCentral.length - 1))).toThrow(errors.damaged);
  });

  it('a name that runs past the end of the file', () => {
    const zip = zipParts({ 'word/document.xml': text('<w:document/>') });
    const { central } = layout(zip);
    const long = zip.slice();
    new DataView(long.buffer).setUint16(central[0]! + 28, zip.length, true);
    expect(() => scan(long)).toThrow(errors.damaged);
  });
});

describe('scanZip reads', () => {
  it('an empty zip, the 22-byte end record alone, as a zip with no parts', () => {
    const empty = zipSync({});
    expect(empty.length).toBe(22);
    expect(scan(empty)).toMatchObject({ names: [], inflatedBytes: 0 });
  });

  it('the end record behind a comment of up to 65,535 bytes, and not further back', () => {
    const zip = storedZip({ a: new Uint8Array([1, 2, 3]) });
    const withComment = (length: number) => {
      const out = concat(zip, new Uint8Array(length));
      new DataView(out.buffer).setUint16(zip.length - 2, Math.min(length, 0xffff), true);
      return out;
    };
    expect(scan(withComment(0xffff))).toMatchObject({ names: ['a'], inflatedBytes: 3 });
    // A longer tail is no zip comment: the end record is out of reach, so this is not a zip.
    expect(() => scan(withComment(0x10000))).toThrow(errors.notZip);
  });

  it("past each entry's extra field and comment, in the directory and before the data", () => {
    const extra = { 0x7a7a: text('extra field') };
    const zip = zipSync({
      'docProps/core.xml': [text('<core/>'), { level: 0, extra, comment: 'first' }],
      'word/document.xml': [text('<w:document/>'), { level: 0, extra, comment: 'second' }],
    });
    const { central } = layout(zip);
    const view = new DataView(zip.buffer);
    const localOffset = view.getUint32(central[0]! + 42, true);
    expect(view.getUint16(localOffset + 28, true)).toBe(15);
    expect(view.getUint16(central[0]! + 32, true)).toBe(5);
    const result = scan(zip, {}, ['docProps/core.xml', 'word/document.xml']);
    expect(result.names).toEqual(['docProps/core.xml', 'word/document.xml']);
    expect(new TextDecoder().decode(result.kept.get('docProps/core.xml'))).toBe('<core/>');
    expect(new TextDecoder().decode(result.kept.get('word/document.xml'))).toBe('<w:document/>');
  });
});

describe('scanZip keeps', () => {
  it('the parts asked for, stored or deflated, whole across inflate chunks', () => {
    // Noise does not compress, so its deflated data spans three 16 KB pushes to the inflater,
    // each of which hands back its own piece of the part.
    const body = randomBytes(40_000, 5);
    const deflated = zipParts({ 'docProps/core.xml': body });
    expect(deflated.length).toBeGreaterThan(2 * 16 * 1024);
    for (const zip of [storedZip({ 'docProps/core.xml': body }), deflated]) {
      const result = scan(zip, {}, ['docProps/core.xml']);
      expect(result.inflatedBytes).toBe(40_000);
      expect(sameBytes(result.kept.get('docProps/core.xml'), body)).toBe(true);
    }
  });

  it('only the parts asked for, and none over a megabyte', () => {
    // Stored, so the megabyte parts cost no compressing; the keep limit is the same either way.
    const zip = storedZip({
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
    expect(sameBytes(limit, new Uint8Array(1024 * 1024).fill(3))).toBe(true);
  });

  it('the names in directory order, with the total inflated', () => {
    const zip = storedZip({ b: new Uint8Array(3), a: new Uint8Array(5) });
    expect(scan(zip)).toMatchObject({ names: ['b', 'a'], inflatedBytes: 8 });
  });
});
