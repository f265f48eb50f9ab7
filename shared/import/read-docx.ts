/**
 * Reads a Word (.docx) document: the zip is scanned against the import limits first, then
 * mammoth turns the document into plain HTML (images left out, no external files followed),
 * which becomes reading blocks like any page. Headings come from heading styles and from any
 * paragraph style with an outline level (word/styles.xml); numbered lists keep their numbers.
 * Title, language and company come from the document's properties (docProps/core.xml and
 * app.xml); the year from a date printed at the start, never from the file's own dates.
 */
import mammoth from 'mammoth';
import { Parser } from 'htmlparser2';
import type { ParsedBlock } from '../model/document';
import { htmlToDocument } from './html-blocks';
import { ImportError } from './import-error';
import { cleanMetaText, languageTag, yearOnFirstPage } from './metadata';
import { scanZip, type ZipScanLimits } from './zip-scan';

/** What a DOCX says about itself and its reading blocks. */
export interface DocxDocumentText {
  readonly blocks: ParsedBlock[];
  readonly title: string | null;
  readonly publisher: string | null;
  readonly year: number | null;
  readonly language: string | null;
}

const CORE_PROPERTIES = 'docProps/core.xml';
const STYLES = 'word/styles.xml';
const APP_PROPERTIES = 'docProps/app.xml';
const CONTENT_TYPES = '[Content_Types].xml';

const NOT_DOCX = new ImportError('not-docx', 'not a Word (.docx) document');
const DAMAGED_DOCX = new ImportError('damaged-docx', 'the Word document is damaged');

/**
 * Word styles mapped to headings beyond mammoth's defaults (which cover "Heading 1–6"): the
 * "Title" style is the document's title. "Subtitle" stays a paragraph: it is not a section.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", 'p.Title => h1:fresh'];

/** A paragraph style of word/styles.xml: its name, parent and own outline level (0-based). */
interface ParagraphStyle {
  readonly name: string;
  readonly basedOn: string | null;
  readonly outlineLevel: number | null;
}

/** The paragraph styles of word/styles.xml by id. */
function paragraphStyles(bytes: Uint8Array | undefined): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  if (!bytes) return styles;
  let current: { id: string; name: string; basedOn: string | null; outline: number | null } | null =
    null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const value = attributes['w:val'];
        if (name === 'w:style') {
          current =
            attributes['w:type'] === 'paragraph' && attributes['w:styleId']
              ? { id: attributes['w:styleId'], name: '', basedOn: null, outline: null }
              : null;
        } else if (current && name === 'w:name' && value) current.name = value;
        else if (current && name === 'w:basedOn' && value) current.basedOn = value;
        else if (current && name === 'w:outlineLvl' && value && /^\d$/.test(value)) {
          current.outline = Number(value);
        }
      },
      onclosetag(name) {
        if (name === 'w:style' && current) {
          styles.set(current.id, {
            name: current.name || current.id,
            basedOn: current.basedOn,
            outlineLevel: current.outline,
          });
          current = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(new TextDecoderShim().decode(bytes));
  parser.end();
  return styles;
}

/** Word's outline levels run 0–8; level 9 means body text. Headings go to h1–h6. */
const BODY_OUTLINE_LEVEL = 9;

/**
 * Style-map lines for every paragraph style that gives an outline level, its own or inherited
 * ("Article" at level 3, "RTL Heading" based on Heading 2): such paragraphs are headings in
 * Word's navigation pane and in the document's contents, so they are headings here too.
 */
function outlineStyleMap(styles: ReadonlyMap<string, ParagraphStyle>): string[] {
  const levelOf = (id: string, depth = 0): number | null => {
    const style = styles.get(id);
    if (!style || depth > 20) return null;
    if (style.outlineLevel !== null) return style.outlineLevel;
    return style.basedOn ? levelOf(style.basedOn, depth + 1) : null;
  };
  const lines: string[] = [];
  for (const [id, style] of styles) {
    const level = levelOf(id);
    if (level === null || level >= BODY_OUTLINE_LEVEL) continue;
    const quoted = style.name.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    lines.push(`p[style-name='${quoted}'] => h${Math.min(6, level + 1)}:fresh`);
  }
  return lines;
}

/** Text of each element of a small XML file, by local name (dc:title → title); first wins. */
function xmlFields(bytes: Uint8Array | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  if (!bytes) return fields;
  let current: string | null = null;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name) {
        current = name.replace(/^.*:/, '').toLowerCase();
        text = '';
      },
      ontext(data) {
        if (current) text += data;
      },
      onclosetag(name) {
        const local = name.replace(/^.*:/, '').toLowerCase();
        if (local === current && !fields.has(local)) fields.set(local, text);
        current = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(new TextDecoderShim().decode(bytes));
  parser.end();
  return fields;
}

/** UTF-8 decoding of the properties parts (always UTF-8 in a DOCX), lenient by design. */
class TextDecoderShim {
  decode(bytes: Uint8Array): string {
    const Constructor = (
      globalThis as unknown as {
        TextDecoder: new (label: string) => { decode(input: Uint8Array): string };
      }
    ).TextDecoder;
    return new Constructor('utf-8').decode(bytes);
  }
}

/** A copy of the bytes in an ArrayBuffer of their own, as mammoth's browser build wants. */
function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/** Reads a DOCX's blocks and metadata; throws ImportError for anything that is not one. */
export async function readDocx(
  bytes: Uint8Array,
  limits?: ZipScanLimits,
): Promise<DocxDocumentText> {
  const scan = scanZip(bytes, {
    keep: [CORE_PROPERTIES, APP_PROPERTIES, STYLES],
    ...(limits ? { limits } : {}),
    notZip: NOT_DOCX,
    damaged: DAMAGED_DOCX,
  });
  if (!scan.names.includes(CONTENT_TYPES) || !scan.names.some((n) => n.startsWith('word/'))) {
    throw NOT_DOCX;
  }

  const arrayBuffer = ownArrayBuffer(bytes);
  let html: string;
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: give both the same bytes.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as Parameters<
      typeof mammoth.convertToHtml
    >[0];
    const result = await mammoth.convertToHtml(input, {
      styleMap: [...STYLE_MAP, ...outlineStyleMap(paragraphStyles(scan.kept.get(STYLES)))],
      // Never read linked files from disk or images at all: only text is kept.
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch {
    throw DAMAGED_DOCX;
  }

  const page = htmlToDocument(html);
  const core = xmlFields(scan.kept.get(CORE_PROPERTIES));
  const app = xmlFields(scan.kept.get(APP_PROPERTIES));
  return {
    blocks: page.blocks,
    // The declared title only: importFile's title rule falls back to the first line.
    title: cleanMetaText(core.get('title')),
    publisher: cleanMetaText(app.get('company')),
    // core.xml's dates say when the file was made and saved, not when the text was published.
    year: yearOnFirstPage(page.blocks),
    language: languageTag(core.get('language')),
  };
}
