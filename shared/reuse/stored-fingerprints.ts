/**
 * A document's wording fingerprints as the library stores them (one row per document), so the
 * wording index is rebuilt at start-up without reading or hashing any text: every block's
 * winnowed fingerprints concatenated in one typed array, with where each block's run begins.
 */
import type { PassageFingerprints } from './wording-index';

/** One document's fingerprints, stored beside its version so a replaced document is redone. */
export interface StoredWordingPrints {
  readonly docId: string;
  /** The document version the fingerprints were taken from, and its text's hash. */
  readonly version: number;
  readonly contentHash: string;
  /** Block i's fingerprints are fingerprints[offsets[i] … offsets[i + 1]); blocks + 1 entries. */
  readonly offsets: Uint32Array;
  readonly fingerprints: Uint32Array;
}

/** Packs a document's per-block fingerprints (blocks in order, from index 0) for storage. */
export function packFingerprints(
  docId: string,
  version: number,
  contentHash: string,
  passages: readonly PassageFingerprints[],
): StoredWordingPrints {
  const offsets = new Uint32Array(passages.length + 1);
  let total = 0;
  passages.forEach((passage, at) => {
    offsets[at] = total;
    total += passage.fingerprints.length;
  });
  offsets[passages.length] = total;
  const fingerprints = new Uint32Array(total);
  let at = 0;
  for (const passage of passages) {
    for (let i = 0; i < passage.fingerprints.length; i += 1)
      fingerprints[at++] = passage.fingerprints[i] ?? 0;
  }
  return { docId, version, contentHash, offsets, fingerprints };
}

/**
 * The per-block fingerprints of a stored row, as views over its array (nothing is copied).
 * A row whose offsets do not fit its fingerprints (a damaged record) gives null: redo it.
 */
export function unpackFingerprints(stored: StoredWordingPrints): PassageFingerprints[] | null {
  const { offsets, fingerprints } = stored;
  if (!(offsets instanceof Uint32Array) || !(fingerprints instanceof Uint32Array)) return null;
  if (offsets.length === 0 || offsets[offsets.length - 1] !== fingerprints.length) return null;
  const passages: PassageFingerprints[] = [];
  for (let index = 0; index + 1 < offsets.length; index += 1) {
    const from = offsets[index] ?? 0;
    const to = offsets[index + 1] ?? 0;
    if (to < from) return null;
    passages.push({ index, fingerprints: fingerprints.subarray(from, to) });
  }
  return passages;
}
