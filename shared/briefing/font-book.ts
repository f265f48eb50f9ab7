/**
 * The faces a briefing is set in, loaded with fontkit: which face draws each character (a
 * fallback chain by glyph coverage), how wide text is (widths cached per character), and the
 * glyphs that drawing a run uses (recorded so the PDF writer embeds exactly those, with their
 * widths and Unicode values). Only the faces the text reaches are fetched at all.
 *
 * Latin and CJK faces are set glyph by glyph from the character map, with no OpenType layout:
 * kerning and ligatures are not worth their cost (fontkit's layout is ~10× slower) and ligature
 * glyphs make copied text worse ("ﬁ"). Arabic, Hebrew and Devanagari are shaped with fontkit's
 * full layout: Arabic joining forms (init, medi, fina, rlig), Hebrew marks, Devanagari conjuncts
 * and reordered vowel signs; right-to-left glyphs come back in visual order.
 */
// fontkit's Indic shaper (Devanagari) is compiled to generators that need this global runtime.
import 'regenerator-runtime/runtime.js';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import {
  FACE_KEYS,
  LATIN_FACE_KEYS,
  type BriefingFonts,
  type FaceKey,
  type FontSubsetter,
} from './briefing-fonts';
import { cjkOrder, hanPreference, type HanFace } from './han-preference';

/** Characters the briefing's own labels use, kept in every subset ("page 3 of 12", "¶ 14", …). */
const LABEL_CHARACTERS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '\u00a0“”‘’–—…¶§·•×';

/** Faces whose text must be shaped (contextual joining, mark placement, visual reordering). */
const SHAPED_FACES: ReadonlySet<FaceKey> = new Set<FaceKey>(['arabic', 'hebrew', 'devanagari']);

/**
 * Shaped faces whose glyphs do not follow the characters one by one (conjuncts, a vowel sign
 * drawn before the consonant it follows): each cluster's first glyph carries the cluster's whole
 * text and width, the rest are drawn as shapes, so the text reads back in logical order.
 */
const CLUSTERED_FACES: ReadonlySet<FaceKey> = new Set<FaceKey>(['devanagari']);

/** The fallback faces after the Latin ones, before CJK (each covers one script of its own). */
const SCRIPT_FACES: readonly FaceKey[] = ['arabic', 'hebrew', 'devanagari'];

/**
 * Scripts drawn in their own face even when a Latin face has the glyphs (Noto Sans has
 * Devanagari): the Latin faces are set glyph by glyph, and these scripts must be shaped.
 */
const SCRIPT_RANGES: readonly (readonly [number, number, FaceKey])[] = [
  [0x0590, 0x05ff, 'hebrew'],
  [0xfb1d, 0xfb4f, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x08a0, 0x08ff, 'arabic'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0xa8e0, 0xa8ff, 'devanagari'],
  [0x1cd0, 0x1cff, 'devanagari'],
];

/** The face that owns `codePoint`'s script (see SCRIPT_RANGES), or null. */
export function scriptFace(codePoint: number): FaceKey | null {
  if (codePoint < 0x0590) return null;
  for (const [from, to, face] of SCRIPT_RANGES)
    if (codePoint >= from && codePoint <= to) return face;
  return null;
}

/** The styles' faces that are serif: their CJK text is set in a serif CJK face where there is one. */
const SERIF_STYLE_FACES: ReadonlySet<FaceKey> = new Set<FaceKey>([
  'serif',
  'serifItalic',
  'serifBold',
]);

/**
 * The serif face beside a sans CJK face, for Japanese or Chinese inside serif text (a quotation):
 * Noto Serif JP and SC. Korean and Traditional Chinese keep their sans face in every style.
 */
const SERIF_CJK: Readonly<Partial<Record<FaceKey, FaceKey>>> = {
  japanese: 'japaneseSerif',
  simplifiedChinese: 'simplifiedChineseSerif',
};

/**
 * The fallback faces in the order a paragraph preferring `han` for Han characters tries them;
 * for serif text, each serif CJK face just before its sans one (which draws what it lacks).
 */
export function fallbackOrder(han: HanFace, serif = false): readonly FaceKey[] {
  const cjk = cjkOrder(han);
  return [...SCRIPT_FACES, ...(serif ? cjk.flatMap((key) => [SERIF_CJK[key] ?? key, key]) : cjk)];
}

/** True when text styled in `primary` is serif text. */
export function isSerifStyle(primary: FaceKey): boolean {
  return SERIF_STYLE_FACES.has(primary);
}

/** Per-face metrics the layout needs, in em (multiply by the font size). */
export interface FaceMetrics {
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
}

