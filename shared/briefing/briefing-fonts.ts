/**
 * The font faces a briefing is set in, passed in as bytes (the renderer loads them from bundled
 * assets, the CLI from resources/fonts), and the optional subsetter that shrinks them.
 */

/**
 * Each face the layout uses. Latin text is set in Noto Serif (reading text) and Noto Sans
 * (labels, headings); Japanese and Arabic characters fall back to Noto Sans JP and Noto Naskh
 * Arabic whatever the style, because no single font covers every script.
 */
export type FaceKey =
  'serif' | 'serifItalic' | 'serifBold' | 'sans' | 'sansBold' | 'cjk' | 'arabic';

/** Every face, in a fixed order (font resource names and fallback order follow it). */
export const FACE_KEYS: readonly FaceKey[] = [
  'serif',
  'serifItalic',
  'serifBold',
  'sans',
  'sansBold',
  'cjk',
  'arabic',
];

/** The file each face is bundled as, in resources/fonts (TrueType, SIL Open Font License). */
export const BRIEFING_FONT_FILES: Readonly<Record<FaceKey, string>> = {
  serif: 'NotoSerif-Regular.ttf',
  serifItalic: 'NotoSerif-Italic.ttf',
  serifBold: 'NotoSerif-Bold.ttf',
  sans: 'NotoSans-Regular.ttf',
  sansBold: 'NotoSans-SemiBold.ttf',
  cjk: 'NotoSansJP-Regular.ttf',
  arabic: 'NotoNaskhArabic-Regular.ttf',
};

/**
 * Reduces a TrueType font to the glyphs needed for `text` (plus whatever its layout features
 * reach, so Arabic contextual forms survive) and returns TrueType ('sfnt') bytes. The Node
 * implementation wraps `subset-font` (harfbuzz); see cli/node-briefing-fonts.ts.
 */
export type FontSubsetter = (font: Uint8Array, text: string) => Promise<Uint8Array>;

/** The faces' TrueType bytes and, optionally, a subsetter (without one, whole fonts are embedded). */
export interface BriefingFonts {
  readonly faces: Readonly<Record<FaceKey, Uint8Array>>;
  readonly subset?: FontSubsetter;
}
