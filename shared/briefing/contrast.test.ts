import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  GRAPHIC_CONTRAST,
  PAPER,
  relativeLuminance,
  TEXT_CONTRAST,
  withContrast,
} from './contrast';
import { BUILT_IN_RIGHTS } from '../model/right';
import { hexToRgb, STYLES } from './typography';

const rgb = fc.record({
  r: fc.double({ min: 0, max: 1, noNaN: true }),
  g: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('WCAG contrast', () => {
  it('measures black on white as 21:1 and a colour against itself as 1:1', () => {
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, PAPER)).toBeCloseTo(21, 5);
    expect(contrastRatio(hexToRgb('#2f80ed'), hexToRgb('#2f80ed'))).toBe(1);
    // A known pair: #767676 is the lightest grey that meets 4.5:1 on white.
    expect(contrastRatio(hexToRgb('#767676'), PAPER)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(hexToRgb('#777777'), PAPER)).toBeLessThan(4.5);
  });

  it('gives every colour a shade that meets the ratio, keeping colours that already do', () => {
    fc.assert(
      fc.property(rgb, fc.constantFrom(GRAPHIC_CONTRAST, TEXT_CONTRAST), (colour, ratio) => {
        const shade = withContrast(colour, ratio);
        expect(contrastRatio(shade, PAPER)).toBeGreaterThanOrEqual(ratio);
        if (contrastRatio(colour, PAPER) >= ratio) expect(shade).toEqual(colour);
        else expect(relativeLuminance(shade)).toBeLessThan(relativeLuminance(colour));
      }),
    );
  });

  it('darkens the built-in yellow, which fails 3:1 on white, for bars', () => {
    const yellow = hexToRgb(BUILT_IN_RIGHTS[0]?.color ?? '#e0a100');
    expect(contrastRatio(yellow, PAPER)).toBeLessThan(GRAPHIC_CONTRAST);
    expect(contrastRatio(withContrast(yellow, GRAPHIC_CONTRAST), PAPER)).toBeGreaterThanOrEqual(3);
  });

  it('sets every text style of the briefing at 4.5:1 or more on the page', () => {
    for (const [name, style] of Object.entries(STYLES)) {
      expect(contrastRatio(style.colour, PAPER), name).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });
});
