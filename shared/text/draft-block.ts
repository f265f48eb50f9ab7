/**
 * The blocks parsers produce before the structure heuristics run, and the last step that turns
 * them into the model's ParsedBlocks.
 */
import type { BlockKind, InlineMark, ParsedBlock } from '../model/document';
import { findFootnoteRefs } from './footnote-refs';
import { normaliseMarks } from './inline-text';

/** A block on its way to becoming a ParsedBlock. */
export interface DraftBlock {
  readonly kind: BlockKind;
  readonly level?: number;
  /** Collapsed, trimmed, never empty. */
  readonly text: string;
  readonly marks: readonly InlineMark[];
  /** The source wrote it on one line; only such paragraphs can turn out to be headings. */
  readonly singleLine: boolean;
  /** An ordered list's number or letter for this item, when the text does not carry it. */
  readonly label?: string;
}

/** Adds footnote-reference marks and drops what the model does not need. */
export function finishBlocks(drafts: readonly DraftBlock[]): ParsedBlock[] {
  return drafts.map((draft) => {
    const marks = normaliseMarks(
      [...draft.marks, ...findFootnoteRefs(draft.text)],
      draft.text.length,
    );
    return {
      kind: draft.kind,
      ...(draft.kind === 'heading' && draft.level !== undefined ? { level: draft.level } : {}),
      text: draft.text,
      ...(marks.length > 0 ? { marks } : {}),
      ...(draft.label === undefined ? {} : { label: draft.label }),
    };
  });
}
