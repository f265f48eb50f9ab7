/** Links footnote markers in the text ("resolutions⁶") to the endnote blocks they refer to. */
import type { StoredBlock } from '../../../shared/model';

/**
 * Maps each footnote marker (the superscript text, e.g. "⁶") to the index of the block holding
 * its note: a block that starts with that marker. The last such block wins, because notes come
 * after the text that cites them.
 */
export function endnoteTargets(blocks: readonly StoredBlock[]): Map<string, number> {
  const targets = new Map<string, number>();
  for (const block of blocks) {
    const first = block.marks?.find((m) => m.type === 'footnote-ref' && m.start === 0);
    if (first) targets.set(block.text.slice(first.start, first.end), block.index);
  }
  return targets;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "⁶" → "6", for accessible names. */
export function superscriptToDigits(marker: string): string {
  return [...marker]
    .map((c) => {
      const digit = SUPERSCRIPT_DIGITS.indexOf(c);
      return digit >= 0 ? String(digit) : c;
    })
    .join('');
}
