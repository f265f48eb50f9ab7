/**
 * Small tests on one line of text that the structure heuristics share: does it end a sentence,
 * is it a date, a byline, an address, a list entry, a label in capitals?
 */

/**
 * Longest line taken for a section heading. The corpus's longest real heading has 80 characters
 * ("Examples of UN reports that apply…"); a line over 100 characters is nearly always prose that
 * merely lacks its full stop.
 */
export const MAX_HEADING_LENGTH = 100;

/** A document's title may run longer than its section headings ("Topic: the subtitle"). */
export const MAX_TITLE_LENGTH = 200;

/** Closing quotes, brackets and footnote numbers that may follow a sentence's final punctuation. */
const TRAILING_CLOSERS = /[)\]}"'”’»›」』）⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u;

/** Punctuation that ends a sentence (or introduces what follows), in Latin and CJK text. */
const SENTENCE_END = /[.!?…:;。！？：；]$/u;

/** Punctuation after which a line cannot be a heading: a heading may end in ? or ! but not these. */
const NON_HEADING_END = /[.,;:…。、，：；]$/u;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE_LINE = new RegExp(
  [
    `^${DAY} ${MONTH},? \\d{4}$`, // 3 January 2020
    `^${MONTH} ${DAY},? \\d{4}$`, // March 2, 2022
    `^${MONTH} \\d{4}$`, // December 2019
    '^\\d{4}-\\d{2}-\\d{2}$', // 2022-03-02
    '^\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}$', // 02/03/2022
  ].join('|'),
  'iu',
);

/** Metadata lines of news listings and web pages ("Author: …", "By Jane Doe", "Source: …"). */
const BYLINE =
  /^(?:(?:authors?|by|source|posted(?: on)?|published(?: on)?|updated|date modified|photo credits?)\s*:|by\s+\p{Lu})/iu;

const URL_OR_EMAIL = /(?:\bhttps?:\/\/|\bwww\.)\S|[^\s@]+@[^\s@]+\.\p{L}/iu;

/** Bullets ("- ", "• "), numbers ("1.", "2)") and letters ("a)") that open a list entry. */
const LIST_MARKER = /^(?:[-+*•▪◦‣–—]\s|\(?\d{1,3}[.)]\s|\(?[a-z][)]\s)/iu;

/**
 * An ALL-CAPS label needs one word of at least this many letters: shorter all-caps words are
 * usually acronyms used as ordinary headings (OECD, G7, UNHRC, UNESCO), not section labels
 * (SUMMARY, ENDNOTES, IN THIS BRIEFING).
 */
const MIN_LABEL_WORD_LETTERS = 7;
const LONG_CAPS_WORD = new RegExp(`\\p{Lu}{${MIN_LABEL_WORD_LETTERS},}`, 'u');

function lastSignificant(text: string): string {
  return text.trimEnd().replace(TRAILING_CLOSERS, '');
}

/** Whether the text ends like a finished sentence (or a lead-in ending in ":" / ";"). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(lastSignificant(text));
}

/** Whether the text ends in punctuation a heading would not end in (. , ; : …). */
export function endsInNonHeadingPunctuation(text: string): boolean {
  return NON_HEADING_END.test(lastSignificant(text));
}

/** Whether the text starts with a lowercase letter, as a sentence's continuation does. */
export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Whether the whole line is a date ("3 January 2020", "March 2, 2022", "2022-03-02"). */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}

/** Whether the line is page metadata such as "Author: …" or "By Jane Doe". */
export function isBylineLine(text: string): boolean {
  return BYLINE.test(text.trim());
}

/** Whether the line contains a web address or an email address. */
export function containsUrlOrEmail(text: string): boolean {
  return URL_OR_EMAIL.test(text);
}

/** Whether the line opens with a list marker. */
export function startsWithListMarker(text: string): boolean {
  return LIST_MARKER.test(text.trimStart());
}

/** Whether the line is a label in capitals ("SUMMARY", "MAIN REFERENCES"), not an acronym. */
export function isAllCapsLabel(text: string): boolean {
  return !/\p{Ll}/u.test(text) && LONG_CAPS_WORD.test(text);
}

/**
 * Whether one line could be a heading at all: short, has letters, does not start in lowercase,
 * does not end in . , ; : …, and is not a list entry, a date, a byline or an address.
 */
export function looksLikeHeading(text: string, maxLength: number = MAX_HEADING_LENGTH): boolean {
  return (
    text.length <= maxLength &&
    /\p{L}/u.test(text) &&
    !startsLowercase(text) &&
    !endsInNonHeadingPunctuation(text) &&
    !startsWithListMarker(text) &&
    !isDateLine(text) &&
    !isBylineLine(text) &&
    !containsUrlOrEmail(text)
  );
}

/**
 * Whether a document's first line looks like its title: a heading-like line (see
 * `looksLikeHeading`) of up to MAX_TITLE_LENGTH characters. The one test every format's first
 * line is held to (plain text, Markdown, DOCX, PDF, HTML).
 */
export function looksLikeTitle(text: string): boolean {
  return !text.includes('\n') && looksLikeHeading(text.trim(), MAX_TITLE_LENGTH);
}
