/**
 * Where a word may be hyphenated, by the TeX patterns of its language (the `hyphen` package:
 * English, US and British, French, Spanish, Italian and Portuguese). Only words of letters are
 * hyphenated: never numbers, URLs, addresses or words in a language without patterns.
 */
import createHyphenator from 'hyphen/hyphen.js';
import enGb from 'hyphen/patterns/en-gb.js';
import enUs from 'hyphen/patterns/en-us.js';
import es from 'hyphen/patterns/es.js';
import fr from 'hyphen/patterns/fr.js';
import it from 'hyphen/patterns/it.js';
import pt from 'hyphen/patterns/pt.js';

/** Offsets inside `word` (never 0 or its length) where it may be hyphenated. */
export type WordHyphenator = (word: string) => readonly number[];

/** Words shorter than this stay whole: hyphenating them saves little and reads badly. */
export const MIN_WORD_LENGTH = 6;
/** The engine marks points with this; words never contain it (a soft hyphen in text is kept out). */
const MARK = '\u00ad';

/** Words remembered per language before the memory starts afresh (bounds a long session). */
const MAX_REMEMBERED = 50_000;

/** English regions that spell the British way (and hyphenate by its patterns). */
const BRITISH_REGIONS = new Set(['GB', 'UK', 'IE', 'AU', 'NZ', 'IN', 'ZA', 'SG', 'HK', 'MT']);

const PATTERNS: Readonly<Record<string, unknown>> = {
  'en-gb': enGb,
  'en-us': enUs,
  es,
  fr,
  it,
  pt,
};

/** The pattern set for a BCP 47 tag ("en-GB" → en-gb, "fr-CA" → fr), or null when none fits. */
export function patternName(language: string): string | null {
  const [primary = '', ...rest] = language.toLowerCase().split(/[-_]/);
  if (primary === 'en') {
    const region = rest.find((part) => part.length === 2)?.toUpperCase();
    return region && BRITISH_REGIONS.has(region) ? 'en-gb' : 'en-us';
  }
  return primary in PATTERNS ? primary : null;
}

const hyphenators = new Map<string, WordHyphenator | null>();

/**
 * The hyphenator for a BCP 47 language tag, or null when there are no patterns for it. Each
 * word's points are computed once per language (a briefing repeats its words many times).
 */
export function hyphenatorFor(language: string | null | undefined): WordHyphenator | null {
  if (!language) return null;
  const name = patternName(language);
  if (!name) return null;
  let hyphenator = hyphenators.get(name);
  if (hyphenator === undefined) {
    const engine = createHyphenator(PATTERNS[name], {
      hyphenChar: MARK,
      minWordLength: MIN_WORD_LENGTH,
    });
    const points = new Map<string, readonly number[]>();
    hyphenator = (word: string): readonly number[] => {
      if (word.length < MIN_WORD_LENGTH || word.includes(MARK)) return [];
      let found = points.get(word);
      if (!found) {
        const marked = engine(word);
        const offsets: number[] = [];
        let at = 0;
        for (const char of marked) {
          if (char === MARK) offsets.push(at);
          else at += char.length;
        }
        found = offsets.filter((offset) => offset > 0 && offset < word.length);
        if (points.size >= MAX_REMEMBERED) points.clear();
        points.set(word, found);
      }
      return found;
    };
    hyphenators.set(name, hyphenator);
  }
  return hyphenator;
}
