/**
 * Reads plain-text sources (web pages and declarations saved as .txt) into reading blocks:
 * one block per line, list entries, and headings inferred from short standalone lines.
 */
import type { ParsedBlock } from '../model/document';
import { finishBlocks, type DraftBlock } from './draft-block';
import { inferHeadings } from './infer-headings';
import { InlineTextBuilder, type InlineText } from './inline-text';
import { joinBrokenParagraphs } from './join-broken-paragraphs';
import { endsSentence, startsLowercase } from './line-patterns';
import { normaliseSourceText } from './normalise-source-text';

/** "- ", "• " or "* " opening a line: a list entry (the marker is not part of its text). */
const BULLET = /^[ \t]*[-•*][ \t]+/u;

/** A line of three or more repeated separator characters ("***", "- - -", "====="). */
const SEPARATOR_LINE = /^\s*([-*_=~•·])(?:\s*\1){2,}\s*$/u;

/**
 * Markdown links and autolinks left in copied text: `[text](url)` and `<https://…>`. Only the
 * text is kept (with a link mark for styling); the URL is never kept.
 */
const LINK =
  /\[([^[\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)|<((?:https?|mailto):[^<>\s]+)>/gu;

/**
 * In a hard-wrapped file every line is at most this long (wrapping is usually at 72–80 columns);
 * files with longer lines put one paragraph on each line.
 */
const HARD_WRAP_MAX_LINE_LENGTH = 100;

function lineText(line: string): InlineText {
  const builder = new InlineTextBuilder();
  appendWithLinks(builder, line);
  return builder.build();
}

function appendWithLinks(builder: InlineTextBuilder, line: string): void {
  if (!line.includes('[') && !line.includes('<')) {
    builder.append(line);
    return;
  }
  let cursor = 0;
  for (const match of line.matchAll(LINK)) {
    builder.append(line.slice(cursor, match.index));
    const text = match[1] ?? match[2] ?? '';
    builder.withMark('link', () => builder.append(text));
    cursor = match.index + match[0].length;
  }
  builder.append(line.slice(cursor));
}

/**
 * Whether the text is hard-wrapped prose: no line is longer than a wrap width, and many lines
 * break mid-sentence (the line does not end a sentence and the next one opens in lowercase).
 * In wrapped English prose most lines do; in one-paragraph-per-line text almost none do.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  let nonEmpty = 0;
  let midSentence = 0;
  for (const [index, line] of lines.entries()) {
    if (line.length > HARD_WRAP_MAX_LINE_LENGTH) return false;
    const text = line.trim();
    if (text === '') continue;
    nonEmpty += 1;
    const next = lines[index + 1]?.trim() ?? '';
    if (!endsSentence(text) && startsLowercase(next)) midSentence += 1;
  }
  // At least three such breaks, and on a quarter of the lines, so that a page of short lines
  // with the odd lowercase list entry is not taken for wrapped prose.
  return midSentence >= 3 && midSentence * 4 >= nonEmpty;
}

/** One block per non-empty line. */
function draftsPerLine(lines: readonly string[]): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  for (const line of lines) {
    if (line.trim() === '' || SEPARATOR_LINE.test(line)) continue;
    const bullet = BULLET.exec(line);
    const inline = lineText(bullet ? line.slice(bullet[0].length) : line);
    if (inline.text === '') continue;
    drafts.push({ kind: bullet ? 'list-item' : 'paragraph', ...inline, singleLine: true });
  }
  return drafts;
}

/**
 * Hard-wrapped text: lines run together up to a blank line or a list entry; an indented line
 * after a list entry continues it.
 */
function draftsPerParagraph(lines: readonly string[]): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  let pending: { list: boolean; lines: string[] } | null = null;
  const flush = (): void => {
    if (pending === null) return;
    const inline = lineText(pending.lines.join('\n'));
    if (inline.text !== '') {
      drafts.push({
        kind: pending.list ? 'list-item' : 'paragraph',
        ...inline,
        singleLine: pending.lines.length === 1,
      });
    }
    pending = null;
  };
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    if (line.trim() === '' || SEPARATOR_LINE.test(line)) {
      flush();
    } else if (bullet) {
      flush();
      pending = { list: true, lines: [line.slice(bullet[0].length)] };
    } else if (pending !== null && (!pending.list || /^\s/u.test(line))) {
      pending.lines.push(line);
    } else {
      flush();
      pending = { list: false, lines: [line] };
    }
  }
  flush();
  return drafts;
}

/**
 * Parses plain text into reading blocks. Each non-empty line is a paragraph (or, hard-wrapped
 * text detected, each run of lines up to a blank line); lines opening with "- ", "• " or "* " are
 * list items; the first line is the title when it looks like one, and other headings are inferred
 * from short standalone lines (see `inferHeadings`). Markdown links keep only their text.
 */
export function parsePlainText(source: string): ParsedBlock[] {
  const lines = normaliseSourceText(source).split('\n');
  const drafts = isHardWrapped(lines) ? draftsPerParagraph(lines) : draftsPerLine(lines);
  return finishBlocks(inferHeadings(joinBrokenParagraphs(drafts)));
}
