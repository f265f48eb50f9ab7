/**
 * Turns a text or markdown source into the blocks the reader shows and the title they state,
 * choosing the parser by the document's format.
 */
import type { DocumentFormat, ParsedBlock } from '../model/document';
import { parseMarkdown } from './parse-markdown';
import { parsePlainText } from './parse-plain-text';

/** The document formats whose sources are text this module reads. */
export type TextSourceFormat = Extract<DocumentFormat, 'text' | 'markdown'>;

/** A parsed source: its reading blocks and its title, when it has a level-1 heading. */
export interface ParsedDocument {
  readonly blocks: ParsedBlock[];
  /** The text of the first level-1 heading, or null when there is none. */
  readonly title: string | null;
}

/** Parses a text or markdown source into reading blocks and finds its title. */
export function parseDocument(source: string, format: TextSourceFormat): ParsedDocument {
  const blocks = format === 'markdown' ? parseMarkdown(source) : parsePlainText(source);
  const title = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  return { blocks, title: title?.text ?? null };
}
