/**
 * Embeds the faces a briefing drew as Type 0 (CID-keyed TrueType) fonts: the (already subset)
 * font program, the codes the pages use (each a glyph standing for a given text, mapped to its
 * glyph by a CIDToGIDMap), their widths, and a ToUnicode map from each code to its text, so
 * every word can be selected, searched and copied.
 *
 * pdf-lib's own embedder is not used: with `subset: false` it lists widths and Unicode values
 * only for glyphs reachable from the character map, so shaped Arabic forms (init, medi, fina,
 * lam-alef) would get no width and no text; and with Identity codes one glyph can only ever
 * read back as one text, which shaping breaks. Here the codes actually drawn are recorded.
 */
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { FACE_KEYS, type FaceKey } from './briefing-fonts';
import type { FontBook, UsedCode } from './font-book';
import type { Deflater, FlateStreams } from './pdf-streams';

/** ToUnicode CMaps list at most 100 mappings per bfchar block (PDF 32000-1, 9.10.3). */
const BFCHAR_BLOCK = 100;
/** FontDescriptor flags: 4 = symbolic (glyphs outside the standard Latin set), 32 = non-symbolic. */
const FLAG_SYMBOLIC = 4;
/** Nominal vertical stem width; readers use it only for substitution, which never happens here. */
const STEM_V = 80;

/** An embedded face: its resource name on every page and the font dictionary. */
export interface EmbeddedFace {
  readonly name: string;
  readonly ref: PDFRef;
}

/** The name a face goes by in every page's font resources (fixed, so pages can be written first). */
export function faceResourceName(key: FaceKey): string {
  return `F${FACE_KEYS.indexOf(key) + 1}`;
}

/**
 * Each font program deflated, by deflater and bytes: a face is subset once per character set
 * (see font-book.ts), so a briefing built again with the same text (the live preview after a
 * change of options) embeds the same bytes and need not deflate them again.
 */
const deflatedPrograms = new WeakMap<
  Deflater,
  WeakMap<Uint8Array, Uint8Array | Promise<Uint8Array>>
>();

function deflatedProgram(deflate: Deflater, bytes: Uint8Array): Uint8Array | Promise<Uint8Array> {
  let byBytes = deflatedPrograms.get(deflate);
  if (!byBytes) {
    byBytes = new WeakMap();
    deflatedPrograms.set(deflate, byBytes);
  }
  let deflated = byBytes.get(bytes);
  if (!deflated) {
    deflated = deflate(bytes);
    byBytes.set(bytes, deflated);
    // A failure is not kept: the next briefing tries again.
    if (deflated instanceof Promise) deflated.catch(() => byBytes.delete(bytes));
  }
  return deflated;
}

/** Embeds every face the book recorded glyphs for; returns them by face. */
export function embedFaces(
  context: PDFContext,
  book: FontBook,
  streams: FlateStreams,
  deflate: Deflater,
): Map<FaceKey, EmbeddedFace> {
  const embedded = new Map<FaceKey, EmbeddedFace>();
  book.usedFaces().forEach((face, index) => {
    const { font } = face;
    const scale = 1000 / font.unitsPerEm;
    // A subset's name carries a six-letter tag (PDF 32000-1, 9.6.4); fixed so output is reproducible.
    const tag = `RM${String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26))}AA`;
    const baseFont = `${tag}+${(font.postscriptName ?? face.key).replace(/[^A-Za-z0-9-]/g, '')}`;
    const fontFile = streams.addDeflated(deflatedProgram(deflate, face.bytes), {
      Length1: face.bytes.length,
    });
    const bbox = font.bbox;
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: baseFont,
        Flags: FLAG_SYMBOLIC,
        FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale].map(
          Math.round,
        ),
        ItalicAngle: font.italicAngle,
        Ascent: Math.round(font.ascent * scale),
        Descent: Math.round(font.descent * scale),
        CapHeight: Math.round((font.capHeight || font.ascent) * scale),
        StemV: STEM_V,
        FontFile2: fontFile,
      }),
    );
    const cids = [...face.codes.keys()].sort((a, b) => a - b);
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseFont,
        CIDSystemInfo: {
          Registry: PDFString.of('Adobe'),
          Ordering: PDFString.of('Identity'),
          Supplement: 0,
        },
        FontDescriptor: descriptor,
        CIDToGIDMap: streams.add(cidToGidMap(face.codes)),
        DW: 1000,
        W: widthsArray(cids, face.codes),
      }),
    );
    const toUnicode = streams.add(toUnicodeCMap(cids, face.codes));
    const ref = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
    embedded.set(face.key, { name: faceResourceName(face.key), ref });
  });
  return embedded;
}

/** The CIDToGIDMap stream: for each CID, its glyph id as two bytes, big-endian. */
function cidToGidMap(codes: ReadonlyMap<number, UsedCode>): Uint8Array {
  const size = Math.max(0, ...codes.keys()) + 1;
  const bytes = new Uint8Array(size * 2);
  for (const [cid, code] of codes) {
    bytes[cid * 2] = code.gid >> 8;
    bytes[cid * 2 + 1] = code.gid & 255;
  }
  return bytes;
}

/** The /W array: runs of consecutive CIDs with their widths. */
function widthsArray(
  ids: readonly number[],
  glyphs: ReadonlyMap<number, UsedCode>,
): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] = [];
  let runStart = -1;
  let previous = -2;
  for (const id of ids) {
    const width = glyphs.get(id)?.width ?? 0;
    if (id !== previous + 1) {
      if (run.length > 0) out.push(runStart, run);
      run = [];
      runStart = id;
    }
    run.push(width);
    previous = id;
  }
  if (run.length > 0) out.push(runStart, run);
  return out;
}

/** A ToUnicode CMap mapping each code (CID) to the text it stands for. */
export function toUnicodeCMap(
  ids: readonly number[],
  glyphs: ReadonlyMap<number, UsedCode>,
): string {
  const entries = ids
    .map((id) => ({ id, text: glyphs.get(id)?.text ?? '' }))
    .filter((entry) => entry.text !== '');
  const blocks: string[] = [];
  for (let at = 0; at < entries.length; at += BFCHAR_BLOCK) {
    const slice = entries.slice(at, at + BFCHAR_BLOCK);
    blocks.push(
      `${slice.length} beginbfchar\n${slice
        .map((entry) => `<${hex4(entry.id)}> <${utf16Hex(entry.text)}>`)
        .join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

/** Text as UTF-16BE hex digits (surrogate pairs included). */
export function utf16Hex(text: string): string {
  let out = '';
  for (let at = 0; at < text.length; at += 1) out += hex4(text.charCodeAt(at));
  return out;
}
