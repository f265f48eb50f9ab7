/**
 * The font faces a briefing is set in, fetched as bytes on demand (the renderer from bundled
 * assets, the CLI from resources/fonts), and the optional subsetter that shrinks them.
 */

/**
 * Each face the layout uses. Latin, Greek and Cyrillic text (Vietnamese included) is set in Noto
 * Serif (reading text) and Noto Sans (labels, headings); every other script falls back to one face
 * of its own whatever the style, because no single font covers every script, except Japanese and
 * Simplified Chinese, which have a serif face for serif text (quotations) beside their sans one.
 */
export type FaceKey =
  | 'serif'
  | 'serifItalic'
  | 'serifBold'
  | 'sans'
  | 'sansBold'
  | 'japanese'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'korean'
  | 'simplifiedChinese'
  | 'traditionalChinese'
  | 'japaneseSerif'
  | 'simplifiedChineseSerif';

/** Every face, in a fixed order (font resource names follow it). */
export const FACE_KEYS: readonly FaceKey[] = [
  'serif',
  'serifItalic',
  'serifBold',
  'sans',
  'sansBold',
  'japanese',
  'arabic',
  'hebrew',
  'devanagari',
  'korean',
  'simplifiedChinese',
  'traditionalChinese',
  'japaneseSerif',
  'simplifiedChineseSerif',
];

/** The faces every briefing is set in; the others are fallbacks, loaded only when text needs them. */
export const LATIN_FACE_KEYS: readonly FaceKey[] = [
  'serif',
  'serifItalic',
  'serifBold',
  'sans',
  'sansBold',
];

/** The file each face is bundled as, in resources/fonts (TrueType, SIL Open Font License). */
export const BRIEFING_FONT_FILES: Readonly<Record<FaceKey, string>> = {
  serif: 'NotoSerif-Regular.ttf',
  serifItalic: 'NotoSerif-Italic.ttf',
  serifBold: 'NotoSerif-Bold.ttf',
  sans: 'NotoSans-Regular.ttf',
  sansBold: 'NotoSans-SemiBold.ttf',
  japanese: 'NotoSansJP-Regular.ttf',
  arabic: 'NotoNaskhArabic-Regular.ttf',
  hebrew: 'NotoSerifHebrew-Regular.ttf',
  devanagari: 'NotoSerifDevanagari-Regular.ttf',
  korean: 'NotoSansKR-Regular.ttf',
  simplifiedChinese: 'NotoSansSC-Regular.ttf',
  traditionalChinese: 'NotoSansTC-Regular.ttf',
  japaneseSerif: 'NotoSerifJP-Regular.ttf',
  simplifiedChineseSerif: 'NotoSerifSC-Regular.ttf',
};

/**
 * Reduces a TrueType font to the glyphs needed for `text` (plus whatever its layout features
 * reach, so Arabic contextual forms and Devanagari conjuncts survive) and returns TrueType
 * ('sfnt') bytes. The Node implementation wraps `subset-font` (harfbuzz); see
 * cli/node-briefing-fonts.ts.
 */
export type FontSubsetter = (font: Uint8Array, text: string) => Promise<Uint8Array>;

/** Fetches a face's TrueType bytes (whole, not subset). */
export type FaceFetcher = (key: FaceKey) => Promise<Uint8Array>;

/**
 * Where the faces come from and, optionally, a subsetter (without one, whole fonts are embedded).
 * The engine asks only for the faces the briefing's text reaches: a Latin briefing never loads
 * the 5–10 MB CJK faces.
 */
export interface BriefingFonts {
  readonly face: FaceFetcher;
  readonly subset?: FontSubsetter;
}
