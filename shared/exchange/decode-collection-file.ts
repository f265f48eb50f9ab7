/**
 * Turns a collection file's bytes into text with the document importer's decoder, held to what
 * JSON files are written in: UTF-8 (with or without a byte-order mark) or UTF-16 with one (what
 * Windows PowerShell and some editors save). Guessing further (BOM-less UTF-16, Windows-1252)
 * is right for prose but would turn a damaged JSON file into a wrong one, so those are refused.
 */
import { decodeText } from '../import/decode-text';
import { ExchangeError } from './exchange-error';

const REFUSAL = 'not UTF-8 or UTF-16 text (UTF-16 needs a byte-order mark)';

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * The text of a collection file, without its byte-order mark.
 *
 * @throws ExchangeError naming the file when the bytes are in any other encoding.
 */
export function decodeCollectionFile(bytes: Uint8Array, fileName: string): string {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch {
    throw new ExchangeError('not-json', fileName, '', REFUSAL);
  }
  const accepted =
    decoded.encoding === 'utf-8' ||
    ((decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') && hasUtf16Bom(bytes));
  if (!accepted) throw new ExchangeError('not-json', fileName, '', REFUSAL);
  return decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
}