/**
 * A character code the pages draw with: a glyph and the text it stands for there. The same
 * glyph may stand for different text (shaping draws ح, خ and ج with one dotless form plus
 * separate dots), so each glyph–text pair gets its own code (CID), mapped to the glyph by the
 * font's CIDToGIDMap and to its text by the ToUnicode map: copied text is then always right.
 */
export interface UsedCode {
  readonly gid: number;
  /** Advance width in PDF glyph space (thousandths of an em). */
  readonly width: number;
  /** The text the code stands for (ToUnicode); empty for glyphs that stand for nothing. */
  readonly text: string;
}

interface CharInfo {
  readonly gid: number;
  /** Advance in em. */
  readonly advance: number;
}

/**
 * Characters below this (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, punctuation) are
 * looked up in arrays rather than maps: layout asks for every character of every line.
 */
const DENSE_LIMIT = 0x3000;

class Face {
  readonly key: FaceKey;
  readonly bytes: Uint8Array;
  readonly font: Font;
  readonly shaped: boolean;
  readonly scale: number;
  readonly chars = new Map<number, CharInfo | null>();
  /** `chars` for characters below DENSE_LIMIT (undefined: not looked up yet). */
  private readonly denseChars: (CharInfo | null | undefined)[] = new Array<undefined>(
    DENSE_LIMIT,
  ).fill(undefined);
  /** Advances (em) as layout counts them, below DENSE_LIMIT (NaN: not looked up yet). */
  readonly denseAdvances = new Float64Array(DENSE_LIMIT).fill(Number.NaN);
  /** Codes of characters drawn from the character map, below DENSE_LIMIT (-1: none yet). */
  private readonly denseCodes = new Int32Array(DENSE_LIMIT).fill(-1);
  private notdef: number | undefined;
  readonly shapedWidths = new Map<string, number>();
  /**
   * Shaped runs already encoded, by text: shaping is the costliest step of drawing, and a
   * briefing repeats runs (the same quotation under two rights, labels, running heads). The
   * glyphs a run uses were recorded the first time, so a repeat only reuses the result.
   */
  readonly shapedRuns = new Map<string, EncodedRun>();
  /** Codes by CID; CID 0 is kept for .notdef. */
  readonly used = new Map<number, UsedCode>();
  private readonly codes = new Map<string, number>();
  private readonly codeByCodePoint = new Map<number, number>();
  readonly outlines = new Map<number, string>();

  constructor(key: FaceKey, bytes: Uint8Array) {
    this.key = key;
    this.bytes = bytes;
    this.font = fontkit.create(bytes);
    this.shaped = SHAPED_FACES.has(key);
    this.scale = 1 / this.font.unitsPerEm;
    if (this.shaped) keepCodePointsPerUse(this.font);
  }

  /** The glyph for a character, or null when the face lacks it. */
  char(codePoint: number): CharInfo | null {
    if (codePoint < DENSE_LIMIT) {
      let dense = this.denseChars[codePoint];
      if (dense === undefined) {
        dense = this.lookUp(codePoint);
        this.denseChars[codePoint] = dense;
      }
      return dense;
    }
    let info = this.chars.get(codePoint);
    if (info === undefined) {
      info = this.lookUp(codePoint);
      this.chars.set(codePoint, info);
    }
    return info;
  }

  private lookUp(codePoint: number): CharInfo | null {
    if (!this.font.hasGlyphForCodePoint(codePoint)) return null;
    const glyph = this.font.glyphForCodePoint(codePoint);
    return glyph.id === 0 ? null : { gid: glyph.id, advance: glyph.advanceWidth * this.scale };
  }

  /** The code that draws glyph `gid` standing for `text` (advance in em), allocated on first use. */
  code(gid: number, advance: number, text: string): number {
    const width = Math.round(advance * 1000);
    const key = `${gid}:${width}:${text}`;
    let cid = this.codes.get(key);
    if (cid === undefined) {
      // CID 0 is .notdef standing for nothing; a replacement mark (.notdef standing for the
      // character it replaces) gets a code of its own, so copied text keeps the character.
      cid = gid === 0 && text === '' ? 0 : this.used.size + (this.used.has(0) ? 0 : 1);
      this.codes.set(key, cid);
      this.used.set(cid, { gid, width, text });
    }
    return cid;
  }

