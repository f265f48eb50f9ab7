/**
 * The faces a briefing is set in, loaded with fontkit: which face draws each character (a
 * fallback chain by glyph coverage), how wide text is (widths cached per character), and the
 * glyphs that drawing a run uses (recorded so the PDF writer embeds exactly those, with their
 * widths and Unicode values).
 *
 * Latin and CJK faces are set glyph by glyph from the character map, with no OpenType layout:
 * kerning and ligatures are not worth their cost (fontkit's layout is ~10× slower) and ligature
 * glyphs make copied text worse ("ﬁ"). Arabic is shaped with fontkit's full layout, which applies
 * the joining forms (init, medi, fina, rlig) and returns glyphs in visual order.
 */
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { FACE_KEYS, type BriefingFonts, type FaceKey } from './briefing-fonts';

/** Characters the briefing's own labels use, kept in every subset ("page 3 of 12", "¶ 14", …). */
const LABEL_CHARACTERS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '\u00a0“”‘’–—…¶§·•×';

/** Faces whose text must be shaped (contextual joining, visual reordering). */
const SHAPED_FACES: ReadonlySet<FaceKey> = new Set<FaceKey>(['arabic']);

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

class Face {
  readonly key: FaceKey;
  readonly bytes: Uint8Array;
  readonly font: Font;
  readonly shaped: boolean;
  readonly scale: number;
  readonly chars = new Map<number, CharInfo | null>();
  readonly shapedWidths = new Map<string, number>();
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
    let info = this.chars.get(codePoint);
    if (info === undefined) {
      info = null;
      if (this.font.hasGlyphForCodePoint(codePoint)) {
        const glyph = this.font.glyphForCodePoint(codePoint);
        if (glyph.id !== 0) info = { gid: glyph.id, advance: glyph.advanceWidth * this.scale };
      }
      this.chars.set(codePoint, info);
    }
    return info;
  }

  /** The code that draws glyph `gid` standing for `text` (advance in em), allocated on first use. */
  code(gid: number, advance: number, text: string): number {
    const key = `${gid}:${text}`;
    let cid = this.codes.get(key);
    if (cid === undefined) {
      cid = gid === 0 ? 0 : this.used.size + (this.used.has(0) ? 0 : 1);
      this.codes.set(key, cid);
      this.used.set(cid, { gid, width: Math.round(advance * 1000), text });
    }
    return cid;
  }

  /** The code for a character drawn straight from the character map (cached per character). */
  codeForCharacter(codePoint: number, char: string): number {
    let cid = this.codeByCodePoint.get(codePoint);
    if (cid === undefined) {
      const info = this.char(codePoint);
      cid = info ? this.code(info.gid, info.advance, char) : this.code(0, this.notdefAdvance, '');
      this.codeByCodePoint.set(codePoint, cid);
    }
    return cid;
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
    return this.font.getGlyph(0).advanceWidth * this.scale;
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

/** The loaded faces of one briefing. Build one per briefing: it records which glyphs are drawn. */
export class FontBook {
  private readonly faces: ReadonlyMap<FaceKey, Face>;
  private readonly chains = new Map<FaceKey, readonly Face[]>();
  private readonly resolved = new Map<FaceKey, Map<number, FaceKey>>();

  private constructor(faces: ReadonlyMap<FaceKey, Face>) {
    this.faces = faces;
  }

  /**
   * Loads the faces, each subset (when a subsetter is given) to the characters of `text` plus
   * the briefing's label characters: the layout then measures with the very fonts it embeds.
   */
  static async load(fonts: BriefingFonts, text: string): Promise<FontBook> {
    const characters = uniqueCharacters(LABEL_CHARACTERS + text);
    const faces = new Map<FaceKey, Face>();
    for (const key of FACE_KEYS) {
      const bytes = fonts.faces[key];
      faces.set(key, new Face(key, fonts.subset ? await fonts.subset(bytes, characters) : bytes));
    }
    return new FontBook(faces);
  }

  private face(key: FaceKey): Face {
    const face = this.faces.get(key);
    if (!face) throw new Error(`Font face ${key} is not loaded.`);
    return face;
  }

  /** The fallback chain of a style's face: itself, the other Latin faces, Arabic, then CJK. */
  private chain(primary: FaceKey): readonly Face[] {
    let chain = this.chains.get(primary);
    if (!chain) {
      const order: FaceKey[] = [primary, 'serif', 'sans', 'arabic', 'cjk'];
      chain = [...new Set(order)].map((key) => this.face(key));
      this.chains.set(primary, chain);
    }
    return chain;
  }

  /** The face that draws `codePoint` for text styled in `primary` (primary when none has it). */
  faceFor(primary: FaceKey, codePoint: number): FaceKey {
    let table = this.resolved.get(primary);
    if (!table) {
      table = new Map();
      this.resolved.set(primary, table);
    }
    let key = table.get(codePoint);
    if (key === undefined) {
      key = primary;
      for (const face of this.chain(primary)) {
        if (face.char(codePoint)) {
          key = face.key;
          break;
        }
      }
      table.set(codePoint, key);
    }
    return key;
  }

  /** True when the face's text must be shaped as a whole (Arabic). */
  isShaped(key: FaceKey): boolean {
    return this.face(key).shaped;
  }

  /** Width of `text` in one face, in em (multiply by the font size). */
  widthEm(key: FaceKey, text: string): number {
    const face = this.face(key);
    if (face.shaped) {
      let width = face.shapedWidths.get(text);
      if (width === undefined) {
        width = 0;
        for (const position of face.font.layout(text).positions) width += position.xAdvance;
        width *= face.scale;
        face.shapedWidths.set(text, width);
      }
      return width;
    }
    let width = 0;
    for (let at = 0; at < text.length; at += 1) {
      const codePoint = text.codePointAt(at) ?? 0;
      if (codePoint > 0xffff) at += 1;
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
   * The glyphs that draw `text` in one face, in visual order, recording them for embedding.
   * Shaped faces reverse right-to-left text themselves; give them text in logical order.
   */
  encode(key: FaceKey, text: string): EncodedRun {
    const face = this.face(key);
    const ids: number[] = [];
    const widths: number[] = [];
    if (face.shaped) {
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
    for (let at = 0; at < text.length; at += 1) {
      const codePoint = text.codePointAt(at) ?? 0;
      const char = String.fromCodePoint(codePoint);
      at += char.length - 1;
      if (isInvisible(codePoint)) continue;
      const info = face.char(codePoint);
      ids.push(face.codeForCharacter(codePoint, char));
      widths.push(info ? info.advance : face.notdefAdvance);
    }
    return { ids, placements: null, widths };
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
 * joiners, directional marks and embeddings, word joiner, byte order mark.
 */
export function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0x00ad ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    codePoint === 0xfeff
  );
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

function uniqueCharacters(text: string): string {
  return [...new Set(text)].join('');
}
