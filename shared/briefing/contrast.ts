/**
 * Colour contrast as WCAG 2.2 measures it: relative luminance, contrast ratio, and the darkest
 * step of a colour needed to meet a ratio against the page, so a right's colour (picked for
 * highlights) can still draw a chart bar or a heading number that everyone can see.
 */
import type { Rgb } from './typography';

/** WCAG 1.4.3: text below 18 pt (or 14 pt bold) needs 4.5:1 against its background. */
export const TEXT_CONTRAST = 4.5;
/** WCAG 1.4.11: graphical objects that carry meaning (bars, swatches, rules) need 3:1. */
export const GRAPHIC_CONTRAST = 3;

/** The page the briefing is printed on. */
export const PAPER: Rgb = { r: 1, g: 1, b: 1 };

function channel(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (0 black … 1 white) of an sRGB colour. */
export function relativeLuminance(colour: Rgb): number {
  return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
}

/** The contrast ratio between two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/**
 * The colour itself when it meets `ratio` against `background`, else the lightest shade of it
 * (mixed towards black in 2 % steps, so its hue stays recognisable) that does.
 */
export function withContrast(colour: Rgb, ratio: number, background: Rgb = PAPER): Rgb {
  for (let keep = 1; keep > 0; keep -= 0.02) {
    const shade = { r: colour.r * keep, g: colour.g * keep, b: colour.b * keep };
    if (contrastRatio(shade, background) >= ratio) return shade;
  }
  return { r: 0, g: 0, b: 0 };
}
