/** Splits a block's text at its inline marks, so each run can be rendered with its styles. */
import type { InlineMark } from '../../../shared/model';

export interface TextSegment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The marks covering this run, outermost (longest) first. */
  readonly marks: readonly InlineMark[];
}

/**
 * Cuts text into runs at every mark boundary. Marks out of range are clamped; text with no
 * marks is one run. Runs are contiguous and cover the whole text.
 */
export function segmentText(text: string, marks: readonly InlineMark[] = []): TextSegment[] {
  const clamped = marks
    .map((m) => ({
      ...m,
      start: Math.max(0, Math.min(m.start, text.length)),
      end: Math.max(0, Math.min(m.end, text.length)),
    }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const mark of clamped) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = clamped
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    segments.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return segments;
}
