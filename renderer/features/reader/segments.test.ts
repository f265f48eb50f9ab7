import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InlineMark } from '../../../shared/model';
import { segmentText } from './segments';

describe('segmentText', () => {
  it('returns one run for text without marks', () => {
    expect(segmentText('plain')).toEqual([{ start: 0, end: 5, text: 'plain', marks: [] }]);
  });

  it('nests a strong run inside a link run', () => {
    const marks: InlineMark[] = [
      { type: 'link', start: 4, end: 14 },
      { type: 'strong', start: 8, end: 14 },
    ];
    const runs = segmentText('see the report now', marks);
    expect(runs.map((r) => r.text)).toEqual(['see ', 'the ', 'report', ' now']);
    expect(runs[2]?.marks.map((m) => m.type)).toEqual(['link', 'strong']);
  });

  it('covers the whole text with contiguous runs for any marks', () => {
    const mark = fc.record({
      type: fc.constantFrom<InlineMark['type']>('strong', 'emphasis', 'link', 'footnote-ref'),
      start: fc.integer({ min: -5, max: 60 }),
      end: fc.integer({ min: -5, max: 60 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(mark, { maxLength: 6 }), (text, marks) => {
        const runs = segmentText(text, marks);
        expect(runs.map((r) => r.text).join('')).toBe(text);
        runs.forEach((run, i) => {
          if (i > 0) expect(run.start).toBe(runs[i - 1]!.end);
        });
      }),
    );
  });
});
