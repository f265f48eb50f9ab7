import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnchorStatus } from '../model/annotation';
import { annotationOn, annotationsAt, liesAt, type PlacedAnnotation } from './annotations-at';

function placed(id: string, start: number, end: number, status: AnchorStatus = 'anchored') {
  return { id, status, position: { type: 'TextPositionSelector' as const, start, end } };
}

const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

describe('liesAt', () => {
  const a = placed('a', 10, 20);

  it('puts a point inside from the first character up to, not including, the end', () => {
    expect(liesAt(a, { start: 9, end: 9 })).toBe(false);
    expect(liesAt(a, { start: 10, end: 10 })).toBe(true);
    expect(liesAt(a, { start: 19, end: 19 })).toBe(true);
    expect(liesAt(a, { start: 20, end: 20 })).toBe(false);
  });

  it('needs a span to share at least one character', () => {
    expect(liesAt(a, { start: 0, end: 10 })).toBe(false);
    expect(liesAt(a, { start: 0, end: 11 })).toBe(true);
    expect(liesAt(a, { start: 19, end: 30 })).toBe(true);
    expect(liesAt(a, { start: 20, end: 30 })).toBe(false);
    expect(liesAt(a, { start: 12, end: 14 })).toBe(true);
  });

  it('never places an orphan', () => {
    const orphan = placed('o', 10, 20, 'orphaned');
    expect(liesAt(orphan, { start: 15, end: 15 })).toBe(false);
    expect(liesAt(orphan, { start: 0, end: 100 })).toBe(false);
  });
});

describe('annotationsAt', () => {
  it('at a point, gives the innermost highlight first', () => {
    const outer = placed('outer', 0, 100);
    const inner = placed('inner', 40, 60);
    const innermost = placed('innermost', 45, 50);
    expect(ids(annotationsAt([outer, inner, innermost], { start: 47, end: 47 }))).toEqual([
      'innermost',
      'inner',
      'outer',
    ]);
    expect(ids(annotationsAt([outer, inner, innermost], { start: 55, end: 55 }))).toEqual([
      'inner',
      'outer',
    ]);
  });

  it('over a paragraph, gives the first in reading order, one begun earlier counting from its start', () => {
    const paragraph = { start: 100, end: 200 };
    const carriedOver = placed('carried-over', 50, 120);
    const later = placed('later', 150, 160);
    const atStartShort = placed('at-start-short', 100, 105);
    const outside = placed('outside', 200, 210);
    expect(ids(annotationsAt([later, outside, carriedOver, atStartShort], paragraph))).toEqual([
      'at-start-short',
      'carried-over',
      'later',
    ]);
  });

  it('leaves orphans and annotations elsewhere out', () => {
    expect(
      annotationsAt([placed('o', 0, 10, 'orphaned'), placed('far', 50, 60)], { start: 5, end: 5 }),
    ).toEqual([]);
  });

  it('returns exactly the annotations that lie at the span, each once', () => {
    const annotations = fc
      .array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 50 }), fc.boolean()), {
        maxLength: 20,
      })
      .map((rows) =>
        rows.map(([start, length, orphaned], i) =>
          placed(`a${i}`, start, start + length, orphaned ? 'orphaned' : 'anchored'),
        ),
      );
    fc.assert(
      fc.property(annotations, fc.nat(250), fc.nat(30), (list, start, length) => {
        const at = { start, end: start + length };
        const found = annotationsAt(list, at);
        expect(new Set(found).size).toBe(found.length);
        expect(found.length).toBe(list.filter((a) => liesAt(a, at)).length);
        // Each one begins (clamped to the span) no later than the next.
        for (let i = 1; i < found.length; i += 1) {
          const begin = (a: PlacedAnnotation) => Math.max(a.position.start, at.start);
          expect(begin(found[i - 1]!)).toBeLessThanOrEqual(begin(found[i]!));
        }
      }),
    );
  });
});

describe('annotationOn', () => {
  it('finds only the annotation on exactly the passage, never an orphan', () => {
    const list = [
      placed('o', 10, 20, 'orphaned'),
      placed('wider', 10, 21),
      placed('exact', 10, 20),
    ];
    expect(annotationOn(list, { start: 10, end: 20 })?.id).toBe('exact');
    expect(annotationOn(list, { start: 10, end: 19 })).toBeUndefined();
  });
});
