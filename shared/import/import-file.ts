/**
 * One file in, one document out: checks the size, decides the format from the bytes, parses
 * with the right reader and gathers the metadata. Anything wrong becomes an ImportError naming
 * the problem; nothing else escapes for any input (a property the tests check with random and
 * mutated files).
 */
import type { DocumentFormat, DocumentMeta, ParsedBlock } from '../model/document';
import { documentText } from '../model/document';
import { withStructure } from '../structure/recognise-structure';
import { blockProblems } from '../text/block-invariants';
import { parseDocument } from '../text/parse-document';
import { decodeText } from './decode-text';
import { htmlToDocument } from './html-blocks';
import { ImportError } from './import-error';
import { MAX_TEXT_CHARS, sizeProblem } from './limits';
import { readDocx } from './read-docx';
import { readPdf, type PdfJsLike } from './read-pdf';
import { detectFormat, looksLikeHtml } from './sniff';
import { chooseTitle } from './title-rule';

/**
 * The kind an imported document starts with, from its form; the analyst refines it ("resolution",
 * "briefing") in the library. Shown in the library's Kind column and in briefing citations.
 */
const SOURCE_KINDS: Readonly<Record<ImportedDocument['format'], string>> = {
  text: 'text',
  markdown: 'notes',
  html: 'web page',
  pdf: 'PDF document',
  docx: 'Word document',
};

/** A file to import: its name (for the format and the fallback title) and its bytes. */
export interface ImportSource {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A parsed file, ready to be added to the library (see documents-repo's NewDocument). */
export interface ImportedDocument {
  readonly format: DocumentFormat;
  readonly meta: DocumentMeta;
  readonly sourceName: string;
  readonly sourceSize: number;
  readonly blocks: ParsedBlock[];
}

/** What importFile needs from its host. */
export interface ImportDependencies {
  /** pdf.js (its legacy build in Node, its browser build in the worker). */
  readonly pdfjs: PdfJsLike;
  /** Progress within the file, 0–1, where the reader can tell (PDF pages). */
  readonly onProgress?: (fraction: number) => void;
}

interface Parsed {
  readonly format: DocumentFormat;
  readonly blocks: ParsedBlock[];
  /** The title the file's metadata declares (text and Markdown declare none). */
  readonly title: string | null;
  /** A web page's <title> (see chooseTitle). */
  readonly pageName?: string | null;
  readonly publisher?: string | null;
  readonly year?: number | null;
  readonly language?: string | null;
}

async function parse(source: ImportSource, deps: ImportDependencies): Promise<Parsed> {
  const format = detectFormat(source.name, source.bytes);
  switch (format) {
    case 'pdf': {
      const pdf = await readPdf(source.bytes, deps.pdfjs, (done, total) =>
        deps.onProgress?.(done / total),
      );
      return { format, ...pdf };
    }
    case 'docx':
      return { format, ...(await readDocx(source.bytes)) };
    case 'html':
    case 'text':
    case 'markdown': {
      const { text } = decodeText(source.bytes);
      if (format === 'html' || looksLikeHtml(text)) {
        return { format: 'html', ...htmlToDocument(text) };
      }
      return { format, blocks: parseDocument(text, format).blocks, title: null };
    }
  }
}

/** Parses one file into a document; throws ImportError for anything that cannot be imported. */
export async function importFile(
  source: ImportSource,
  deps: ImportDependencies,
): Promise<ImportedDocument> {
  const size = source.bytes.length;
  const problem = sizeProblem(size);
  if (problem) throw new ImportError(problem.code, problem.message);
  const parsed = await parse(source, deps);
  if (parsed.blocks.length === 0) {
    throw new ImportError(
      'no-text',
      parsed.format === 'text' || parsed.format === 'markdown' ? 'empty file' : 'no readable text',
    );
  }
  const length = documentText(parsed.blocks).length;
  if (length > MAX_TEXT_CHARS) {
    throw new ImportError(
      'too-much-text',
      `too much text: ${length.toLocaleString('en')} characters, the limit is ${MAX_TEXT_CHARS.toLocaleString('en')}`,
    );
  }
  const problems = blockProblems(parsed.blocks);
  if (problems.length > 0) {
    // A parser broke its promises: a bug here, not the file's fault. Say so plainly.
    throw new Error(`Import produced malformed blocks: ${problems.slice(0, 3).join('; ')}`);
  }
  return {
    format: parsed.format,
    meta: {
      title: chooseTitle(parsed.title, parsed.blocks, source.name, parsed.pageName).title,
      publisher: parsed.publisher ?? null,
      year: parsed.year ?? null,
      kind: SOURCE_KINDS[parsed.format],
      language: parsed.language ?? null,
    },
    sourceName: source.name,
    sourceSize: size,
    // Each block carries its place in the document's own numbering ("OP 5", "p. 4").
    blocks: withStructure(parsed.blocks),
  };
}
