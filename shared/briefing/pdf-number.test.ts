import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfNumber } from './pdf-number';

/** How content streams wrote numbers before: the float rounded to hundredths, printed by String. */
const printedFloat = (value: number): string => String(Math.round(value * 100) / 100);

describe('pdfNumber', () => {
  it('writes every coordinate exactly as the rounded float prints', () => {
    // Page coordinates, sizes and colour channels, with a margin on both sides.
    fc.assert(
      fc.property(fc.double({ min: -2000, max: 2000, noNaN: true }), (value) => {
        expect(pdfNumber(value)).toBe(printedFloat(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on values at and around every hundredth, where rounding turns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.constantFrom(-0.5000001, -0.5, -0.4999999, 0, 0.4999999, 0.5, 0.5000001),
        (hundredths, nudge) => {
          const value = (hundredths + nudge) / 100;
          expect(pdfNumber(value)).toBe(printedFloat(value));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('writes short forms: no trailing zeros, no sign on zero', () => {
    expect(pdfNumber(10)).toBe('10');
    expect(pdfNumber(0.5)).toBe('0.5');
    expect(pdfNumber(0.05)).toBe('0.05');
    expect(pdfNumber(73.871)).toBe('73.87');
    expect(pdfNumber(-1.5)).toBe('-1.5');
    expect(pdfNumber(-0.001)).toBe('0');
  });
});