  /** The code for a character drawn straight from the character map (cached per character). */
  codeForCharacter(codePoint: number, char: string): number {
    if (codePoint < DENSE_LIMIT) {
      let dense = this.denseCodes[codePoint] ?? -1;
      if (dense < 0) {
        dense = this.newCodeForCharacter(codePoint, char);
        this.denseCodes[codePoint] = dense;
      }
      return dense;
    }
    let cid = this.codeByCodePoint.get(codePoint);
    if (cid === undefined) {
      cid = this.newCodeForCharacter(codePoint, char);
      this.codeByCodePoint.set(codePoint, cid);
    }
    return cid;
  }

  private newCodeForCharacter(codePoint: number, char: string): number {
    const info = this.char(codePoint);
    // No glyph: the .notdef box, visible, standing for the character (only reached when the
    // analyst accepted replacement marks; see glyph-coverage.ts).
    return info ? this.code(info.gid, info.advance, char) : this.code(0, this.notdefAdvance, char);
  }

  /** A glyph's outline as PDF path operators in em (cached); '' for an empty glyph. */
  outline(id: number): string {
    let path = this.outlines.get(id);
    if (path === undefined) {
      // fontkit's typings omit the path's command list, which it does expose.
      const { commands } = this.font.getGlyph(id).path as unknown as { commands: PathCommand[] };
      path = glyphPath(commands, this.scale);
      this.outlines.set(id, path);
    }
    return path;
  }

  /** Advance of the .notdef glyph in em, drawn for characters no face has. */
  get notdefAdvance(): number {
    this.notdef ??= this.font.getGlyph(0).advanceWidth * this.scale;
    return this.notdef;
  }
}

/**
 * A run encoded for drawing: character codes (CIDs) in visual order and, for shaped runs, where each glyph
 * goes (offsets and advances in em, from OpenType positioning: Arabic dots and marks attach to
 * their letters this way). `placements` is null when every glyph simply advances by its width.
 */
export interface EncodedRun {
  readonly ids: readonly number[];
  readonly placements: readonly GlyphPlacement[] | null;
  /** Each glyph's own advance width (its /W entry), in em. */
  readonly widths: readonly number[];
}

/** A shaped glyph's offset from the pen and how far it moves the pen, in em. */
export interface GlyphPlacement {
  readonly dx: number;
  readonly dy: number;
  readonly advance: number;
  /**
   * PDF path operators (in em, y up) when the glyph is drawn as a shape rather than text: the
   * dots and marks that shaping splits off Arabic letters stand for no character of their own,
   * and as text they would read back as stray characters (readers fall back to the glyph id).
   */
  readonly outline: string | null;
}

/**
 * The last subset made of each face, per subsetter: a briefing rebuilt with the same text (the
 * live preview, after a change of options) reuses it instead of subsetting again. One per face,
 * so the cache stays as small as the faces of one briefing; weakly held, so it goes with them.
 */
const lastSubsets = new WeakMap<
  FontSubsetter,
  WeakMap<Uint8Array, { readonly characters: string; readonly subset: Promise<Uint8Array> }>
>();

function subsetOnce(subset: FontSubsetter, bytes: Uint8Array, characters: string) {
  let byFace = lastSubsets.get(subset);
  if (!byFace) {
    byFace = new WeakMap();
    lastSubsets.set(subset, byFace);
  }
  const last = byFace.get(bytes);
  if (last?.characters === characters) return last.subset;
  const made = subset(bytes, characters);
  byFace.set(bytes, { characters, subset: made });
  // A subset that failed is not kept: the next briefing tries again.
  made.catch(() => {
    if (byFace.get(bytes)?.subset === made) byFace.delete(bytes);
  });
  return made;
}

/** The loaded faces of one briefing. Build one per briefing: it records which glyphs are drawn. */
export class FontBook {
  private readonly faces: ReadonlyMap<FaceKey, Face>;
  private readonly chains = new Map<string, readonly Face[]>();
  private readonly resolvers = new Map<string, (codePoint: number) => FaceKey>();

  private constructor(faces: ReadonlyMap<FaceKey, Face>) {
    this.faces = faces;
  }

  /**
   * Loads the Latin faces and the fallback faces the text reaches, each subset (when a subsetter
   * is given) to the characters of `text` plus the briefing's label characters: the layout then
   * measures with the very fonts it embeds. A fallback face is fetched only when some character
   * of `text` needs it (the first face of its paragraph's fallback order that has the glyph).
   */
  static async load(fonts: BriefingFonts, text: string): Promise<FontBook> {
    const codePoints = codePointsOf(LABEL_CHARACTERS + text);
    const characters = Array.from(codePoints, (codePoint) => String.fromCodePoint(codePoint)).join(
      '',
    );
    const keys = await facesReached(fonts, text, codePoints);
    const faces = new Map<FaceKey, Face>();
    for (const key of FACE_KEYS) {
      if (!keys.has(key)) continue;
      const bytes = await fonts.face(key);
      faces.set(
        key,
        new Face(key, fonts.subset ? await subsetOnce(fonts.subset, bytes, characters) : bytes),
      );
    }
    return new FontBook(faces);
  }

