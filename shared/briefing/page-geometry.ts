/**
 * The page: ISO A4 in PDF points (1 pt = 1/72 in), its margins and where the running header and
 * footer sit. Layout measures y from the top of the page down; the PDF writer flips it.
 */

const MM = 72 / 25.4;

/** ISO 216 A4, 210 × 297 mm. */
export const PAGE_WIDTH = 210 * MM;
export const PAGE_HEIGHT = 297 * MM;

/**
 * Margins: 25 mm at the sides gives a text column of 160 mm (≈ 75 characters of 10.5 pt serif,
 * a comfortable measure); 27 mm top and bottom leave room for the running header and footer.
 */
export const MARGIN_LEFT = 25 * MM;
export const MARGIN_RIGHT = 25 * MM;
export const MARGIN_TOP = 27 * MM;
export const MARGIN_BOTTOM = 27 * MM;

/** The text column. */
export const CONTENT_LEFT = MARGIN_LEFT;
export const CONTENT_RIGHT = PAGE_WIDTH - MARGIN_RIGHT;
export const CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT;
export const CONTENT_TOP = MARGIN_TOP;
export const CONTENT_BOTTOM = PAGE_HEIGHT - MARGIN_BOTTOM;

/** Baselines of the running header and footer, 15 mm from the page edges. */
export const HEADER_BASELINE = 15 * MM;
export const FOOTER_BASELINE = PAGE_HEIGHT - 15 * MM;

/** Millimetres to points, for the few measures given in millimetres elsewhere. */
export function mm(value: number): number {
  return value * MM;
}
