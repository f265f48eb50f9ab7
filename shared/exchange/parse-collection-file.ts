/**
 * Reads a file someone shared: ours, plain W3C Web Annotation JSON or a Hypothesis export,
 * recognised by its shape, checked against its schema and limits, and normalised to one shape.
 */
import { ExchangeError } from './exchange-error';
import type { ExchangeFormat, IncomingRight, ParsedExchange } from './parsed-exchange';
import { readHypothesis, type HypothesisShape } from './read-hypothesis';
import { readRightsmark } from './read-rightsmark';
import { readW3c, w3cTypes } from './read-w3c';
import { FORMAT_NAME } from './rightsmark-format';
import { parseUntrustedJson } from './safe-json';

const W3C_TYPES = ['Annotation', 'AnnotationPage', 'AnnotationCollection'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeHypothesisRow(value: unknown): boolean {
  return (
    isRecord(value) &&
    w3cTypes(value).length === 0 &&
    Array.isArray(value.target) &&
    ('uri' in value || 'user' in value)
  );
}

/** Which Hypothesis shape a value is, or null: a bare list, the client's export, the API's search. */
export function hypothesisShape(json: unknown): HypothesisShape | null {
  if (Array.isArray(json)) return looksLikeHypothesisRow(json[0]) ? 'list' : null;
  if (!isRecord(json) || w3cTypes(json).length > 0) return null;
  if (Array.isArray(json.annotations)) {
    const first: unknown = json.annotations[0];
    return first === undefined || looksLikeHypothesisRow(first) ? 'export' : null;
  }
  // The API's search response: `{ "total": 2, "rows": [...] }` (GET /api/search).
  if (Array.isArray(json.rows) && typeof json.total === 'number') {
    const first: unknown = json.rows[0];
    return first === undefined || looksLikeHypothesisRow(first) ? 'search' : null;
  }
  return null;
}

/**
 * Which format a parsed JSON value is, or null. Ours is a W3C collection with a `rightsmark`
 * member naming our format; W3C documents say `type: Annotation…`; Hypothesis rows have `uri`
 * or `user` and a list of targets, and no `type`, in a list, in the client's export object
 * (`annotations`) or in the API's search response (`total` and `rows`).
 */
export function detectFormat(json: unknown): ExchangeFormat | null {
  if (isRecord(json)) {
    if (isRecord(json.rightsmark) && json.rightsmark.format === FORMAT_NAME) return 'rightsmark';
    if (w3cTypes(json).some((t) => W3C_TYPES.includes(t))) return 'w3c';
  }
  if (Array.isArray(json) && w3cTypes(json[0]).includes('Annotation')) return 'w3c';
  return hypothesisShape(json) === null ? null : 'hypothesis';
}

/** Rights named only by tags (W3C, Hypothesis): one entry per distinct name, in first use. */
function rightsFromTags(parsed: ParsedExchange): IncomingRight[] {
  const byName = new Map<string, IncomingRight>();
  for (const excerpt of parsed.excerpts) {
    for (const ref of excerpt.rights) {
      const key = ref.name.trim().toLowerCase();
      if (!byName.has(key)) {
        byName.set(key, {
          id: ref.id,
          name: ref.name,
          description: null,
          legalBasis: null,
          color: null,
        });
      }
    }
  }
  return [...byName.values()];
}

/**
 * Parses and checks a shared file. `fileName` is only used in messages.
 *
 * @throws ExchangeError naming the file, the place in it and the problem: empty, too large,
 *   too deeply nested, not JSON, not a format we read, a newer version of ours, or any field
 *   of the wrong type, too long, out of range or duplicated.
 */
export function parseCollectionFile(text: string, fileName: string): ParsedExchange {
  const json = parseUntrustedJson(text, fileName);
  const format = detectFormat(json);
  switch (format) {
    case 'rightsmark':
      return readRightsmark(json, fileName);
    case 'w3c': {
      const parsed = readW3c(json, fileName);
      return { ...parsed, rights: rightsFromTags(parsed) };
    }
    case 'hypothesis': {
      // detectFormat answers 'hypothesis' only when hypothesisShape found a shape, so the
      // fallback is never taken.
      // Stryker disable next-line StringLiteral: the fallback is never taken (see above)
      const parsed = readHypothesis(json, fileName, hypothesisShape(json) ?? 'list');
      return { ...parsed, rights: rightsFromTags(parsed) };
    }
    case null:
      if (Array.isArray(json) && json.length === 0) {
        throw new ExchangeError('unknown-format', fileName, '', 'the file holds no annotations');
      }
      throw new ExchangeError(
        'unknown-format',
        fileName,
        '',
        'not a Rightsmark, W3C Web Annotation or Hypothesis file',
      );
  }
}
