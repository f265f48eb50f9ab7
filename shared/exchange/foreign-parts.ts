/** Helpers for reading other tools' annotations: dates, selectors, people. */
import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation';
import { formatPath } from './issue-path';
import { invalidAt, parseWith } from './parse-with';
import { positionSelectorSchema, quoteSelectorSchema } from './schema-parts';

/** An ISO 8601 string for a date other tools wrote in their own style, or null. */
export function isoDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** The quote and position among a target's selectors (other kinds are ignored). */
export interface FoundSelectors {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector | null;
}

/**
 * Finds and checks the TextQuoteSelector and TextPositionSelector in a list of selectors whose
 * `type` is already known; `pathOf(i)` is where selector i sits, for error messages. Null when
 * there is no quote (a page note, an image region).
 */
export function findTextSelectors(
  selectors: readonly { readonly type: string }[],
  fileName: string,
  pathOf: (index: number) => readonly PropertyKey[],
): FoundSelectors | null {
  const quoteAt = selectors.findIndex((s) => s.type === 'TextQuoteSelector');
  if (quoteAt === -1) return null;
  const quote = parseWith(quoteSelectorSchema, selectors[quoteAt], fileName, pathOf(quoteAt));
  const positionAt = selectors.findIndex((s) => s.type === 'TextPositionSelector');
  const position =
    positionAt === -1
      ? null
      : parseWith(positionSelectorSchema, selectors[positionAt], fileName, pathOf(positionAt));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? '',
    },
    position:
      position === null
        ? null
        : { type: 'TextPositionSelector', start: position.start, end: position.end },
  };
}

/**
 * Remembers where each id was first seen, to refuse a file that uses one id twice: the second
 * annotation would silently overwrite the first on import.
 */
export function duplicateIdChecker(
  fileName: string,
): (id: string, path: readonly PropertyKey[]) => void {
  const seen = new Map<string, string>();
  return (id, path) => {
    const place = formatPath(path);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw invalidAt(fileName, [...path, 'id'], `duplicate id "${id}" (also at ${earlier})`);
    }
    seen.set(id, place);
  };
}