  private face(key: FaceKey): Face {
    const face = this.faces.get(key);
    if (!face) throw new Error(`Font face ${key} is not loaded.`);
    return face;
  }

  /** The faces this briefing loaded (the Latin ones and the fallbacks its text needed). */
  loadedFaces(): readonly FaceKey[] {
    return [...this.faces.keys()];
  }

  /**
   * The fallback chain of a style's face: itself, the other Latin faces, the script faces, then
   * the CJK faces in the paragraph's preferred order; faces the text did not need are left out.
   */
  private chain(primary: FaceKey, han: HanFace): readonly Face[] {
    const id = `${primary}:${han}`;
    let chain = this.chains.get(id);
    if (!chain) {
      const order: FaceKey[] = [
        primary,
        'serif',
        'sans',
        ...fallbackOrder(han, isSerifStyle(primary)),
      ];
      chain = [...new Set(order)].flatMap((key) => {
        const face = this.faces.get(key);
        return face ? [face] : [];
      });
      this.chains.set(id, chain);
    }
    return chain;
  }

  /**
   * The face that draws `codePoint` for text styled in `primary` in a paragraph whose Han
   * characters prefer `han` (see han-preference.ts); the primary face when none has it.
   */
  faceFor(primary: FaceKey, codePoint: number, han: HanFace = 'simplifiedChinese'): FaceKey {
    return this.faceResolver(primary, han)(codePoint);
  }

  /**
   * `faceFor` for one style and Han preference, as a function of the code point: a paragraph's
   * runs are split by it character by character, so each answer is kept.
   */
  faceResolver(primary: FaceKey, han: HanFace): (codePoint: number) => FaceKey {
    const id = `${primary}:${han}`;
    let resolver = this.resolvers.get(id);
    if (!resolver) {
      const dense = new Array<FaceKey | undefined>(DENSE_LIMIT).fill(undefined);
      const table = new Map<number, FaceKey>();
      resolver = (codePoint: number): FaceKey => {
        if (codePoint < DENSE_LIMIT) {
          let key = dense[codePoint];
          if (key === undefined) {
            key = this.resolveFace(primary, codePoint, han);
            dense[codePoint] = key;
          }
          return key;
        }
        let key = table.get(codePoint);
        if (key === undefined) {
          key = this.resolveFace(primary, codePoint, han);
          table.set(codePoint, key);
        }
        return key;
      };
      this.resolvers.set(id, resolver);
    }
    return resolver;
  }

  private resolveFace(primary: FaceKey, codePoint: number, han: HanFace): FaceKey {
    const owner = scriptFace(codePoint);
    const chain = this.chain(primary, han);
    const ownerFace = owner ? this.faces.get(owner) : undefined;
    for (const face of ownerFace ? [ownerFace, ...chain] : chain) {
      if (face.char(codePoint)) return face.key;
    }
    return primary;
  }

  /** True when the face has a glyph for `codePoint`. */
  hasGlyph(key: FaceKey, codePoint: number): boolean {
    return this.faces.get(key)?.char(codePoint) != null;
  }

  /** True when some loaded face has a glyph for `codePoint`. */
  covers(codePoint: number): boolean {
    for (const face of this.faces.values()) if (face.char(codePoint)) return true;
    return false;
  }

  /** True when the face's text must be shaped as a whole (Arabic, Hebrew, Devanagari). */
  isShaped(key: FaceKey): boolean {
    return this.face(key).shaped;
  }

  /** Width of `text` in one face, in em (multiply by the font size). */
  widthEm(key: FaceKey, text: string): number {
    return this.rangeWidthEm(key, text, 0, text.length);
  }

