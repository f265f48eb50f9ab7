/**
 * Writes the briefing's logical structure (structure.ts) as a tagged PDF (ISO 32000-1, 14.7–14.8;
 * PDF/UA-1): marked-content identifiers (MCIDs) handed out while page contents are written, then
 * the structure elements in reading order under a StructTreeRoot, with the ParentTree that maps
 * every MCID and annotation back to its element, object references (OBJR) for link and
 * highlight annotations, and an IDTree for notes (PDF/UA wants every Note to carry an ID).
 *
 * Spans the layout never made are added here: a run in a script the element's language is not
 * written in gets a Span with its own /Lang, and a shaped run (Arabic, Hebrew, Devanagari: glyphs
 * joined, reordered or combined) a Span with /ActualText, the text it stands for. They go on the
 * structure element, not on the marked content: poppler reads marked-content ActualText into the
 * text layer and reversed right-to-left runs a second time (see pdf-content.ts).
 */
import type { PDFArray, PDFDict } from 'pdf-lib';
import { PDFHexString, PDFName, PDFNumber, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import {
  hasContent,
  isElement,
  languageOf,
  type AnnotationSlot,
  type ContentSlot,
  type StructAttributes,
  type StructElement,
} from './structure';

/** A marked-content sequence on a page, owned by an element. */
interface MarkedPiece {
  readonly page: number;
  readonly mcid: number;
  /** The element the sequence belongs to directly (the slot's element, or a span made for it). */
  readonly owner: StructElement;
}

/** An annotation written for an annotation slot. */
interface AnnotationPiece {
  readonly page: number;
  readonly ref: PDFRef;
  readonly key: number;
}

/** Hands out MCIDs page by page, then writes the structure tree. */
export class StructureWriter {
  /** Per page, the element owning each MCID (the ParentTree's arrays). */
  private readonly owners: StructElement[][] = [];
  private readonly pieces = new Map<ContentSlot, MarkedPiece[]>();
  private readonly annotations = new Map<AnnotationSlot, AnnotationPiece>();
  private readonly annotationOwners: { key: number; owner: StructElement }[] = [];
  private readonly pageCount: number;
  private nextAnnotationKey: number;

  constructor(pageCount: number) {
    this.pageCount = pageCount;
    for (let page = 0; page < pageCount; page += 1) this.owners.push([]);
    // Pages take ParentTree keys 0…n-1; annotations follow.
    this.nextAnnotationKey = pageCount;
  }

  /** A new MCID on `page` for content of `slot`'s element. */
  mcid(page: number, slot: ContentSlot): number {
    return this.record(page, slot, slot.element);
  }

  /** A new MCID on `page` for a span of `slot`'s element with its own language or text. */
  spanMcid(page: number, slot: ContentSlot, attributes: StructAttributes): number {
    const span: StructElement = {
      role: 'Span',
      parent: slot.element,
      kids: [],
      attached: true,
      ...attributes,
    };
    return this.record(page, slot, span);
  }

  /** The ParentTree key of an annotation written for `slot`, and records it. */
  annotation(slot: AnnotationSlot, page: number, ref: PDFRef): number {
    const key = this.nextAnnotationKey;
    this.nextAnnotationKey += 1;
    this.annotations.set(slot, { page, ref, key });
    this.annotationOwners.push({ key, owner: slot.element });
    return key;
  }

  /** The language in effect where `slot`'s content is (for spans in other scripts). */
  languageAt(slot: ContentSlot): string | undefined {
    return languageOf(slot.element);
  }

  /**
   * Writes the structure tree under `root` and returns the StructTreeRoot's reference. Elements
   * that drew nothing are left out; `pageRefs` are the pages in order.
   */
  write(context: PDFContext, root: StructElement, pageRefs: readonly PDFRef[]): PDFRef {
    const treeRoot = context.nextRef();
    const refs = new Map<StructElement, PDFRef>();
    const ids: [string, PDFRef][] = [];
    const assign = (node: StructElement): void => {
      refs.set(node, context.nextRef());
      for (const kid of node.kids) if (isElement(kid) && hasContent(kid)) assign(kid);
    };
    assign(root);

    const writeNode = (node: StructElement, parent: PDFRef): void => {
      const ref = refs.get(node);
      if (!ref) return;
      const kids: (PDFRef | number | PDFDict)[] = [];
      let page: number | null = null;
      const pageOf = (index: number): PDFRef | undefined => pageRefs[index];
      for (const kid of node.kids) {
        if (isElement(kid)) {
          const kidRef = refs.get(kid);
          if (kidRef) {
            kids.push(kidRef);
            writeNode(kid, ref);
          }
        } else if (kid.kind === 'content') {
          for (const piece of this.pieces.get(kid) ?? []) {
            const pieceRef = pageOf(piece.page);
            if (piece.owner !== node && pieceRef) {
              // A span made while writing: its one marked-content sequence is its content.
              const span = context.obj({
                Type: 'StructElem',
                S: 'Span',
                P: ref,
                Pg: pieceRef,
                K: piece.mcid,
              });
              setAttributes(context, span, piece.owner);
              const spanRef = context.register(span);
              refs.set(piece.owner, spanRef);
              kids.push(spanRef);
              continue;
            }
            page ??= piece.page;
            const pageRef = pageOf(piece.page);
            if (piece.page === page || !pageRef) kids.push(piece.mcid);
            else kids.push(context.obj({ Type: 'MCR', Pg: pageRef, MCID: piece.mcid }));
          }
        } else {
          const annotation = this.annotations.get(kid);
          const pageRef = annotation ? pageOf(annotation.page) : undefined;
          if (annotation && pageRef)
            kids.push(context.obj({ Type: 'OBJR', Obj: annotation.ref, Pg: pageRef }));
        }
      }
      const dict = context.obj({ Type: 'StructElem', S: node.role, P: parent });
      const pageRef = page === null ? undefined : pageOf(page);
      if (pageRef) dict.set(PDFName.of('Pg'), pageRef);
      dict.set(
        PDFName.of('K'),
        kids.length === 1 ? asObject(context, kids[0]) : kidsArray(context, kids),
      );
      setAttributes(context, dict, node);
      if (node.role === 'Note') {
        const id = `note-${String(ids.length + 1).padStart(6, '0')}`;
        dict.set(PDFName.of('ID'), PDFString.of(id));
        ids.push([id, ref]);
      }
      context.assign(ref, dict);
    };
    writeNode(root, treeRoot);

    const nums: (number | PDFRef | PDFArray)[] = [];
    this.owners.forEach((owners, page) => {
      nums.push(page, context.obj(owners.map((owner) => refs.get(owner) ?? null)));
    });
    for (const { key, owner } of this.annotationOwners) {
      const ownerRef = refs.get(owner);
      if (ownerRef) nums.push(key, ownerRef);
    }
    const parentTree = context.register(context.obj({ Nums: nums }));
    const rootRef = refs.get(root);
    const treeDict = context.obj({
      Type: 'StructTreeRoot',
      ParentTree: parentTree,
      ParentTreeNextKey: this.nextAnnotationKey,
    });
    if (rootRef) treeDict.set(PDFName.of('K'), rootRef);
    if (ids.length > 0)
      treeDict.set(
        PDFName.of('IDTree'),
        context.obj({ Names: ids.flatMap(([id, ref]) => [PDFString.of(id), ref]) }),
      );
    context.assign(treeRoot, treeDict);
    return treeRoot;
  }

  /** How many pages the writer was made for. */
  get pages(): number {
    return this.pageCount;
  }

  private record(page: number, slot: ContentSlot, owner: StructElement): number {
    const owners = this.ownersOf(page);
    const mcid = owners.length;
    owners.push(owner);
    this.piecesOf(slot).push({ page, mcid, owner });
    return mcid;
  }

  private ownersOf(page: number): StructElement[] {
    const owners = this.owners[page];
    if (!owners) throw new Error(`The briefing has no page ${page + 1}.`);
    return owners;
  }

  private piecesOf(slot: ContentSlot): MarkedPiece[] {
    let list = this.pieces.get(slot);
    if (!list) {
      list = [];
      this.pieces.set(slot, list);
    }
    return list;
  }
}

function asObject(context: PDFContext, kid: PDFRef | number | PDFDict | undefined) {
  if (kid === undefined) return context.obj([]);
  return typeof kid === 'number' ? PDFNumber.of(kid) : kid;
}

function kidsArray(context: PDFContext, kids: readonly (PDFRef | number | PDFDict)[]): PDFArray {
  const array = context.obj([]);
  for (const kid of kids) array.push(typeof kid === 'number' ? PDFNumber.of(kid) : kid);
  return array;
}

function setAttributes(context: PDFContext, dict: PDFDict, node: StructAttributes): void {
  if (node.lang) dict.set(PDFName.of('Lang'), PDFString.of(node.lang));
  if (node.alt) dict.set(PDFName.of('Alt'), PDFHexString.fromText(node.alt));
  if (node.actualText) dict.set(PDFName.of('ActualText'), PDFHexString.fromText(node.actualText));
  if (node.title) dict.set(PDFName.of('T'), PDFHexString.fromText(node.title));
  if (node.scope)
    dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: PDFName.of(node.scope) }));
}
