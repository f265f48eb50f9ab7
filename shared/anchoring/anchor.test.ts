import { describe, expect, it } from 'vitest';
import { anchor, reanchorAll } from './anchor';
import { createRandom, randomBlocks } from './testing/random-text';
import { describeRange } from './describe';

const TEXT =
  'Article 19. Everyone has the right to freedom of opinion and expression.\n\n' +
  'Article 20. Everyone has the right to freedom of peaceful assembly and association.';

function select(text: string, passage: string) {
  const start = text.indexOf(passage);
  return describeRange(text, start, start + passage.length);
}

describe('anchor', () => {
  it('anchors at the stored position when the quote is still there', () => {
    const selectors = select(TEXT, 'freedom of opinion');
    expect(anchor(TEXT, selectors)).toEqual({
      status: 'anchored',
      how: 'position',
      start: selectors.position.start,
      end: selectors.position.end,
      score: 1,
    });
  });

  it('re-anchors by quote when the passage moved', () => {
    const selectors = select(TEXT, 'freedom of peaceful assembly');
    const moved = `Preamble.\n\n${TEXT}`;
    const result = anchor(moved, selectors);
    expect(result).toMatchObject({ status: 'reanchored', how: 'quote' });
    expect(moved.slice(result.start, result.end)).toBe('freedom of peaceful assembly');
  });

  it('re-anchors fuzzily after an edit inside the quote', () => {
    const selectors = select(TEXT, 'freedom of peaceful assembly and association');
    const edited = TEXT.replace('peaceful assembly', 'peaceful assemblies');
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: 'reanchored', how: 'fuzzy' });
    expect(edited.slice(result.start, result.end)).toBe(
      'freedom of peaceful assemblies and association',
    );
  });

  it('orphans a passage that was deleted', () => {
    const selectors = select(TEXT, 'freedom of peaceful assembly and association');
    const deleted = TEXT.replace(' to freedom of peaceful assembly and association', '');
    expect(anchor(deleted, selectors)).toEqual({ status: 'orphaned', how: 'none', score: 0 });
  });

  it('does not trust a position taken over by another copy of the quote', () => {
    const a = 'Article 1. Subject to this Covenant, everyone may travel.';
    const b = 'Article 2. Subject to this Covenant, everyone may speak.';
    const before = `${a}\n\n${b}`;
    const selectors = select(before, 'everyone may travel');
    // The same clause, differently ended, now sits at the old offsets.
    const after = `Article 1. Subject to this Covenant, everyone may trave\n\n${b}\n\n${a}`;
    const result = anchor(after, selectors);
    expect(result.status).toBe('reanchored');
    expect(result.start).toBe(after.lastIndexOf('everyone may travel'));
  });
});

describe('reanchorAll', () => {
  it('gives the same answers as anchor, in input order', () => {
    const random = createRandom(5);
    const text = randomBlocks(random, 40_000).join('\n\n');
    const selectors = Array.from({ length: 300 }, () => {
      for (;;) {
        const start = Math.floor(random() * (text.length - 200));
        try {
          return describeRange(text, start, start + 30 + Math.floor(random() * 150));
        } catch {
          // whitespace-only; pick again
        }
      }
    });
    const edited = `A new first paragraph.\n\n${text.slice(0, 20_000)}${text.slice(20_050, 30_000)}x${text.slice(30_000)}`;
    const batch = reanchorAll(edited, selectors);
    expect(batch).toHaveLength(selectors.length);
    selectors.forEach((s, i) => {
      const single = anchor(edited, s);
      const got = batch[i]!;
      expect(got.status).toBe(single.status);
      if (got.status !== 'orphaned') {
        expect(edited.slice(got.start, got.end)).toBe(edited.slice(single.start, single.end));
      }
    });
    expect(batch.filter((r) => r.status === 'reanchored').length).toBeGreaterThan(250);
  });

  it('handles an empty list', () => {
    expect(reanchorAll(TEXT, [])).toEqual([]);
  });
});