  /**
   * Width of `text.slice(from, to)` in one face, in em: what `widthEm` gives for the slice,
   * without making it (layout measures every candidate line piece by piece).
   */
  rangeWidthEm(key: FaceKey, text: string, from: number, to: number): number {
    const face = this.face(key);
    if (face.shaped) {
      const piece = from === 0 && to === text.length ? text : text.slice(from, to);
      let width = face.shapedWidths.get(piece);
      if (width === undefined) {
        width = 0;
        for (const position of face.font.layout(piece).positions) width += position.xAdvance;
        width *= face.scale;
        face.shapedWidths.set(piece, width);
      }
      return width;
    }
    const advances = face.denseAdvances;
    let width = 0;
    for (let at = from; at < to; at += 1) {
      const unit = text.charCodeAt(at);
      if (unit < DENSE_LIMIT) {
        let advance = advances[unit] ?? Number.NaN;
        if (Number.isNaN(advance)) {
          advance = this.charAdvance(face, unit);
          advances[unit] = advance;
        }
        width += advance;
        continue;
      }
      let codePoint = text.codePointAt(at) ?? 0;
      // A pair cut by the end of the range counts as its lone high surrogate, as in a slice.
      if (codePoint > 0xffff) {
        if (at + 1 < to) at += 1;
        else codePoint = unit;
      }
      width += this.charAdvance(face, codePoint);
    }
    return width;
  }

  /** Advance of one character in em (0 for invisible characters). */
  advanceEm(key: FaceKey, codePoint: number): number {
    return this.charAdvance(this.face(key), codePoint);
  }

  private charAdvance(face: Face, codePoint: number): number {
    const info = face.char(codePoint);
    if (info) return isInvisible(codePoint) ? 0 : info.advance;
    if (isInvisible(codePoint)) return 0;
    // A character no face has is drawn as the face's .notdef box.
    return face.notdefAdvance;
  }

  /**
   * The glyphs that draw `text` in one face, recording them for embedding: in visual order for
   * shaped faces (they reverse right-to-left text themselves; give them text in logical order),
   * in the text's order otherwise. `mirror` draws each character with its mirror image's glyph
   * (brackets in right-to-left text) while it still reads back as itself.
   */
  encode(key: FaceKey, text: string, mirror?: (char: string) => string): EncodedRun {
    const face = this.face(key);
    if (face.shaped) {
      let run = face.shapedRuns.get(text);
      if (!run) {
        run = CLUSTERED_FACES.has(key) ? encodeClusters(face, text) : encodeShaped(face, text);
        face.shapedRuns.set(text, run);
      }
      return run;
    }
    const ids: number[] = [];
    const widths: number[] = [];
    const marks = new Map<number, typeof REPLACEMENT_MARK>();
    for (let at = 0; at < text.length; at += 1) {
      const unit = text.charCodeAt(at);
      // The common case first: a visible character below DENSE_LIMIT that the face has.
      if (!mirror && unit < DENSE_LIMIT && !isInvisible(unit)) {
        const info = face.char(unit);
        if (info) {
          ids.push(face.codeForCharacter(unit, text.charAt(at)));
          widths.push(info.advance);
          continue;
        }
      }
      const codePoint = text.codePointAt(at) ?? 0;
      const char = String.fromCodePoint(codePoint);
      at += char.length - 1;
      if (isInvisible(codePoint)) continue;
      const image = mirror?.(char) ?? char;
      const imageInfo = image === char ? null : face.char(image.codePointAt(0) ?? 0);
      if (imageInfo) {
        ids.push(face.code(imageInfo.gid, imageInfo.advance, char));
        widths.push(imageInfo.advance);
        continue;
      }
      const info = face.char(codePoint);
      const blank = info ? null : face.char(0x20);
      if (blank) {
        // No glyph (the analyst accepted replacement marks; see glyph-coverage.ts): a box drawn
        // as a shape, and a blank glyph of the box's width that reads back as the character.
        marks.set(ids.length, REPLACEMENT_MARK);
        ids.push(face.code(blank.gid, REPLACEMENT_MARK.advance, char));
        widths.push(REPLACEMENT_MARK.advance);
        continue;
      }
      ids.push(face.codeForCharacter(codePoint, char));
      widths.push(info ? info.advance : face.notdefAdvance);
    }
    return marks.size === 0 ? { ids, placements: null, widths } : withMarks(ids, widths, marks);
  }

  /**
   * The code of the hyphen drawn where a line hyphenates a word: the face's hyphen glyph, reading
   * back as a soft hyphen (U+00AD), the character PDF gives hyphens that layout added (PDF
   * 32000-1, 14.8.2.2.3), so extracted, searched and copied text keeps the word whole. Null when
   * the face has no hyphen.
   */
  breakHyphen(key: FaceKey): { readonly id: number; readonly width: number } | null {
    const face = this.face(key);
    const info = face.char(0x2d);
    if (!info) return null;
    return { id: face.code(info.gid, info.advance, '\u00ad'), width: info.advance };
  }

  /** Ascent, descent (negative) and cap height in em. */
  metrics(key: FaceKey): FaceMetrics {
    const { font, scale } = this.face(key);
    return {
      ascent: font.ascent * scale,
      descent: font.descent * scale,
      capHeight: (font.capHeight || font.ascent * 0.7) * scale,
    };
  }

