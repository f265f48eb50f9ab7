/**
 * The briefing's type scale, colours and text styles: a restrained palette in the manner of a
 * parliamentary research service (dark ink, one navy accent, the rights' own colours).
 */
import type { FaceKey } from './briefing-fonts';

/** An RGB colour, each channel 0..1 (as PDF operators take it). */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Parses #rrggbb (checked beforehand by checkBriefingInput). */
export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: ((value >> 16) & 255) / 255, g: ((value >> 8) & 255) / 255, b: (value & 255) / 255 };
}

/** Mixes a colour with white: `amount` 0 keeps it, 1 gives white (tints for backgrounds). */
export function tint(colour: Rgb, amount: number): Rgb {
  return {
    r: colour.r + (1 - colour.r) * amount,
    g: colour.g + (1 - colour.g) * amount,
    b: colour.b + (1 - colour.b) * amount,
  };
}

export const INK = hexToRgb('#1c1f23');
export const MUTED = hexToRgb('#5b6168');
/** The lightest grey text is set in: 5.0:1 on white, above WCAG's 4.5:1 for small text. */
export const FAINT = hexToRgb('#6a7076');
export const RULE = hexToRgb('#c9cdd2');
export const NOTE_BACKGROUND = hexToRgb('#f2f3f5');
/** The accent of covers and headings: a dark institutional navy. */
export const ACCENT = hexToRgb('#1f3a5f');

/** A text style: which face, at what size, on what line height, in what colour. */
export interface TextStyle {
  readonly face: FaceKey;
  /** Font size in points. */
  readonly size: number;
  /** Baseline-to-baseline distance in points. */
  readonly leading: number;
  readonly colour: Rgb;
}

function style(face: FaceKey, size: number, leading: number, colour: Rgb = INK): TextStyle {
  return { face, size, leading, colour };
}

/**
 * The type scale, in points. Reading text is 10.5/15 serif (a 1.43 line height suits a 160 mm
 * measure); notes and labels step down in sans so they read as apparatus, not as the source.
 */
export const STYLES = {
  coverKicker: style('sansBold', 9, 13, ACCENT),
  coverTitle: style('serifBold', 26, 32, INK),
  coverTitleLong: style('serifBold', 20, 25, INK),
  coverSubtitle: style('serif', 14, 19, MUTED),
  coverMeta: style('sans', 10, 15, INK),
  coverMetaLabel: style('sansBold', 7.5, 11, FAINT),
  classification: style('sansBold', 8, 11, hexToRgb('#8b1e1e')),
  h1: style('serifBold', 18, 23, INK),
  h2: style('sansBold', 11.5, 15, INK),
  h3: style('sansBold', 10, 13.5, INK),
  body: style('serif', 10.5, 15, INK),
  bodyItalic: style('serifItalic', 10.5, 15, MUTED),
  quote: style('serif', 10.5, 15, INK),
  citation: style('sans', 8.5, 12, MUTED),
  citationTitle: style('serifItalic', 9, 12, MUTED),
  label: style('sansBold', 7.5, 11, MUTED),
  excerptLabel: style('sansBold', 8, 12, ACCENT),
  note: style('sans', 9, 13, INK),
  comment: style('serifItalic', 10, 14, INK),
  small: style('sans', 8.5, 12, MUTED),
  table: style('sans', 8.5, 11.5, INK),
  tableHead: style('sansBold', 8, 11, INK),
  toc: style('serif', 10.5, 15, INK),
  tocSub: style('serif', 9.5, 13.5, MUTED),
  tocDetail: style('sans', 8.5, 15, MUTED),
  running: style('sans', 7.5, 10, FAINT),
  appendixBody: style('serif', 9.5, 13.5, INK),
  appendixHeading: style('sansBold', 10, 14, INK),
  margin: style('sans', 6.5, 9, FAINT),
} as const satisfies Record<string, TextStyle>;

/** Returns a style with another colour. */
export function withColour(base: TextStyle, colour: Rgb): TextStyle {
  return { ...base, colour };
}
