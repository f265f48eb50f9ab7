/**
 * Folding of words for search: case and diacritics are ignored, so "Déclaration", "declaration"
 * and "DECLARATION" are one term, in the index and in queries alike.
 */

/**
 * Combining marks to strip after canonical decomposition. The kana voicing marks (U+3099 and
 * U+309A, the dakuten and handakuten) are kept: they are not accents but part of the letter
 * (カ "ka" and ガ "ga" are different syllables), and NFC puts them back together.
 */
const STRIPPED_MARKS = /(?![\u3099\u309a])\p{M}/gu;

/** Printable ASCII without capitals already folds to itself; most Latin words are such. */
const FOLDED_ASCII = /^[ -@[-~]*$/;

/**
 * Folds one word or a whole text: lowercased, decomposed (NFD), combining marks removed, then
 * recomposed (NFC). Folding never joins or splits words, so it can be applied to tokens.
 */
export function fold(text: string): string {
  if (FOLDED_ASCII.test(text)) return text;
  return text.toLowerCase().normalize('NFD').replace(STRIPPED_MARKS, '').normalize('NFC');
}
