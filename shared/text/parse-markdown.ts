/**
 * Reads markdown (and the "markdown-ish" text of briefings copied from PDFs) into reading blocks:
 * text only, never markup, with links and emphasis kept as style marks.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { BlockKind, ParsedBlock } from '../model/document';
import { finishBlocks, type DraftBlock } from './draft-block';
import { inferHeadings } from './infer-headings';
import { InlineTextBuilder, type InlineText } from './inline-text';
import { joinBrokenParagraphs } from './join-broken-paragraphs';
import { normaliseSourceText } from './normalise-source-text';

/** The block kinds a paragraph can take from where it sits (top level, quote, list item). */
type ParagraphKind = Extract<BlockKind, 'paragraph' | 'quote' | 'list-item'>;

/** Collects the draft blocks of one document, in reading order. */
class DraftCollector {
  readonly blocks: DraftBlock[] = [];
  hasMarkedHeadings = false;

  add(
    kind: BlockKind,
    inline: InlineText,
    singleLine: boolean,
    level?: number,
    label?: string,
  ): void {
    if (inline.text.length === 0) return;
    this.blocks.push({
      kind,
      ...(level === undefined ? {} : { level }),
      ...inline,
      singleLine,
      ...(label === undefined ? {} : { label }),
    });
  }
}

function appendPhrasing(builder: InlineTextBuilder, nodes: readonly PhrasingContent[]): void {
  for (const node of nodes) appendInline(builder, node);
}

/** Renders one inline node as text; URLs are dropped (links are styling only). */
function appendInline(builder: InlineTextBuilder, node: Nodes): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      builder.append(node.value);
      return;
    case 'emphasis':
      builder.withMark('emphasis', () => appendPhrasing(builder, node.children));
      return;
    case 'strong':
      builder.withMark('strong', () => appendPhrasing(builder, node.children));
      return;
    case 'link':
    case 'linkReference':
      builder.withMark('link', () => appendPhrasing(builder, node.children));
      return;
    case 'break':
      builder.appendSpace();
      return;
    case 'html':
      // Inline tags are markup; only a line break among them reads as a space.
      if (/^<br\b/i.test(node.value)) builder.appendSpace();
      return;
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      // Pictures are not reading text; their alt text would read as stray words.
      return;
    default:
      if ('children' in node) {
        for (const child of node.children) appendInline(builder, child);
      } else if ('value' in node) {
        builder.append(node.value);
      }
  }
}

function phrasingText(nodes: readonly PhrasingContent[]): InlineText {
  const builder = new InlineTextBuilder();
  appendPhrasing(builder, nodes);
  return builder.build();
}

function plainText(value: string): InlineText {
  const builder = new InlineTextBuilder();
  builder.append(value);
  return builder.build();
}

function isOneLine(node: Nodes): boolean {
  return node.position === undefined || node.position.start.line === node.position.end.line;
}

/** Walks block-level nodes; `kind` is what a paragraph becomes where these nodes sit. */
function collectFlow(nodes: readonly Nodes[], kind: ParagraphKind, out: DraftCollector): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.hasMarkedHeadings = true;
        out.add('heading', phrasingText(node.children), true, node.depth);
        break;
      case 'paragraph':
        out.add(kind, phrasingText(node.children), isOneLine(node));
        break;
      case 'blockquote':
        collectFlow(node.children, kind === 'list-item' ? kind : 'quote', out);
        break;
      case 'list': {
        // Ordered lists keep each item's printed number, which structure recognition reads.
        const start = node.ordered === true ? (node.start ?? 1) : null;
        for (const [index, item] of node.children.entries()) {
          collectListItem(item.children, out, start === null ? undefined : String(start + index));
        }
        break;
      }
      case 'code':
        // The reader has no code blocks; keep the words so they can still be quoted.
        out.add(kind, plainText(node.value), false);
        break;
      case 'html':
        // Raw HTML blocks: keep any words between the tags, drop comments and tags.
        out.add(kind, plainText(node.value.replace(/<!--[^]*?(?:-->|$)|<[^>]*>/g, ' ')), false);
        break;
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
        break;
      default:
        // Anything else (tables and the like from extensions): its text as one paragraph.
        out.add(kind, plainText(toString(node)), false);
    }
  }
}

/**
 * One list item becomes one block: its paragraphs joined. Nested lists and other blocks inside
 * it follow as blocks of their own (nested lists flattened).
 */
function collectListItem(
  children: readonly RootContent[],
  out: DraftCollector,
  label: string | undefined,
): void {
  let builder = new InlineTextBuilder();
  let first = true;
  const flush = (): void => {
    // Only the item's first block carries its number; nested blocks follow unnumbered.
    out.add('list-item', builder.build(), false, undefined, first ? label : undefined);
    first = false;
    builder = new InlineTextBuilder();
  };
  for (const child of children) {
    if (child.type === 'paragraph') {
      builder.appendSpace();
      appendPhrasing(builder, child.children);
    } else {
      flush();
      collectFlow([child], 'list-item', out);
    }
  }
  flush();
}

/**
 * Parses markdown into reading blocks: headings with their level, paragraphs, one block per list
 * item, quotes. Inline markup becomes plain text with marks for links (never their URLs), strong
 * and emphasis; superscript footnote numbers get footnote-ref marks. When the source marks no
 * headings at all, they are inferred from standalone lines (see `inferHeadings`).
 */
export function parseMarkdown(source: string): ParsedBlock[] {
  const tree = fromMarkdown(normaliseSourceText(source));
  const collector = new DraftCollector();
  collectFlow(tree.children, 'paragraph', collector);
  const joined = joinBrokenParagraphs(collector.blocks);
  return finishBlocks(collector.hasMarkedHeadings ? joined : inferHeadings(joined));
}
