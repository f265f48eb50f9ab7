/**
 * Test support: reads a PDF back with pdf.js (the legacy build, as in Node) into plain data —
 * each page's text items, links and highlights, the outline, metadata and attachments — so
 * tests can check what a reader would see.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text as pdf.js extracts it, with its box in PDF coordinates (y up). */
export interface TextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly dir: string;
}

export interface LinkRead {
  readonly rect: readonly number[];
  readonly targetPage: number | null;
}

export interface HighlightRead {
  readonly rect: readonly number[];
  /** Quads as [x1, y1, …, x4, y4] per quad. */
  readonly quads: readonly (readonly number[])[];
  readonly contents: string;
  readonly author: string;
  readonly colour: readonly number[];
}

export interface PageRead {
  readonly items: readonly TextItem[];
  /** The page's text, items joined (a space at line ends). */
  readonly text: string;
  readonly links: readonly LinkRead[];
  readonly highlights: readonly HighlightRead[];
  readonly width: number;
  readonly height: number;
}

export interface OutlineRead {
  readonly title: string;
  readonly page: number | null;
  readonly items: readonly OutlineRead[];
}

export interface PdfRead {
  readonly pages: readonly PageRead[];
  readonly outline: readonly OutlineRead[];
  readonly info: Record<string, unknown>;
  readonly attachments: Record<string, { filename: string; content: Uint8Array }>;
  readonly lang: string | null;
}

/** Removes all whitespace, so text can be compared across line breaks. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, '');
}

type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;

async function pageOfDest(doc: PdfDoc, dest: unknown): Promise<number | null> {
  const resolved = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(resolved) || resolved.length === 0) return null;
  const ref = resolved[0] as { num: number; gen: number };
  return doc.getPageIndex(ref);
}

/** Reads everything tests look at. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: PageRead[] = [];
  for (let index = 1; index <= doc.numPages; index += 1) {
    const page = await doc.getPage(index);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({
        str: item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
        height: item.height,
        dir: item.dir,
      });
      text += item.str + (item.hasEOL ? ' ' : '');
    }
    const links: LinkRead[] = [];
    const highlights: HighlightRead[] = [];
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype === 'Link') {
        links.push({
          rect: [...annotation.rect],
          targetPage: await pageOfDest(doc, annotation.dest),
        });
      } else if (annotation.subtype === 'Highlight') {
        const flat = Array.from(annotation.quadPoints as ArrayLike<number>);
        const quads: number[][] = [];
        for (let at = 0; at < flat.length; at += 8) quads.push(flat.slice(at, at + 8));
        highlights.push({
          rect: [...annotation.rect],
          quads,
          contents: annotation.contentsObj?.str ?? '',
          author: annotation.titleObj?.str ?? '',
          colour: [...(annotation.color ?? [])],
        });
      }
    }
    pages.push({ items, text, links, highlights, width: viewport.width, height: viewport.height });
  }
  const readOutline = async (
    nodes: Awaited<ReturnType<PdfDoc['getOutline']>>,
  ): Promise<OutlineRead[]> =>
    Promise.all(
      (nodes ?? []).map(async (node) => ({
        title: node.title,
        page: await pageOfDest(doc, node.dest),
        items: await readOutline(node.items),
      })),
    );
  const outline = await readOutline(await doc.getOutline());
  const metadata = await doc.getMetadata();
  const attachments = ((await doc.getAttachments()) ?? {}) as PdfRead['attachments'];
  const markInfo = metadata.info as Record<string, unknown>;
  await doc.destroy();
  return {
    pages,
    outline,
    info: markInfo,
    attachments,
    lang: (markInfo.Language as string | undefined) ?? null,
  };
}
