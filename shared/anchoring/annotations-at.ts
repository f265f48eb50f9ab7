/**
 * Which annotations are "here": under a click, in a paragraph, or on exactly a selected
 * passage. One rule for every place the reader asks, so a click on a highlight and the `a` key
 * on its paragraph open the same annotation.
 */
import type { Annotation } from '../model/annotation';

/** What this needs of an annotation: its status and its offsets over the plain text. */
export type PlacedAnnotation = Pick<Annotation, 'status' | 'position'>;

/** Offsets over a document's plain text, end exclusive; `start === end` is a single point. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether an annotation lies at a span. Orphaned annotations are nowhere (their place is not
 * known). A point lies in an annotation when start <= point < end (a click on its first
 * character counts, one just after its last does not); a longer span when the two overlap by at
 * least one character.
 */
export function liesAt(annotation: PlacedAnnotation, at: TextSpan): boolean {
  if (annotation.status === 'orphaned') return false;
  const { start, end } = annotation.position;
  return at.start === at.end
    ? start <= at.start && at.start < end
    : start < at.end && end > at.start;
}

/**
 * The annotations lying at a span, in the order the reader opens them: first the one that
 * begins first inside the span (one that began before it counts as beginning at its start),
 * and among those beginning at the same place the innermost (shortest) first. At a point every
 * candidate begins "at" the point, so this is the innermost highlight under the pointer; over a
 * paragraph, the first annotation in reading order. Ties keep the input order.
 */
export function annotationsAt<A extends PlacedAnnotation>(
  annotations: readonly A[],
  at: TextSpan,
): A[] {
  const beginsAt = (a: A) => Math.max(a.position.start, at.start);
  const length = (a: A) => a.position.end - a.position.start;
  return annotations
    .filter((a) => liesAt(a, at))
    .sort((a, b) => beginsAt(a) - beginsAt(b) || length(a) - length(b));
}

/** Whether an annotation, not orphaned, covers exactly this passage. */
export function coversExactly(annotation: PlacedAnnotation, passage: TextSpan): boolean {
  return (
    annotation.status !== 'orphaned' &&
    annotation.position.start === passage.start &&
    annotation.position.end === passage.end
  );
}

/**
 * The annotation covering exactly this passage, if any: the one a new tag on the same
 * selection adds its right to.
 */
export function annotationOn<A extends PlacedAnnotation>(
  annotations: readonly A[],
  passage: TextSpan,
): A | undefined {
  return annotations.find((a) => coversExactly(a, passage));
}
