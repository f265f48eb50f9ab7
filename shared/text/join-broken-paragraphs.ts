/**
 * Rejoins paragraphs that a source split mid-sentence with a blank line ("…in helping states" /
 * "to keep up with…"), which copies out of PDFs often do.
 */
import type { DraftBlock } from './draft-block';
import {
  containsUrlOrEmail,
  endsSentence,
  MAX_HEADING_LENGTH,
  startsLowercase,
} from './line-patterns';

/**
 * Joins a paragraph that does not end a sentence with the next paragraph when that one starts
 * in lowercase, as many times as the pattern repeats. Only prose is joined: a short line without
 * final punctuation is a title, label or address line, which may well be followed by lowercase
 * (an artefact such as "foc_logoThe…", a web address, a brand name).
 */
export function joinBrokenParagraphs(blocks: readonly DraftBlock[]): DraftBlock[] {
  const joined: DraftBlock[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      previous.kind === 'paragraph' &&
      block.kind === 'paragraph' &&
      previous.text.length > MAX_HEADING_LENGTH &&
      !endsSentence(previous.text) &&
      startsLowercase(block.text) &&
      !containsUrlOrEmail(block.text.split(' ', 1)[0] ?? '')
    ) {
      const offset = previous.text.length + 1;
      joined[joined.length - 1] = {
        kind: 'paragraph',
        text: `${previous.text} ${block.text}`,
        marks: [
          ...previous.marks,
          ...block.marks.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })),
        ],
        singleLine: false,
      };
    } else {
      joined.push(block);
    }
  }
  return joined;
}
