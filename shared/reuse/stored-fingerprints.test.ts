/** A document's fingerprints survive storage unchanged, and a damaged row is refused. */
import { describe, expect, it } from 'vitest';
import { packFingerprints, unpackFingerprints } from './stored-fingerprints';
import { fingerprintBlocks } from './wording-index';

describe('stored fingerprints', () => {
  it('unpacks to the same fingerprints per block, empty blocks included', () => {
    const passages = fingerprintBlocks([
      { text: 'Reaffirms that the same rights that people have offline must also be protected' },
      { text: '' },
      { text: 'Calls upon all States to respect and protect the right to privacy' },
    ]);
    const row = packFingerprints('doc-1', 3, 'hash-3', passages);
    expect(row).toMatchObject({ docId: 'doc-1', version: 3, contentHash: 'hash-3' });
    expect(row.offsets).toHaveLength(4);
    const back = unpackFingerprints(row);
    expect(
      back?.map((p) => ({ index: p.index, fingerprints: Array.from(p.fingerprints) })),
    ).toEqual(passages.map((p) => ({ index: p.index, fingerprints: Array.from(p.fingerprints) })));
  });

  it('refuses a row whose offsets do not fit its fingerprints, or that is not typed arrays', () => {
    const row = packFingerprints(
      'doc-1',
      1,
      'hash-1',
      fingerprintBlocks([{ text: 'one two three four' }]),
    );
    expect(unpackFingerprints({ ...row, offsets: new Uint32Array([0, 5]) })).toBeNull();
    expect(unpackFingerprints({ ...row, offsets: new Uint32Array([1, 0, 1]) })).toBeNull();
    expect(
      unpackFingerprints({ ...row, fingerprints: [1, 2] as unknown as Uint32Array }),
    ).toBeNull();
  });
});
