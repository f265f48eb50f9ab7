/**
 * The numbers and letters a document prints before its paragraphs ("23.", "(a)", "iv)", "II.",
 * "2.1", "Article 19") and the words that open the paragraphs of resolutions ("Recalling",
 * "Deeply concerned", "Rappelant"): the pieces structure recognition is made of.
 */

/** A number or letter opening a block. */
export interface Marker {
  /**
   * number: 1, 23 · decimal: 2.1 · letter: a, b (lower case) · capital: A, B · roman: i, ii
   * (lower case, sub-sub-paragraphs) · capital-roman: I, IV (sections).
   */
  readonly kind: 'number' | 'decimal' | 'letter' | 'capital' | 'roman' | 'capital-roman';
  readonly value: string;
  /** Printed with punctuation ("23." "(a)" "b)"); a bare "23 " needs the sequence to agree. */
  readonly punctuated: boolean;
  /** The text after the marker. */
  readonly rest: string;
}

const DECIMAL = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\S)/u;
const NUMBER = /^(\d{1,3})([.)])?\s+(?=\S)/u;
const PAREN_NUMBER = /^\((\d{1,3})\)\s*(?=\S)/u;
const PAREN_LETTER = /^\(([a-z]{1,2}|[ivx]{1,5})\)\s*(?=\S)/u;
const LETTER = /^([a-z]|[ivx]{1,5})[.)]\s+(?=\S)/u;
const CAPITAL_ROMAN = /^([IVXL]{1,6})[.)]\s+(?=\S)/u;
const CAPITAL = /^([A-Z])[.)]\s+(?=\S)/u;
/** "A Establishing a coalition…": a bare capital only when a capitalised word follows. */
const BARE_CAPITAL = /^([A-Z])\s+(?=\p{Lu}\p{Ll})/u;
const ROMAN_SMALL = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/u;

/**
 * The marker opening a block's text, or the list number its source gave it (`label`, from an
 * ordered list whose numbers are not part of the text). Null when it opens with neither.
 */
export function readMarker(
  text: string,
  label: string | undefined,
  listItem: boolean,
): Marker | null {
  if (label !== undefined) return markerFromLabel(label, text);
  let match = DECIMAL.exec(text);
  if (match?.[1] !== undefined) {
    return {
      kind: 'decimal',
      value: match[1],
      punctuated: true,
      rest: text.slice(match[0].length),
    };
  }
  match = NUMBER.exec(text);
  if (match?.[1] !== undefined) {
    return {
      kind: 'number',
      value: String(Number(match[1])),
      punctuated: match[2] !== undefined,
      rest: text.slice(match[0].length),
    };
  }
  match = PAREN_NUMBER.exec(text);
  if (match?.[1] !== undefined) {
    return {
      kind: 'number',
      value: String(Number(match[1])),
      punctuated: true,
      rest: text.slice(match[0].length),
    };
  }
  match = PAREN_LETTER.exec(text) ?? LETTER.exec(text);
  if (match?.[1] !== undefined) {
    const value = match[1];
    return {
      kind:
        ROMAN_SMALL.test(value) && value !== 'i' && value !== 'v' && value !== 'x'
          ? 'roman'
          : 'letter',
      value,
      punctuated: true,
      rest: text.slice(match[0].length),
    };
  }
  match = CAPITAL_ROMAN.exec(text);
  if (match?.[1] !== undefined && (match[1].length > 1 || 'IVX'.includes(match[1]))) {
    return {
      kind: 'capital-roman',
      value: match[1],
      punctuated: true,
      rest: text.slice(match[0].length),
    };
  }
  match = CAPITAL.exec(text) ?? (listItem ? BARE_CAPITAL.exec(text) : null);
  if (match?.[1] !== undefined) {
    return {
      kind: 'capital',
      value: match[1],
      punctuated: true,
      rest: text.slice(match[0].length),
    };
  }
  return null;
}

function markerFromLabel(label: string, text: string): Marker | null {
  const value = label.replace(/^\(|[.)]$/gu, '');
  if (/^\d{1,4}$/u.test(value)) {
    return { kind: 'number', value: String(Number(value)), punctuated: true, rest: text };
  }
  if (/^[a-z]{1,2}$/u.test(value)) return { kind: 'letter', value, punctuated: true, rest: text };
  if (/^[A-Z]$/u.test(value)) return { kind: 'capital', value, punctuated: true, rest: text };
  return null;
}

