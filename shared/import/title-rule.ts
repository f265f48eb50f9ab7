/**
 * The one rule that names an imported document, whatever its format: the title its metadata
 * declares (DOCX core properties, the PDF's Title, an HTML page's citation, Dublin Core or Open
 * Graph title), else its first line when that looks like a title (the same test for text,
 * Markdown, DOCX, PDF and HTML: `looksLikeTitle`), else its name: a web page's <title> (what
 * tabs and bookmarks call it, often shortened or suffixed with the site), else the file's name.
 */
import type { ParsedBlock } from '../model/document';
import { looksLikeTitle } from '../text/line-patterns';
import { cleanMetaText } from './metadata';
import { fileTitle } from './sniff';

/** The first block's text when it looks like a title, else null. */
export function firstLineTitle(
  blocks: readonly Pick<ParsedBlock, 'kind' | 'text'>[],
): string | null {
  const first = blocks[0];
  if (first === undefined || (first.kind !== 'heading' && first.kind !== 'paragraph')) return null;
  return looksLikeTitle(first.text) ? cleanMetaText(first.text) : null;
}

/** Where a document's title came from, for tests and for showing the analyst. */
export type TitleSource = 'metadata' | 'first-line' | 'page-name' | 'file-name';

/** The title by the rule above, and which step gave it. */
export function chooseTitle(
  metadataTitle: string | null | undefined,
  blocks: readonly Pick<ParsedBlock, 'kind' | 'text'>[],
  fileName: string,
  pageName: string | null = null,
): { readonly title: string; readonly source: TitleSource } {
  const declared = cleanMetaText(metadataTitle);
  if (declared !== null) return { title: declared, source: 'metadata' };
  const firstLine = firstLineTitle(blocks);
  if (firstLine !== null) return { title: firstLine, source: 'first-line' };
  const name = cleanMetaText(pageName);
  if (name !== null) return { title: name, source: 'page-name' };
  return { title: fileTitle(fileName), source: 'file-name' };
}
