/**
 * Test support: reads a tagged PDF's logical structure back as a screen reader's PDF library
 * would meet it. The whole structure tree is walked from the catalog with pdf-lib's parser (the
 * document's reading order, across pages), each element's text taken from pdf.js's text layer
 * by marked-content id; pdf.js's own per-page reading (`getStructTree`) is kept beside it, with
 * every text item's marking (in an element's sequence, in an artifact, or in none).
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  PDFRawStream,
} from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element as read back. */
export interface ElementRead {
  readonly role: string;
  readonly lang?: string;
  readonly alt?: string;
  readonly actualText?: string;
  readonly title?: string;
  readonly id?: string;
  /** /A /Scope of a header cell. */
  readonly scope?: string;
  /** Its own and its descendants' text, in order, as pdf.js extracts it. */
  readonly text: string;
  readonly children: readonly ElementRead[];
  /** Annotations referenced from the element (OBJR): their subtypes. */
  readonly annotations: readonly string[];
  /** Marked-content ids (pdf.js's `p<page>R_mc<n>`) of its own content. */
  readonly contentIds: readonly string[];
}

/** A text item of a page and the marked-content sequence it is drawn in. */
export interface MarkedText {
  readonly str: string;
  /** The sequence's tag ("P", "Artifact"…), or null when it is in none. */
  readonly tag: string | null;
  /** The marked-content id, null for artifacts and unmarked text. */
  readonly id: string | null;
}

/** What a page says about its structure. */
export interface PageStructure {
  readonly tabs: string | null;
  readonly structParents: number | null;
  readonly texts: readonly MarkedText[];
  /** pdf.js's structure tree for the page (roles, alt, lang, content ids). */
  readonly tree: PdfJsNode | null;
  /** Subtype and /StructParent of each annotation. */
  readonly annotations: readonly { subtype: string; structParent: number | null }[];
}

export interface PdfJsNode {
  readonly role?: string;
  readonly alt?: string;
  readonly lang?: string;
  readonly type?: string;
  readonly id?: string;
  readonly children?: readonly PdfJsNode[];
}

export interface StructureRead {
  readonly root: ElementRead | null;
  readonly marked: boolean;
  readonly lang: string | null;
  readonly displayDocTitle: boolean;
  /** The catalog's /Metadata stream as text. */
  readonly xmp: string;
  readonly pages: readonly PageStructure[];
  /** ParentTree keys that resolve to nothing (each one a broken link from content to element). */
  readonly parentTreeKeys: number;
}