/** Small roman numerals read as sub-sub-paragraphs, except where the letters run on (h, i). */
export function romanValue(value: string): number | null {
  const digits: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const lower = value.toLowerCase();
  for (let index = 0; index < lower.length; index += 1) {
    const current = digits[lower[index] ?? ''];
    const next = digits[lower[index + 1] ?? ''] ?? 0;
    if (current === undefined) return null;
    total += current < next ? -current : current;
  }
  return total;
}

const ARTICLE =
  /^(?:Article|ARTICLE|Art\.)\s+(\d{1,3}(?:\s?(?:bis|ter|quater))?|premier|1er|[IVXLC]{1,7})(?=$|[\s.:—–-])\s*[.:—–-]?\s*/u;

/**
 * The article number a block opens with ("Article 19", "Article premier", "ARTICLE IV"), when
 * the block is an article's heading: a heading, a short line, or the number followed by a stop
 * ("Article 19. Everyone has…"). "Article 19 of the Covenant protects…" is prose, not a heading.
 */
export function readArticle(text: string, heading: boolean): string | null {
  const match = ARTICLE.exec(text);
  const number = match?.[1];
  if (match === null || number === undefined) return null;
  const rest = text.slice(match[0].length);
  const stopped = /[.:—–-]\s*$/u.test(match[0]);
  if (!heading && !stopped && rest.length > 0 && text.length > 60) return null;
  if (!heading && !stopped && /^\p{Ll}/u.test(rest)) return null;
  if (number === 'premier' || number === '1er') return '1';
  if (/^[IVXLC]+$/u.test(number)) return String(romanValue(number) ?? number);
  return number.replace(/\s+/gu, ' ');
}

/** First words that never open a preambular paragraph, although they end like a participle. */
const NOT_PARTICIPLES = new Set([
  'during',
  'nothing',
  'everything',
  'something',
  'anything',
  'thing',
  'things',
  'bring',
  'king',
  'morning',
  'evening',
  'spring',
  'string',
  'ring',
  'sing',
  'wing',
  'ceiling',
  'meeting',
  'building',
  'funding',
  'training',
  'according',
  'avant',
  'pendant',
  'cependant',
  'maintenant',
  'néanmoins',
  'quant',
  'enfant',
  'tant',
  'avant-projet',
  // English words that end like a French participle.
  'important',
  'significant',
  'relevant',
  'instant',
  'constant',
  'distant',
  'brilliant',
  'abundant',
  'dominant',
  'participant',
  'applicant',
  'assistant',
  'servant',
  'tenant',
  'merchant',
  'restaurant',
  'giant',
  'plant',
  'grant',
  'want',
  'elephant',
]);

/** Adjectives that open preambular paragraphs in English and French resolutions. */
const PREAMBLE_ADJECTIVES =
  /^(?:concerned|mindful|aware|convinced|alarmed|determined|cognizant|cognisant|conscious|desirous|encouraged|guided|disturbed|dismayed|appalled|pr[ée]occup[ée]+s?|conscientes?|convaincu(?:e|es|s)?|r[ée]solu(?:e|es|s)?|guid[ée]+s?|inqui[èe]te?s?|alarm[ée]+s?|d[ée]termin[ée]+s?|persuad[ée]+s?)$/u;

const PREAMBLE_ADVERBS =
  /^(?:deeply|gravely|seriously|further|also|profondément|gravement|vivement|sérieusement|particulièrement|se|s')$/u;

/**
 * True when a paragraph opens the way preambular paragraphs do: a participle ("Recalling",
 * "Noting with concern", "Rappelant", "Se félicitant") or an adjective of concern ("Deeply
 * concerned", "Mindful", "Profondément préoccupée"), capitalised as a paragraph's first word.
 */
export function opensPreamble(text: string): boolean {
  const words = text.split(/[\s,]+/u, 3);
  let index = 0;
  let first = words[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return false;
  if (PREAMBLE_ADVERBS.test(first.toLowerCase()) || /^S'/u.test(first)) {
    index = 1;
    first = /^S'/u.test(first) ? first.slice(2) : (words[1] ?? '');
  }
  const word = first.toLowerCase();
  if (word.length < 4 || NOT_PARTICIPLES.has(word)) return false;
  if (PREAMBLE_ADJECTIVES.test(word)) return true;
  if (index === 0 && /ing$/u.test(word)) return true;
  if (index === 1 && /ing$/u.test(word)) return true;
  return /ant$/u.test(word);
}
