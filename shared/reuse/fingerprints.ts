/**
 * Fingerprints of a passage's wording by winnowing (Schleimer, Wilkerson and Aiken, "Winnowing:
 * local algorithms for document fingerprinting", SIGMOD 2003): hash every run of SHINGLE_WORDS
 * words, then keep the smallest hash of every WINDOW consecutive ones. Any run of words two
 * passages share that is at least SHINGLE_WORDS + WINDOW - 1 words long is guaranteed to yield a
 * common fingerprint, while only about 2 / (WINDOW + 1) of the hashes are stored.
 */
import { wordHash } from './words';

/**
 * Three-word shingles: short enough that a formula with a changed word every few words still
 * shares shingles with the original ("people have offline" survives "rights"→"freedoms").
 */
export const SHINGLE_WORDS = 3;
/**
 * Windows of three shingles: any five words in common are found (3 + 3 − 1), which keeps the
 * shortest agreed-language variants findable; the index holds about half of all shingles.
 */
export const WINDOW = 3;

/** The hash of every run of SHINGLE_WORDS words, in order; one over all words if fewer. */
export function shingleHashes(folded: readonly string[]): number[] {
  if (folded.length === 0) return [];
  const words = folded.map(wordHash);
  const size = Math.min(SHINGLE_WORDS, words.length);
  const hashes: number[] = [];
  for (let start = 0; start + size <= words.length; start += 1) {
    let hash = 0x9e3779b9;
    for (let offset = 0; offset < size; offset += 1) {
      hash = Math.imul(hash ^ (words[start + offset] ?? 0), 0x85ebca6b);
      hash ^= hash >>> 13;
    }
    hashes.push(hash >>> 0);
  }
  return hashes;
}

/** The winnowed fingerprints of a passage: the rightmost minimum of each window, deduplicated. */
export function winnow(hashes: readonly number[]): number[] {
  if (hashes.length <= WINDOW) {
    return hashes.length === 0 ? [] : [Math.min(...hashes)];
  }
  const chosen = new Set<number>();
  let lastPosition = -1;
  for (let start = 0; start + WINDOW <= hashes.length; start += 1) {
    let position = start;
    for (let index = start + 1; index < start + WINDOW; index += 1) {
      if ((hashes[index] ?? 0) <= (hashes[position] ?? 0)) position = index;
    }
    if (position !== lastPosition) {
      chosen.add(hashes[position] ?? 0);
      lastPosition = position;
    }
  }
  return [...chosen];
}