  /** The faces that drew anything, with their bytes, fontkit font and used glyphs. */
  usedFaces(): readonly {
    readonly key: FaceKey;
    readonly bytes: Uint8Array;
    readonly font: Font;
    readonly codes: ReadonlyMap<number, UsedCode>;
  }[] {
    return [...this.faces.values()]
      .filter((face) => face.used.size > 0)
      .map((face) => ({ key: face.key, bytes: face.bytes, font: face.font, codes: face.used }));
  }
}

/**
 * True for characters that take no room and draw nothing: soft hyphen, zero-width space and
 * joiners, directional marks and embeddings, word joiner, variation selectors, byte order mark.
 */
export function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0x00ad ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef) ||
    codePoint === 0xfeff
  );
}

/** Characters no face needs to cover: white space, controls, format characters, invisibles. */
export function needsNoGlyph(codePoint: number): boolean {
  return isInvisible(codePoint) || /^[\s\p{Cc}\p{Cf}]$/u.test(String.fromCodePoint(codePoint));
}

/**
 * The faces `text` reaches: the Latin ones always, the face of each script that has one of its
 * own (SCRIPT_RANGES), and for every other character the Latin faces lack, the first fallback
 * face that has it in the order of each Han preference the text's paragraphs show. Fallback
 * faces are fetched (whole) only when a character gets that far.
 */
async function facesReached(
  fonts: BriefingFonts,
  text: string,
  codePoints: ReadonlySet<number>,
): Promise<Set<FaceKey>> {
  const reached = new Set<FaceKey>(LATIN_FACE_KEYS);
  const [serif, sans] = await Promise.all([fonts.face('serif'), fonts.face('sans')]);
  const latin = [coverageFont(serif), coverageFont(sans)];
  const fallbacks = new Map<FaceKey, Promise<Font>>();
  const fallback = (key: FaceKey): Promise<Font> => {
    let font = fallbacks.get(key);
    if (!font) {
      font = fonts.face(key).then(coverageFont);
      fallbacks.set(key, font);
    }
    return font;
  };
  const left: number[] = [];
  for (const codePoint of codePoints) {
    if (needsNoGlyph(codePoint)) continue;
    // A script with a face of its own is drawn in it when it can be.
    const owner = scriptFace(codePoint);
    if (owner !== null && hasGlyph(await fallback(owner), codePoint)) reached.add(owner);
    else if (!latin.some((font) => hasGlyph(font, codePoint))) left.push(codePoint);
  }
  if (left.length === 0) return reached;
  // Either style may draw the character: the first face of each order that has it.
  for (const han of hanPreferences(text))
    for (const serif of [false, true])
      for (const codePoint of left)
        for (const key of fallbackOrder(han, serif)) {
          if (hasGlyph(await fallback(key), codePoint)) {
            reached.add(key);
            break;
          }
        }
  return reached;
}

/**
 * Whole faces parsed for their coverage, by their bytes (the fetcher hands out the same bytes
 * each time): fontkit copies a font byte by byte before parsing it, and every briefing asks
 * which faces its text reaches. Only read here (which glyphs a face has), never laid out.
 */
const coverageFonts = new WeakMap<Uint8Array, Font>();

function coverageFont(bytes: Uint8Array): Font {
  let font = coverageFonts.get(bytes);
  if (!font) {
    font = fontkit.create(bytes);
    coverageFonts.set(bytes, font);
  }
  return font;
}

/** Paragraphs with CJK text in them (Han, kana, Hangul, CJK punctuation and full-width forms). */
const CJK_TEXT = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]/;

/** The Han preferences of the text's paragraphs (the default one when none has CJK text). */
function hanPreferences(text: string): Set<HanFace> {
  const preferences = new Set<HanFace>();
  for (const paragraph of text.split('\n'))
    if (CJK_TEXT.test(paragraph)) preferences.add(hanPreference(paragraph));
  if (preferences.size === 0) preferences.add(hanPreference(''));
  return preferences;
}

/** The distinct code points of `text`. */
function codePointsOf(text: string): Set<number> {
  const codePoints = new Set<number>();
  for (let at = 0; at < text.length; at += 1) {
    const codePoint = text.codePointAt(at) ?? 0;
    if (codePoint > 0xffff) at += 1;
    codePoints.add(codePoint);
  }
  return codePoints;
}

function hasGlyph(font: Font, codePoint: number): boolean {
  return font.hasGlyphForCodePoint(codePoint) && font.glyphForCodePoint(codePoint).id !== 0;
}

