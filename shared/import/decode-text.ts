/**
 * Turns a text file's bytes into a string with a real decoder, never guessing into mojibake:
 * a byte-order mark decides UTF-8/UTF-16LE/UTF-16BE; otherwise strict UTF-8, then UTF-16 when
 * every other byte is zero, then Windows-1252 (what "ANSI" files on Windows are). Binary data
 * that none of them reads as text is refused.
 */
import { ImportError } from './import-error';

/** The encodings a text import reads. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded text file and the encoding it was read as. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * The WHATWG TextDecoder, which every runtime the app uses (browsers, workers, Node) provides.
 * shared/ compiles without DOM or Node types, so the constructor is described here and looked up
 * on the global object rather than declared globally (which would clash with the DOM's).
 */
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => TextDecoderLike;

function decoder(label: TextEncodingName, fatal: boolean): TextDecoderLike {
  const Constructor = (globalThis as unknown as { TextDecoder: TextDecoderConstructor })
    .TextDecoder;
  return new Constructor(label, { fatal, ignoreBOM: true });
}

const NOT_TEXT = 'not UTF-8, UTF-16 or Windows-1252 text';

/**
 * Share of characters that may be control characters (other than tab, line breaks and form
 * feed) before bytes count as binary rather than text. Real documents have next to none; random
 * bytes read as Windows-1252 have about one in eight.
 */
const MAX_CONTROL_SHARE = 0.01;

/** For BOM-less UTF-16: at least this share of the high bytes must be zero (mostly Latin text)… */
const UTF16_ZERO_SHARE = 0.4;
/** …and at most this share of the low bytes. */
const UTF16_NONZERO_SHARE = 0.05;

// C0 controls other than tab, LF, VT, FF, CR and SUB (an old DOS end-of-file mark), and C1
// controls, which Windows-1252 never produces from defined bytes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u0019\u001B-\u001F\u007F-\u009F]/g;

/** Checks the decoded text reads as text, and removes stray control characters. */
function acceptText(text: string, encoding: TextEncodingName): DecodedText {
  if (text.includes('\u0000')) throw new ImportError('bad-encoding', NOT_TEXT);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) {
    throw new ImportError('bad-encoding', NOT_TEXT);
  }
  return { text: text.replace(CONTROL, ' '), encoding };
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  try {
    return acceptText(decoder(encoding, true).decode(bytes), encoding);
  } catch {
    // Bytes the decoder refuses, or text acceptText refuses: the same answer either way.
    throw new ImportError('bad-encoding', NOT_TEXT);
  }
}

/** UTF-16 without a byte-order mark, recognised by its zero bytes, or null. */
function bomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  // An odd length needs no test here: the strict decoder refuses a half pair, and read as UTF-8
  // instead the same zero bytes would be NULs, refused just the same.
  if (bytes.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  // Stryker disable next-line EqualityOperator: one more step reads past the end: no zeros there
  // (the reversed test, which counts nothing, goes with it; the UTF-16 tests catch that one).
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = bytes.length / 2;
  if (oddZeros / pairs >= UTF16_ZERO_SHARE && evenZeros / pairs <= UTF16_NONZERO_SHARE) {
    return 'utf-16le';
  }
  if (evenZeros / pairs >= UTF16_ZERO_SHARE && oddZeros / pairs <= UTF16_NONZERO_SHARE) {
    return 'utf-16be';
  }
  return null;
}

/** Decodes a text file's bytes; throws ImportError("bad-encoding") for anything else. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeStrict(bytes.subarray(3), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), 'utf-16be');

  const utf16 = bomlessUtf16(bytes);
  if (utf16) return decodeStrict(bytes, utf16);
  try {
    return acceptText(decoder('utf-8', true).decode(bytes), 'utf-8');
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // Not UTF-8: fall through to the single-byte encoding Windows editors save by default.
  }
  return acceptText(decodeWindows1252(bytes), 'windows-1252');
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has typographic characters
 * (“ ” ‘ ’ – — € …). Decoded by table rather than TextDecoder because Node 20's decoder treats
 * the label as Latin-1 and turns smart quotes into invisible C1 controls. The five bytes
 * Windows-1252 leaves undefined map to C1 controls, as in the WHATWG Encoding Standard.
 */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Decode in slices: String.fromCharCode takes its arguments on the stack.
  const SLICE = 8192;
  // Stryker disable next-line EqualityOperator: one more step would decode an empty slice (the
  // reversed test, which decodes nothing, goes with it; the Windows-1252 tests catch that one).
  for (let start = 0; start < bytes.length; start += SLICE) {
    const codes = Array.from(bytes.subarray(start, start + SLICE), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
