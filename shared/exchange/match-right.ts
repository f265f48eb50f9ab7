/**
 * Maps a colleague's tag to one of the library's rights, so "assembly", "FoE" or "liberté
 * d'expression" land on the right the analyst already has instead of becoming a new one. The
 * rule, tried in this order, stops at the first step where exactly one right matches (a step
 * where several rights match gives no answer, since guessing between them would mislead):
 *
 * 1. `exact`: the right's name as written.
 * 2. `folded`: the same after folding case, accents, punctuation and spacing ("freedom-of-
 *    expression"), and after dropping a leading "right to", "freedom of" ("Right to privacy").
 * 3. `alias`: one of the right's aliases: the analyst's own (Settings › Rights) and, for the
 *    built-in rights, the usual abbreviations ("FoE", "FoAA").
 * 4. `translation`: a built-in right's name in one of the six UN languages.
 * 5. `part`: one of the things a right's name joins with "and" ("assembly" for "Assembly and
 *    association").
 * 6. `similar`: a misspelling: the folded tag is within SIMILARITY_FLOOR of a name, alias or
 *    translation of one right only.
 *
 * Archived rights are never offered: tags should not revive them unnoticed.
 */
import type { Right } from '../model/right';
import { KNOWN_RIGHT_NAMES } from '../model/right-names';

/** Which step of the rule matched. */
export type RightMatchRule = 'exact' | 'folded' | 'alias' | 'translation' | 'part' | 'similar';

/** A right a tag was matched to, how, and the name it matched. */
export interface RightMatch {
  readonly rightId: string;
  readonly rule: RightMatchRule;
  readonly matched: string;
}

/** What the rule reads of a right. */
export type MatchableRight = Pick<Right, 'id' | 'name'> & {
  readonly archived?: boolean;
  readonly aliases?: readonly string[];
};

/**
 * Lowest similarity (1 − edit distance ÷ longer length) accepted for a misspelling: one slip
 * in a word of nine letters or more ("expresion", "asociation", "privacyy" is 0.875 and fails).
 * Shorter words are refused at one slip because one letter there often makes another word
 * ("piracy" is not "privacy").
 */
export const SIMILARITY_FLOOR = 0.88;

/** Folded: compatibility-decomposed, accents and case dropped, "&" as "and", punctuation as spaces. */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Leading words that say "a right" without naming which: dropped when comparing. */
const GENERIC_LEAD =
  /^(?:(?:the|a) )?(?:(?:human )?rights? (?:to|of) (?:the )?|freedoms? (?:of|to) |liberty of |of )/u;

/** The folded name without its generic lead ("right to privacy" → "privacy"). */
function core(folded: string): string {
  const stripped = folded.replace(GENERIC_LEAD, '');
  return stripped === '' ? folded : stripped;
}

/** The things a name joins with "and" ("assembly and association" → assembly, association). */
function parts(folded: string): string[] {
  const pieces = core(folded)
    .split(/ and (?:of )?/u)
    .map((piece) => core(piece.trim()))
    .filter((piece) => piece !== '');
  return pieces.length > 1 ? pieces : [];
}

/** Edit distance (insertions, deletions, substitutions), one row at a time. */
function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(Array.from(a).length, Array.from(b).length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly translations: readonly string[];
}

/** The one right among `matches`, or null when none or several. */
function single(matches: readonly { id: string; matched: string }[], rule: RightMatchRule) {
  const ids = new Set(matches.map((m) => m.id));
  const first = matches[0];
  return ids.size === 1 && first !== undefined
    ? { rightId: first.id, rule, matched: first.matched }
    : null;
}

/** The matches of one step: every (right, name) pair for which `test` holds. */
function step(
  candidates: readonly Candidate[],
  names: (candidate: Candidate) => readonly string[],
  test: (name: string) => boolean,
): { id: string; matched: string }[] {
  return candidates.flatMap((candidate) =>
    names(candidate)
      .filter(test)
      .slice(0, 1)
      .map((matched) => ({ id: candidate.id, matched })),
  );
}

/**
 * The library's right a tag names by the rule above, or null when no right (or more than one at
 * the deciding step) matches.
 */
export function matchRight(tag: string, rights: readonly MatchableRight[]): RightMatch | null {
  const candidates: Candidate[] = rights
    .filter((right) => right.archived !== true)
    .map((right) => {
      const known = KNOWN_RIGHT_NAMES[right.id];
      return {
        id: right.id,
        name: right.name,
        aliases: [...(right.aliases ?? []), ...(known?.aliases ?? [])],
        translations: known === undefined ? [] : Object.values(known.translations).flat(),
      };
    });
  const written = tag.normalize('NFC').trim();
  const folded = foldName(written);
  if (folded === '') return null;
  const tagCore = core(folded);
  const sameFolded = (name: string) => {
    const other = foldName(name);
    return other === folded || core(other) === tagCore;
  };

  const decided =
    single(
      step(
        candidates,
        (c) => [c.name],
        (name) => name.normalize('NFC').trim() === written,
      ),
      'exact',
    ) ??
    single(
      step(candidates, (c) => [c.name], sameFolded),
      'folded',
    ) ??
    single(
      step(candidates, (c) => c.aliases, sameFolded),
      'alias',
    ) ??
    single(
      step(candidates, (c) => c.translations, sameFolded),
      'translation',
    ) ??
    single(
      step(
        candidates,
        (c) => [c.name],
        (name) => parts(foldName(name)).includes(tagCore),
      ),
      'part',
    );
  if (decided !== null) return decided;

  let best: { id: string; matched: string; score: number }[] = [];
  for (const candidate of candidates) {
    for (const name of [candidate.name, ...candidate.aliases, ...candidate.translations]) {
      const other = foldName(name);
      const score = Math.max(similarity(folded, other), similarity(tagCore, core(other)));
      if (score < SIMILARITY_FLOOR) continue;
      const top = best[0]?.score ?? 0;
      if (score > top) best = [{ id: candidate.id, matched: name, score }];
      else if (score === top) best.push({ id: candidate.id, matched: name, score });
    }
  }
  return single(best, 'similar');
}