/** A run of a shaped face (Arabic, Hebrew) in visual order, its marks placed by the shaper. */
function encodeShaped(face: Face, text: string): EncodedRun {
  const ids: number[] = [];
  const widths: number[] = [];
  const run = face.font.layout(text);
  const placements: GlyphPlacement[] = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    const width = glyph.advanceWidth * face.scale;
    const text = String.fromCodePoint(...glyph.codePoints);
    const outline = text === '' ? face.outline(glyph.id) : null;
    ids.push(outline === null ? face.code(glyph.id, width, text) : 0);
    widths.push(width);
    placements.push({
      dx: (position?.xOffset ?? 0) * face.scale,
      dy: (position?.yOffset ?? 0) * face.scale,
      advance: (position?.xAdvance ?? glyph.advanceWidth) * face.scale,
      outline,
    });
  });
  return { ids, placements, widths };
}

/**
 * Encodes a shaped left-to-right run cluster by cluster (see CLUSTERED_FACES): a cluster is the
 * shortest run of glyphs whose characters are exactly the next characters of the text, in any
 * order. Its first glyph is drawn as text standing for all of them, with the cluster's advance
 * as its width; the others are drawn as shapes where they belong.
 */
function encodeClusters(face: Face, text: string): EncodedRun {
  const run = face.font.layout(text);
  const characters = [...text].map((character) => character.codePointAt(0) ?? 0);
  const advances = run.positions.map((position) => position.xAdvance);
  const ids: number[] = [];
  const widths: number[] = [];
  const placements: GlyphPlacement[] = [];
  let next = 0;
  let glyph = 0;
  while (glyph < run.glyphs.length) {
    const end = clusterEnd(run.glyphs, advances, characters, glyph, next);
    const taken =
      end === run.glyphs.length
        ? characters.length - next
        : run.glyphs.slice(glyph, end).reduce((count, item) => count + item.codePoints.length, 0);
    const clusterText = String.fromCodePoint(...characters.slice(next, next + taken));
    let offset = 0;
    let advance = 0;
    for (let index = glyph; index < end; index += 1)
      advance += (run.positions[index]?.xAdvance ?? 0) * face.scale;
    // Shapes first (they move the pen not at all), then the text glyph that advances past them.
    for (let index = glyph + 1; index < end; index += 1) {
      offset += (run.positions[index - 1]?.xAdvance ?? 0) * face.scale;
      const item = run.glyphs[index];
      const position = run.positions[index];
      if (!item) continue;
      ids.push(0);
      widths.push(0);
      placements.push({
        dx: offset + (position?.xOffset ?? 0) * face.scale,
        dy: (position?.yOffset ?? 0) * face.scale,
        advance: 0,
        outline: face.outline(item.id),
      });
    }
    const first = run.glyphs[glyph];
    const position = run.positions[glyph];
    const blank = face.char(0x20);
    const [lead = clusterText, ...rest] = blank ? readerPieces(clusterText) : [clusterText];
    if (first) {
      ids.push(face.code(first.id, advance, lead));
      widths.push(advance);
      placements.push({
        dx: (position?.xOffset ?? 0) * face.scale,
        dy: (position?.yOffset ?? 0) * face.scale,
        advance,
        outline: null,
      });
    }
    // The rest of the cluster's text rides on blank glyphs of no width, in reading order.
    for (const piece of rest) {
      ids.push(face.code(blank?.gid ?? 0, 0, piece));
      widths.push(0);
      placements.push({ dx: 0, dy: 0, advance: 0, outline: null });
    }
    next += taken;
    glyph = end;
  }
  return { ids, placements, widths };
}

/**
 * The mark drawn for a character no face has: a hollow box (outer edge clockwise, inner edge
 * counter-clockwise, so filling leaves it open), in em, with the advance it takes.
 */
const REPLACEMENT_MARK = {
  advance: 0.6,
  outline:
    '0.06 -0.02 m 0.54 -0.02 l 0.54 0.72 l 0.06 0.72 l h ' +
    '0.11 0.03 m 0.11 0.67 l 0.49 0.67 l 0.49 0.03 l h',
} as const;

/** A run with replacement marks: each marked glyph gets its box drawn as a shape first. */
function withMarks(
  codes: readonly number[],
  advances: readonly number[],
  marks: ReadonlyMap<number, typeof REPLACEMENT_MARK>,
): EncodedRun {
  const ids: number[] = [];
  const widths: number[] = [];
  const placements: GlyphPlacement[] = [];
  codes.forEach((id, index) => {
    const width = advances[index] ?? 0;
    const mark = marks.get(index);
    if (mark) {
      ids.push(0);
      widths.push(0);
      placements.push({ dx: 0, dy: 0, advance: 0, outline: mark.outline });
    }
    ids.push(id);
    widths.push(width);
    placements.push({ dx: 0, dy: 0, advance: width, outline: null });
  });
  return { ids, placements, widths };
}

