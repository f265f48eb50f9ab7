/**
 * What a document row records about its text: the content hash that finds exact copies, its
 * length and its word count. Computed where the blocks are first in hand: the import worker
 * sends them with each parsed file, so the page does not hash and segment a thousand texts
 * between its writes.
 */
import { countWords, documentText, type ParsedBlock } from '../../shared/model';
import { sha256Hex } from './hash';

export interface TextFacts {
  readonly contentHash: string;
  readonly textLength: number;
  readonly wordCount: number;
}

/** The facts of a document made of these blocks. */
export async function textFacts(blocks: readonly Pick<ParsedBlock, 'text'>[]): Promise<TextFacts> {
  const text = documentText(blocks);
  return {
    contentHash: await sha256Hex(text),
    textLength: text.length,
    wordCount: countWords(text),
  };
}