/** Reads the structure of a PDF. */
export async function readStructure(bytes: Uint8Array): Promise<StructureRead> {
  const pdfjs = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const texts = new Map<string, string>();
  const pages: PageStructure[] = [];
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pdfPages = doc.getPages();
  for (let index = 1; index <= pdfjs.numPages; index += 1) {
    const page = await pdfjs.getPage(index);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const marked: MarkedText[] = [];
    const stack: { tag: string | null; id: string | null }[] = [];
    for (const item of content.items as unknown[]) {
      const entry = item as { type?: string; tag?: string; id?: string | null; str?: string };
      if (entry.type === 'beginMarkedContent' || entry.type === 'beginMarkedContentProps') {
        stack.push({ tag: entry.tag ?? null, id: entry.id ?? null });
      } else if (entry.type === 'endMarkedContent') {
        stack.pop();
      } else if (typeof entry.str === 'string') {
        const top = stack[stack.length - 1];
        marked.push({ str: entry.str, tag: top?.tag ?? null, id: top?.id ?? null });
        if (top?.id) texts.set(top.id, (texts.get(top.id) ?? '') + entry.str);
      }
    }
    const node = pdfPages[index - 1]?.node;
    const annots = node?.lookupMaybe(PDFName.of('Annots'), PDFArray);
    const annotations = [];
    for (let at = 0; at < (annots?.size() ?? 0); at += 1) {
      const annot = annots?.lookup(at, PDFDict);
      annotations.push({
        subtype: nameOf(annot?.get(PDFName.of('Subtype'))) ?? '',
        structParent: numberOf(annot?.get(PDFName.of('StructParent'))),
      });
    }
    pages.push({
      tabs: nameOf(node?.get(PDFName.of('Tabs'))),
      structParents: numberOf(node?.get(PDFName.of('StructParents'))),
      texts: marked,
      tree: (await page.getStructTree()) as PdfJsNode | null,
      annotations,
    });
  }

  const catalog = doc.catalog;
  const pageNumbers = new Map(pdfPages.map((page) => [page.ref.toString(), page.ref.objectNumber]));
  const treeRoot = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const readElement = (dict: PDFDict, inheritedPage: PDFRef | null): ElementRead => {
    const page = (dict.get(PDFName.of('Pg')) as PDFRef | undefined) ?? inheritedPage;
    const children: ElementRead[] = [];
    const annotations: string[] = [];
    const contentIds: string[] = [];
    let text = '';
    const kid = (value: unknown): void => {
      if (value instanceof PDFNumber) {
        const id = `p${page ? pageNumbers.get(page.toString()) : '?'}R_mc${value.asNumber()}`;
        contentIds.push(id);
        text += texts.get(id) ?? '';
        return;
      }
      const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
      if (!(resolved instanceof PDFDict)) return;
      const type = nameOf(resolved.get(PDFName.of('Type')));
      if (type === 'MCR') {
        const pg = resolved.get(PDFName.of('Pg')) as PDFRef | undefined;
        const id = `p${pg ? pageNumbers.get(pg.toString()) : '?'}R_mc${numberOf(resolved.get(PDFName.of('MCID')))}`;
        contentIds.push(id);
        text += texts.get(id) ?? '';
      } else if (type === 'OBJR') {
        const annot = resolved.lookup(PDFName.of('Obj'), PDFDict);
        annotations.push(nameOf(annot.get(PDFName.of('Subtype'))) ?? '');
      } else {
        const child = readElement(resolved, page);
        children.push(child);
        text += child.text;
      }
    };
    const k = dict.get(PDFName.of('K'));
    if (k instanceof PDFArray) for (let at = 0; at < k.size(); at += 1) kid(k.get(at));
    else if (k) kid(k);
    const attributes = dict.lookupMaybe(PDFName.of('A'), PDFDict);
    return {
      role: nameOf(dict.get(PDFName.of('S'))) ?? '',
      ...optional('lang', textOf(dict.get(PDFName.of('Lang')))),
      ...optional('alt', textOf(dict.get(PDFName.of('Alt')))),
      ...optional('actualText', textOf(dict.get(PDFName.of('ActualText')))),
      ...optional('title', textOf(dict.get(PDFName.of('T')))),
      ...optional('id', textOf(dict.get(PDFName.of('ID')))),
      ...optional('scope', nameOf(attributes?.get(PDFName.of('Scope'))) ?? undefined),
      text,
      children,
      annotations,
      contentIds,
    };
  };
  const rootKid = treeRoot?.get(PDFName.of('K'));
  const rootDict = rootKid ? doc.context.lookup(rootKid) : undefined;
  const root = rootDict instanceof PDFDict ? readElement(rootDict, null) : null;

  const parentTree = treeRoot?.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
  const nums = parentTree?.lookupMaybe(PDFName.of('Nums'), PDFArray);
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const preferences = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const metadata = catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream);
  return {
    root,
    marked: String(markInfo?.get(PDFName.of('Marked'))) === 'true',
    lang: textOf(catalog.get(PDFName.of('Lang'))) ?? null,
    displayDocTitle: String(preferences?.get(PDFName.of('DisplayDocTitle'))) === 'true',
    xmp:
      metadata instanceof PDFRawStream
        ? new TextDecoder().decode(decodePDFRawStream(metadata).decode())
        : '',
    pages,
    parentTreeKeys: (nums?.size() ?? 0) / 2,
  };
}

/** Every element of the tree, depth first (document order). */
export function elementsOf(root: ElementRead | null): ElementRead[] {
  if (!root) return [];
  return [root, ...root.children.flatMap((child) => elementsOf(child))];
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function nameOf(value: unknown): string | null {
  return value instanceof PDFName ? value.decodeText() : null;
}

function numberOf(value: unknown): number | null {
  return value instanceof PDFNumber ? value.asNumber() : null;
}

function textOf(value: unknown): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return undefined;
}