const NONSPACING_MARK = /^\p{Mn}$/u;

/**
 * A cluster's text cut for PDF readers: pdf.js takes any code whose text holds a nonspacing mark
 * (virama, most vowel signs) for a zero-width accent, and then sees a gap after it and inserts a
 * space. So the cluster's leading letters stay together and each mark, and each letter after a
 * mark, becomes a piece of its own: "स्" → "स", "्"; "त्र" → "त", "्", "र".
 */
function readerPieces(text: string): string[] {
  const pieces: string[] = [];
  let lead = '';
  let leading = true;
  for (const character of text) {
    if (leading && !NONSPACING_MARK.test(character)) lead += character;
    else {
      leading = false;
      pieces.push(character);
    }
  }
  return lead === '' ? pieces : [lead, ...pieces];
}

/**
 * The end (exclusive) of the cluster starting at glyph `from`, whose characters start at
 * `next`: the first end where the glyphs' characters are a permutation of the text's next ones.
 * When none is found (a character the layout dropped), the rest of the run is one cluster.
 */
function clusterEnd(
  glyphs: readonly { readonly codePoints: readonly number[] }[],
  advances: readonly number[],
  characters: readonly number[],
  from: number,
  next: number,
): number {
  const balance = new Map<number, number>();
  let open = 0;
  let taken = 0;
  const add = (codePoint: number, delta: number): void => {
    const value = (balance.get(codePoint) ?? 0) + delta;
    if (value === 0) open -= 1;
    else if (value === delta) open += 1;
    balance.set(codePoint, value);
  };
  for (let end = from; end < glyphs.length; end += 1) {
    for (const codePoint of glyphs[end]?.codePoints ?? []) {
      add(codePoint, 1);
      const expected = characters[next + taken];
      if (expected !== undefined) add(expected, -1);
      taken += 1;
    }
    if (open === 0 && taken > 0) {
      // Marks that follow (no advance of their own) belong to the cluster they sit on.
      let last = end + 1;
      while (
        last < glyphs.length &&
        (advances[last] ?? 0) === 0 &&
        next + taken < characters.length
      ) {
        const marks = glyphs[last]?.codePoints ?? [];
        if (marks.some((codePoint, k) => characters[next + taken + k] !== codePoint)) break;
        taken += marks.length;
        last += 1;
      }
      return last;
    }
  }
  return glyphs.length;
}

/**
 * fontkit caches one Glyph object per glyph id, with the code points of its first use: after
 * shaping, the dotless form shared by ح and خ would read back as whichever came first. Layout
 * asks for glyphs with their true code points, so hand it a view of the cached glyph that
 * carries the code points of this use.
 */
function keepCodePointsPerUse(font: Font): void {
  const cached = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints?: number[]) =>
    Object.create(cached(id, codePoints), {
      codePoints: { value: codePoints ?? [] },
    }) as ReturnType<Font['getGlyph']>;
}

interface PathCommand {
  readonly command: string;
  readonly args: readonly number[];
}

/** Converts fontkit path commands to PDF path operators, scaled to em; quadratics become cubics. */
function glyphPath(commands: readonly PathCommand[], scale: number): string {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  const p = (value: number): string => (Math.round(value * scale * 10000) / 10000).toString();
  for (const { command, args } of commands) {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = args;
    if (command === 'moveTo') {
      out.push(`${p(a)} ${p(b)} m`);
      [x, y] = [a, b];
    } else if (command === 'lineTo') {
      out.push(`${p(a)} ${p(b)} l`);
      [x, y] = [a, b];
    } else if (command === 'quadraticCurveTo') {
      // A quadratic (control a,b; end c,d) as the cubic with controls two thirds of the way.
      out.push(
        `${p(x + (2 / 3) * (a - x))} ${p(y + (2 / 3) * (b - y))} ${p(c + (2 / 3) * (a - c))} ${p(d + (2 / 3) * (b - d))} ${p(c)} ${p(d)} c`,
      );
      [x, y] = [c, d];
    } else if (command === 'bezierCurveTo') {
      out.push(`${p(a)} ${p(b)} ${p(c)} ${p(d)} ${p(e)} ${p(f)} c`);
      [x, y] = [e, f];
    } else if (command === 'closePath') {
      out.push('h');
    }
  }
  return out.join(' ');
}
