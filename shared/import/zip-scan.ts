/**
 * Checks a zip (a DOCX) before any library opens it: reads the central directory, refuses too
 * many entries, and inflates every entry in small chunks while counting the bytes that really
 * come out, so a zip bomb is stopped at the limit, whatever sizes it declares and however its
 * entries overlap. Small parts the caller asks for (document properties) are kept.
 */
import { Inflate } from 'fflate';
import { ImportError } from './import-error';
import { formatSize, MAX_ZIP_ENTRIES, MAX_ZIP_INFLATED_BYTES, MAX_ZIP_XML_BYTES } from './limits';

/** Limits for one scan; the defaults are the import limits. */
export interface ZipScanLimits {
  readonly maxEntries: number;
  readonly maxInflatedBytes: number;
  /** Limit for the XML parts (.xml, .rels) a DOCX converter parses into trees. */
  readonly maxXmlBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipScanLimits = {
  maxEntries: MAX_ZIP_ENTRIES,
  maxInflatedBytes: MAX_ZIP_INFLATED_BYTES,
  maxXmlBytes: MAX_ZIP_XML_BYTES,
};

/** What the scan found. */
export interface ZipScan {
  readonly names: readonly string[];
  /** Inflated contents of the requested parts that exist and are small. */
  readonly kept: ReadonlyMap<string, Uint8Array>;
  readonly inflatedBytes: number;
}

/**
 * Compressed bytes pushed to the inflater at a time. Deflate expands at most ~1,032:1, so one
 * push yields at most ~16 MB before the count is checked again.
 */
const CHUNK_BYTES = 16 * 1024;
/** Kept parts larger than this are not kept (properties files are a few kilobytes). */
const MAX_KEPT_BYTES = 1024 * 1024;
/** The end-of-central-directory record sits in the last 22 bytes plus a comment of ≤ 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Thrown for structural damage: the caller words it for its format. */
class ZipDamage extends Error {}

function damaged(): never {
  throw new ZipDamage();
}

// Offsets are never negative: each is an unsigned field, a sum of them, or the end-record search,
// which stops at 0. Only the far end needs guarding. Both guards are also backed up by the
// caller: a byte past the end reads as zero, and every read is followed by a check (a signature,
// or where a name or the data ends) that refuses what it gives; the guards keep the refusal from
// resting on that. (Their disable comments also cover the always-true form, which refuses every
// zip and which every test catches.)
function u16(bytes: Uint8Array, at: number): number {
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: backed up, see above.
  if (at + 2 > bytes.length) damaged();
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: backed up, see above.
  if (at + 4 > bytes.length) damaged();
  return (
    (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
  );
}

/** Where the end record starts, or -1; a file shorter than the record has none. */
function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let at = bytes.length - 22; at >= stop; at -= 1) {
    if (u32(bytes, at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/**
 * Scans a zip's entries under `limits`, keeping the inflated contents of the `keep` parts.
 * Throws ImportError: `notZip` (a code and message) when there is no zip structure, `damaged`
 * when the structure is broken, "expands-too-much" or "too-many-parts" past the limits.
 */
export function scanZip(
  bytes: Uint8Array,
  options: {
    readonly keep?: readonly string[];
    readonly limits?: ZipScanLimits;
    readonly notZip: ImportError;
    readonly damaged: ImportError;
  },
): ZipScan {
  const limits = options.limits ?? DEFAULT_ZIP_LIMITS;
  const keep = new Set(options.keep);
  try {
    const eocd = findEndOfCentralDirectory(bytes);
    if (eocd < 0) throw options.notZip;
    const entryCount = u16(bytes, eocd + 10);
    const directoryOffset = u32(bytes, eocd + 16);
    // zip64 markers: a DOCX never needs zip64, so its records are refused rather than read.
    if (entryCount === 0xffff) damaged();
    // Stryker disable next-line all: equivalent mutant. An offset of 0xffffffff lies past the end
    // of any file we accept (≤ 200 MB), so reading the directory there is refused as damage anyway;
    // the line names the marker so the rule does not rest on that coincidence.
    if (directoryOffset === 0xffffffff) damaged();
    if (entryCount > limits.maxEntries) {
      throw new ImportError(
        'too-many-parts',
        `too many parts inside: ${entryCount.toLocaleString('en')}, the limit is ${limits.maxEntries.toLocaleString('en')}`,
      );
    }
    const names: string[] = [];
    const kept = new Map<string, Uint8Array>();
    let inflated = 0;
    let xml = 0;
    let at = directoryOffset;
    for (let i = 0; i < entryCount; i += 1) {
      if (u32(bytes, at) !== CENTRAL_SIGNATURE) damaged();
      const flags = u16(bytes, at + 8);
      const method = u16(bytes, at + 10);
      const compressedSize = u32(bytes, at + 20);
      const nameLength = u16(bytes, at + 28);
      const extraLength = u16(bytes, at + 30);
      const commentLength = u16(bytes, at + 32);
      const localOffset = u32(bytes, at + 42);
      if (at + 46 + nameLength > bytes.length) damaged();
      const name = latin1(bytes.subarray(at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
      names.push(name);
      // Bit 0: encrypted. Word never encrypts zip entries (it encrypts the whole file instead).
      if (flags & 1) damaged();
      if (u32(bytes, localOffset) !== LOCAL_SIGNATURE) damaged();
      const dataStart =
        localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
      const dataEnd = dataStart + compressedSize;
      if (dataEnd > bytes.length) damaged();
      const isXml = /\.(xml|rels)$/i.test(name);
      const keepThis = keep.has(name);
      const parts: Uint8Array[] = [];
      let entryBytes = 0;
      const count = (chunk: Uint8Array) => {
        inflated += chunk.length;
        entryBytes += chunk.length;
        if (isXml) xml += chunk.length;
        if (inflated > limits.maxInflatedBytes) {
          throw new ImportError(
            'expands-too-much',
            `compressed content expands past ${formatSize(limits.maxInflatedBytes)}`,
          );
        }
        if (xml > limits.maxXmlBytes) {
          throw new ImportError(
            'expands-too-much',
            `compressed text expands past ${formatSize(limits.maxXmlBytes)}`,
          );
        }
        // Chunks need no copy: fflate hands each one over in a fresh array, and stored data is
        // the caller's bytes, which stay as they are while the scan runs.
        // Stryker disable next-line ConditionalExpression,LogicalOperator: this test only bounds
        // memory (the form that is always false empties kept parts and the keep tests catch it):
        // a part not asked for, or over the keep limit, is dropped below whatever was gathered.
        if (keepThis && entryBytes <= MAX_KEPT_BYTES) parts.push(chunk);
      };
      const data = bytes.subarray(dataStart, dataEnd);
      if (method === STORED) {
        count(data);
      } else if (method === DEFLATED) {
        const inflater = new Inflate((chunk) => count(chunk));
        if (data.length === 0) damaged();
        for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) {
          const end = Math.min(offset + CHUNK_BYTES, data.length);
          inflater.push(data.subarray(offset, end), end === data.length);
        }
      } else {
        damaged();
      }
      if (keepThis && entryBytes <= MAX_KEPT_BYTES) {
        const whole = new Uint8Array(entryBytes);
        let offset = 0;
        for (const part of parts) {
          whole.set(part, offset);
          offset += part.length;
        }
        kept.set(name, whole);
      }
    }
    return { names, kept, inflatedBytes: inflated };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // ZipDamage, or fflate's own error for invalid deflate data.
    throw options.damaged;
  }
}
