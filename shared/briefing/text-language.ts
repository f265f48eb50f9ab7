/**
 * Which language a passage is in, for the tagged PDF's /Lang entries: a screen reader switches
 * voice by them. A document's recorded language wins; otherwise the script tells, for scripts
 * that one language dominates (Japanese kana, Korean Hangul, Greek, Arabic, Hebrew…). Latin
 * text says nothing about its language, so it is never guessed.
 */

/** A script that points to a language, and the language it is taken for when nothing says more. */
interface ScriptLanguage {
  readonly script: RegExp;
  readonly language: string;
}

/**
 * In the order they are tried: kana before Han, so Japanese with kanji reads as Japanese, and
 * Hangul before Han. A script shared by several languages is taken for its most widely written
 * one (Arabic script for Arabic, Cyrillic for Russian, Devanagari for Hindi, Han alone for
 * Chinese); a document's recorded language corrects it.
 */
const SCRIPT_LANGUAGES: readonly ScriptLanguage[] = [
  { script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, language: 'ja' },
  { script: /\p{Script=Hangul}/u, language: 'ko' },
  { script: /\p{Script=Han}/u, language: 'zh' },
  { script: /\p{Script=Arabic}/u, language: 'ar' },
  { script: /\p{Script=Hebrew}/u, language: 'he' },
  { script: /\p{Script=Devanagari}/u, language: 'hi' },
  { script: /\p{Script=Greek}/u, language: 'el' },
  { script: /\p{Script=Cyrillic}/u, language: 'ru' },
  { script: /\p{Script=Thai}/u, language: 'th' },
  { script: /\p{Script=Armenian}/u, language: 'hy' },
  { script: /\p{Script=Georgian}/u, language: 'ka' },
];

/** Scripts each language is written in, beyond Latin: text in them needs no language of its own. */
const LANGUAGE_SCRIPTS: Readonly<Record<string, RegExp>> = {
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  zh: /\p{Script=Han}/u,
  ko: /[\p{Script=Hangul}\p{Script=Han}]/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  ur: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  yi: /\p{Script=Hebrew}/u,
  hi: /\p{Script=Devanagari}/u,
  mr: /\p{Script=Devanagari}/u,
  ne: /\p{Script=Devanagari}/u,
  el: /\p{Script=Greek}/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  be: /\p{Script=Cyrillic}/u,
  bg: /\p{Script=Cyrillic}/u,
  sr: /\p{Script=Cyrillic}/u,
  mk: /\p{Script=Cyrillic}/u,
  kk: /\p{Script=Cyrillic}/u,
  mn: /\p{Script=Cyrillic}/u,
  th: /\p{Script=Thai}/u,
  hy: /\p{Script=Armenian}/u,
  ka: /\p{Script=Georgian}/u,
};

/** Any letter of the scripts above: text without one (most of a briefing) points to no language. */
const ANY_SCRIPT_LANGUAGE =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Han}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Armenian}\p{Script=Georgian}]/u;

/** The language a text's script points to, or null (Latin, digits, punctuation, unknown scripts). */
export function scriptLanguage(text: string): string | null {
  // One pass of one expression settles the common case, Latin text, before counting by script.
  if (!ANY_SCRIPT_LANGUAGE.test(text)) return null;
  let best: ScriptLanguage | null = null;
  let bestCount = 0;
  // The script with the most letters decides (a Japanese sentence has more kana than a stray
  // Han word in Korean text); ties go to the earlier entry, so kana beats Han.
  for (const entry of SCRIPT_LANGUAGES) {
    const count = countMatches(text, entry.script);
    if (count > bestCount) {
      best = entry;
      bestCount = count;
    }
  }
  // Kana anywhere makes Han text Japanese, whichever has more letters.
  if (best?.language === 'zh' && countMatches(text, SCRIPT_LANGUAGES[0]?.script ?? /$^/u) > 0)
    return 'ja';
  return best?.language ?? null;
}

/** The primary subtag of a BCP 47 tag, lower-cased ("en-GB" → "en"). */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** True when `text` needs no language of its own inside a passage in `language`. */
export function fitsLanguage(text: string, language: string | undefined): boolean {
  const own = scriptLanguage(text);
  if (own === null) return true;
  if (!language) return false;
  const primary = primaryLanguage(language);
  if (primary === own) return true;
  const scripts = LANGUAGE_SCRIPTS[primary];
  // Every non-Latin letter of the text is in one of the language's scripts.
  return (
    scripts !== undefined &&
    [...text].every((c) => !/\p{L}/u.test(c) || isLatin(c) || scripts.test(c))
  );
}

/**
 * The language to mark an excerpt's quotation with, or undefined when it is the briefing's own
 * (nothing to mark) or cannot be told (Latin text from a document of unknown language).
 */
export function excerptLanguage(
  quote: string,
  documentLanguage: string | null,
  briefingLanguage: string,
): string | undefined {
  const language = documentLanguage?.trim() || scriptLanguage(quote);
  if (!language) return undefined;
  if (primaryLanguage(language) === primaryLanguage(briefingLanguage || 'en')) return undefined;
  return language;
}

function isLatin(character: string): boolean {
  return /\p{Script=Latin}/u.test(character);
}

function countMatches(text: string, script: RegExp): number {
  let count = 0;
  for (const character of text) if (script.test(character)) count += 1;
  return count;
}
