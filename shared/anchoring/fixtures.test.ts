import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../model/document';
import { anchor, reanchorAll } from './anchor';
import type { AnchorResult } from './anchor';
import { describeRange } from './describe';

/** One golden fixture; see fixtures/README.md. */
interface Fixture {
  readonly description: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly excerpts: readonly {
    readonly passage: string;
    readonly occurrence?: number;
    readonly expect: {
      readonly status: AnchorResult['status'];
      readonly how: AnchorResult['how'];
      readonly text?: string;
      readonly occurrence?: number;
    };
  }[];
}

const fixtures = import.meta.glob<Fixture>('./fixtures/*.json', { eager: true, import: 'default' });

function nth(text: string, passage: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i += 1) {
    at = text.indexOf(passage, at + 1);
    if (at === -1) throw new Error(`occurrence ${occurrence} of "${passage}" not found`);
  }
  return at;
}

describe('golden fixtures', () => {
  it('has fixtures', () => {
    expect(Object.keys(fixtures).length).toBeGreaterThanOrEqual(4);
  });

  for (const [file, fixture] of Object.entries(fixtures)) {
    it(`${file.replace('./fixtures/', '')}: ${fixture.description}`, () => {
      const before = fixture.before.join(BLOCK_SEPARATOR);
      const after = fixture.after.join(BLOCK_SEPARATOR);
      const selectors = fixture.excerpts.map(({ passage, occurrence }) => {
        const start = nth(before, passage, occurrence);
        return describeRange(before, start, start + passage.length);
      });
      const batch = reanchorAll(after, selectors);
      fixture.excerpts.forEach((excerpt, i) => {
        const single = anchor(after, selectors[i]!);
        for (const result of [single, batch[i]!]) {
          const label = `${excerpt.passage} (${excerpt.occurrence ?? 1})`;
          expect({ status: result.status, how: result.how }, label).toEqual({
            status: excerpt.expect.status,
            how: excerpt.expect.how,
          });
          if (excerpt.expect.text !== undefined) {
            const start = nth(after, excerpt.expect.text, excerpt.expect.occurrence);
            expect({ start: result.start, end: result.end }, label).toEqual({
              start,
              end: start + excerpt.expect.text.length,
            });
          }
        }
      });
    });
  }
});
