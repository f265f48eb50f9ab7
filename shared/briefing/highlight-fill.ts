/**
 * How highlights are coloured, for the PDF's highlight annotations and the appendix's colour
 * key alike: a light tint of the right's colour that keeps the text readable, in stacked bands
 * when an excerpt carries several rights.
 */
import { contrastRatio, TEXT_CONTRAST } from './contrast';
import type { Quad } from './display-list';
import { STYLES, tint, type Rgb } from './typography';

/** Highlights are drawn as a light tint of the right's colour, multiplied onto the text. */
const HIGHLIGHT_TINT = 0.5;

/**
 * The fill a highlight in `colour` is drawn with: the usual tint, lightened further (in 5 %
 * steps towards white) until the appendix's text keeps WCAG's 4.5:1 on it.
 */
export function highlightFill(colour: Rgb): Rgb {
  const text = STYLES.appendixBody.colour;
  for (let amount = HIGHLIGHT_TINT; amount < 1; amount += 0.05) {
    const fill = tint(colour, amount);
    if (contrastRatio(fill, text) >= TEXT_CONTRAST) return fill;
  }
  return tint(colour, 1);
}

/**
 * The rectangles a highlight fills over one quad: the whole quad in one colour, or for an
 * excerpt with several rights one band per right, stacked from the top in the given order.
 */
export function highlightBands(
  quad: Quad,
  colours: readonly Rgb[],
): { top: number; bottom: number; colour: Rgb }[] {
  const count = Math.max(colours.length, 1);
  const height = (quad.bottom - quad.top) / count;
  return colours.map((colour, index) => ({
    top: quad.top + index * height,
    bottom: index === count - 1 ? quad.bottom : quad.top + (index + 1) * height,
    colour,
  }));
}
