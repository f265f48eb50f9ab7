/**
 * Structural references typed by an analyst ("art 19(3)", "Art. 19 (3) (a)", "OP 5", "pp3",
 * "para. 23", "p. 4", "article premier") read back into references, so search can jump to them.
 */
import type { StructuralRef, StructuralUnit } from './structural-ref';

const UNIT_WORDS: readonly (readonly [RegExp, StructuralUnit])[] = [
  [/^(?:art(?:icle)?s?\.?)$/iu, 'article'],
  [/^(?:pp|preambular(?:\s+paragraph)?)$/iu, 'preambular'],
  [/^(?:op|operative(?:\s+paragraph)?)$/iu, 'operative'],
  [/^(?:paras?\.?|paragraphs?|¶|§§?)$/iu, 'paragraph'],
  [/^(?:sec(?:tion)?s?\.?)$/iu, 'section'],
  [/^(?:p|pp|page)\.?$/iu, 'page'],
];

const QUERY =
  /^\s*(art(?:icle)?s?\.?|pp|op|preambular(?:\s+paragraph)?|operative(?:\s+paragraph)?|paras?\.?|paragraphs?|¶|§|sec(?:tion)?s?\.?|page|p\.?)\s*(\d{1,4}|premier|1er|[ivxlc]{1,7})((?:\s*\(\s*[0-9a-z]{1,4}\s*\))*)\s*$/iu;

/**
 * The reference a query names, or null when the query is not one. "pp 3" is a preambular
 * paragraph (resolutions' usage), "p. 3" and "page 3" a page.
 */
export function readRefQuery(query: string): StructuralRef | null {
  const match = QUERY.exec(query);
  if (match === null) return null;
  const [, word = '', number = '', parts = ''] = match;
  const unit = UNIT_WORDS.find(([pattern]) => pattern.test(word.trim()))?.[1];
  if (unit === undefined) return null;
  let head = number.toLowerCase();
  if (head === 'premier' || head === '1er') head = '1';
  if (/^\d+$/u.test(head)) head = String(Number(head));
  else if (unit !== 'section') return null;
  else head = head.toUpperCase();
  const inner = [...parts.matchAll(/\(\s*([0-9a-z]{1,4})\s*\)/giu)].map((m) => {
    const part = (m[1] ?? '').toLowerCase();
    return /^\d+$/u.test(part) ? String(Number(part)) : part;
  });
  return { unit, path: [head, ...inner] };
}

/** True when `ref` is the queried place or lies inside it (art 19 holds Art. 19(3)(a)). */
export function refWithin(ref: StructuralRef | null | undefined, query: StructuralRef): boolean {
  if (ref === null || ref === undefined || ref.unit !== query.unit) return false;
  if (ref.path.length < query.path.length) return false;
  return query.path.every((part, index) => ref.path[index] === part);
}
