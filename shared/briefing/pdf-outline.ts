/**
 * PDF bookmarks (the document outline), built by hand because pdf-lib has no outline API: an
 * /Outlines dictionary whose items link to each other (Parent, First/Last, Prev/Next), count
 * their open descendants (Count) and go to their destination (Dest). It mirrors the contents.
 */
import { PDFHexString, PDFName, type PDFContext, type PDFDict, type PDFRef } from 'pdf-lib';
import type { ContentsEntry } from './layout-context';

/** Resolves a destination name to the PDF destination array (or null when it is unknown). */
export type DestinationOf = (destination: string) => ReturnType<PDFContext['obj']> | null;

/**
 * Writes the outline for `entries` (all items open) and returns the /Outlines dictionary's
 * reference, to be set on the catalog.
 */
export function buildOutline(
  context: PDFContext,
  entries: readonly ContentsEntry[],
  destinationOf: DestinationOf,
): PDFRef {
  const root = context.nextRef();
  const count = writeItems(context, entries, root, destinationOf);
  const first = count.refs[0];
  const last = count.refs[count.refs.length - 1];
  context.assign(
    root,
    context.obj({
      Type: 'Outlines',
      ...(first && last ? { First: first, Last: last } : {}),
      Count: count.visible,
    }),
  );
  return root;
}

/** Writes sibling items under `parent`; returns their refs and how many items are visible. */
function writeItems(
  context: PDFContext,
  entries: readonly ContentsEntry[],
  parent: PDFRef,
  destinationOf: DestinationOf,
): { refs: PDFRef[]; visible: number } {
  const refs = entries.map(() => context.nextRef());
  let visible = 0;
  entries.forEach((entry, index) => {
    const ref = refs[index];
    if (!ref) return;
    const children = writeItems(context, entry.children, ref, destinationOf);
    visible += 1 + children.visible;
    const dict: PDFDict = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parent,
    });
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous) dict.set(PDFName.of('Prev'), previous);
    if (next) dict.set(PDFName.of('Next'), next);
    const first = children.refs[0];
    const last = children.refs[children.refs.length - 1];
    if (first && last) {
      dict.set(PDFName.of('First'), first);
      dict.set(PDFName.of('Last'), last);
      // A positive count: the item is open, showing its descendants.
      dict.set(PDFName.of('Count'), context.obj(children.visible));
    }
    const destination = destinationOf(entry.destination);
    if (destination) dict.set(PDFName.of('Dest'), destination);
    context.assign(ref, dict);
  });
  return { refs, visible };
}
