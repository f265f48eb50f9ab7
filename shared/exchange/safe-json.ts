/**
 * Reads untrusted JSON text: refuses empty, oversized and too deeply nested input before the
 * parser sees it, and drops keys that could reach an object's prototype.
 */
import { ExchangeError } from './exchange-error';
import { MAX_FILE_CHARS, MAX_JSON_DEPTH } from './limits';

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LINE_FEED = 0x0a;

/** Line and column (1-based) of an offset, for messages that point into the file. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  // Stryker disable next-line EqualityOperator: equivalent mutant; the character at `offset` is
  // a bracket, never a line feed.
  for (let at = 0; at < offset; at += 1) {
    if (text.charCodeAt(at) === LINE_FEED) {
      line += 1;
      lineStart = at + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * The offset where nesting first exceeds `maxDepth`, or -1. Brackets inside strings do not
 * count; the scan is one pass over the text, so it costs no more than parsing.
 */
export function excessiveNestingAt(text: string, maxDepth: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  // Stryker disable next-line EqualityOperator: equivalent mutant; one step past the end reads
  // NaN, which is no bracket or quote.
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === BACKSLASH) at += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return at;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return -1;
}

/**
 * Drops keys that could reach a prototype, wherever they occur. `JSON.parse` itself only creates
 * own properties, but code that later copies parsed objects with assignment or merges them
 * (`Object.assign`, spreads into class instances, deep-merge helpers) would set the prototype
 * through `__proto__`, or reach a constructor's prototype; no field of any format we read is
 * named like this. (Compared here rather than kept in a table built at load, so the mutation
 * run credits the tests that check each name.)
 */
function dropForbiddenKeys(key: string, value: unknown): unknown {
  return key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value;
}

/**
 * Parses the text of a file as JSON, or throws an ExchangeError naming the file: empty, larger
 * than MAX_FILE_CHARS, nested deeper than MAX_JSON_DEPTH, or not JSON. A leading byte-order
 * mark is ignored. `__proto__`, `constructor` and `prototype` keys are dropped.
 */
export function parseUntrustedJson(text: string, fileName: string): unknown {
  if (text.length > MAX_FILE_CHARS) {
    throw new ExchangeError(
      'too-large',
      fileName,
      '',
      `the file is larger than ${MAX_FILE_CHARS / 1_000_000} million characters`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ExchangeError('empty', fileName, '', 'the file is empty');
  const deepAt = excessiveNestingAt(body);
  if (deepAt !== -1) {
    throw new ExchangeError(
      'too-deep',
      fileName,
      '',
      `nested more than ${MAX_JSON_DEPTH} levels deep at ${lineAndColumn(body, deepAt)}`,
    );
  }
  try {
    return JSON.parse(body, dropForbiddenKeys) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExchangeError('not-json', fileName, '', `not valid JSON (${reason})`);
  }
}
