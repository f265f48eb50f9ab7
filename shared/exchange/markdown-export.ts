/**
 * Exports a collection as Markdown to paste into an email or a document: excerpts as block
 * quotes with their citation, grouped by right or by document, or in the collection's own order;
 * then (with notes) the notes on the whole documents they quote.
 */
import { gatherExcerpts, type ExportInput, type ExportedExcerpt } from './export-input';

export interface MarkdownOptions {
  /** Sections by right or by document, or one list in the order the collection keeps. */
  readonly groupBy: 'right' | 'document' | 'collection';
  readonly includeNotes: boolean;
}

export const DEFAULT_MARKDOWN_OPTIONS: MarkdownOptions = { groupBy: 'right', includeNotes: true };

/** The heading of excerpts tagged with no right, when grouping by right. */
export const UNTAGGED_HEADING = 'Not tagged';

/** The heading of the notes on whole documents, after the excerpts. */
export const DOCUMENT_NOTES_HEADING = 'Document notes';

/**
 * Escapes text so Markdown shows it as written: every character that can start emphasis, code,
 * a link, HTML or an entity is backslash-escaped, and so is what would start a heading, list,
 * quote or rule at the beginning of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
        .replace(/^(\s*)([#+\-=>])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** The quote as a block quote: each line prefixed, blank lines kept inside the quote. */
function blockQuote(text: string): string[] {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`));
}

/**
 * A note or comment as one Markdown paragraph that keeps the writer's line breaks: each line
 * ends in a hard break (a backslash), blank lines stay paragraph breaks.
 */
function keepLineBreaks(text: string): string {
  const lines = escapeMarkdown(text.replace(/\r\n?/g, '\n')).split('\n');
  return lines
    .map((line, i) => {
      const next = lines[i + 1];
      return line !== '' && next !== undefined && next !== '' ? `${line}\\` : line;
    })
    .join('\n');
}

function citation(excerpt: ExportedExcerpt): string {
  const { document } = excerpt;
  const { place, pages } = excerpt.citation;
  const parts = [
    `*${escapeMarkdown(document.title)}*`,
    ...(document.publisher === null ? [] : [escapeMarkdown(document.publisher)]),
    ...(document.year === null ? [] : [String(document.year)]),
    ...(place === null ? [] : [place]),
    ...(pages === null ? [] : [pages]),
  ];
  return `— ${parts.join(', ')}`;
}

function excerptLines(excerpt: ExportedExcerpt, options: MarkdownOptions): string[] {
  const lines = [...blockQuote(excerpt.annotation.quote.exact), '', citation(excerpt)];
  if (options.groupBy !== 'right' && excerpt.rights.length > 0) {
    lines.push('', `Rights: ${excerpt.rights.map((r) => escapeMarkdown(r.name)).join(', ')}`);
  }
  if (options.includeNotes && excerpt.annotation.note !== '') {
    lines.push('', `**Note:** ${keepLineBreaks(excerpt.annotation.note)}`);
  }
  if (excerpt.comment !== '') lines.push('', `**Comment:** ${keepLineBreaks(excerpt.comment)}`);
  return lines;
}

function groups(
  excerpts: readonly ExportedExcerpt[],
  input: ExportInput,
  groupBy: MarkdownOptions['groupBy'],
): { heading: string | null; excerpts: ExportedExcerpt[] }[] {
  if (groupBy === 'collection') return [{ heading: null, excerpts: [...excerpts] }];
  const out = new Map<string, { heading: string; excerpts: ExportedExcerpt[] }>();
  const add = (key: string, heading: string, excerpt: ExportedExcerpt): void => {
    const group = out.get(key) ?? { heading, excerpts: [] };
    group.excerpts.push(excerpt);
    out.set(key, group);
  };
  if (groupBy === 'document') {
    for (const excerpt of excerpts) add(excerpt.document.id, excerpt.document.title, excerpt);
    return [...out.values()];
  }
  // Rights in the library's order; an excerpt with several rights appears under each.
  const order = new Map(
    [...input.rights].sort((a, b) => a.order - b.order).map((r, i) => [r.id, i]),
  );
  for (const excerpt of excerpts) {
    if (excerpt.rights.length === 0) add('', UNTAGGED_HEADING, excerpt);
    for (const right of excerpt.rights) add(right.id, right.name, excerpt);
  }
  return [...out.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : (order.get(a) ?? 0) - (order.get(b) ?? 0)))
    .map(([, group]) => group);
}

/**
 * The notes on the documents the excerpts quote, by document in the order the excerpts first
 * quote them, each note oldest first with its author and date.
 */
function documentNoteLines(input: ExportInput, excerpts: readonly ExportedExcerpt[]): string[] {
  const quoted = [...new Map(excerpts.map((e) => [e.document.id, e.document])).values()];
  const notes = (input.documentNotes ?? []).filter(
    (note) => note.deletedAt === null && note.text.trim() !== '',
  );
  const lines: string[] = [];
  for (const document of quoted) {
    const own = notes
      .filter((note) => note.docId === document.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    if (own.length === 0) continue;
    lines.push('', `### ${escapeMarkdown(document.title)}`);
    for (const note of own) {
      const by = [
        ...(note.author.trim() === '' ? [] : [escapeMarkdown(note.author)]),
        note.createdAt.slice(0, 10),
      ].join(', ');
      lines.push('', `${keepLineBreaks(note.text)} (${by})`);
    }
  }
  return lines.length === 0 ? [] : ['', `## ${DOCUMENT_NOTES_HEADING}`, ...lines];
}

/** The collection as Markdown text. */
export function buildMarkdown(
  input: ExportInput,
  options: MarkdownOptions = DEFAULT_MARKDOWN_OPTIONS,
): string {
  const excerpts = gatherExcerpts(input);
  const lines = [`# ${escapeMarkdown(input.collection.name)}`];
  if (input.collection.description !== '') {
    lines.push('', escapeMarkdown(input.collection.description));
  }
  for (const group of groups(excerpts, input, options.groupBy)) {
    if (group.heading !== null) lines.push('', `## ${escapeMarkdown(group.heading)}`);
    for (const excerpt of group.excerpts) lines.push('', ...excerptLines(excerpt, options));
  }
  if (options.includeNotes) lines.push(...documentNoteLines(input, excerpts));
  return `${lines.join('\n')}\n`;
}
