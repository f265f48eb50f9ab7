/**
 * The analyst's own argument, printed after the cover: an executive summary, key findings and
 * recommendations, each written as plain paragraphs (separated by blank lines) with simple lists
 * (lines starting "- "), set as paragraphs and bulleted lists with a hanging indent.
 *
 * Tagged as: Sect › H1 "Executive summary", P and L (LI › Lbl, LBody) for its text, then an H2
 * and the same for key findings and recommendations. "E12" in the text, where the briefing has
 * an excerpt 12, is a Link to it (where it is first printed).
 */
import type { BriefingArgument } from './briefing-input';
import { excerptDestination } from './excerpt-sections';
import { PART_IDS } from './briefing-plan';
import type { PageModel } from './display-list';
import {
  lineItems,
  placeText,
  setSpans,
  tidyMultiline,
  type LayoutContext,
} from './layout-context';
import { linkedLineItems, type TextLink } from './linked-lines';
import { CONTENT_LEFT, CONTENT_WIDTH } from './page-geometry';
import { contentOf, element } from './structure';
import type { StyledText } from './text-layout';
import { STYLES, type TextStyle } from './typography';

/** List items hang this far in; the bullet sits in the gap. */
const LIST_INDENT = 16;

/** A piece of the analyst's text: a paragraph, or a list of items. */
export type ArgumentBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

/**
 * Splits typed text into paragraphs and lists: blank lines separate paragraphs, lines starting
 * "- " (or "• ", "* ") are list items, and other lines join the paragraph (or item) before them.
 */
export function argumentBlocks(text: string): ArgumentBlock[] {
  const blocks: ArgumentBlock[] = [];
  for (const chunk of tidyMultiline(text).split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    let items: string[] = [];
    const flushParagraph = (): void => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    const flushList = (): void => {
      if (items.length > 0) blocks.push({ kind: 'list', items });
      items = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const item = /^[-•*]\s+(.*)$/.exec(line);
      if (item) {
        flushParagraph();
        items.push(item[1] ?? '');
      } else if (items.length > 0) {
        items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line}`;
      } else paragraph.push(line);
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}

/** "E12" as a whole word: how a reader cites an excerpt by its number. */
const EXCERPT_MENTION = /(?<![\p{L}\p{N}])E(\d{1,7})(?![\p{L}\p{N}])/gu;

/**
 * The text as spans, each mention of an excerpt the briefing prints ("E12") a span of its own,
 * with a link from it to `targets`' destination for that number. Mentions of numbers the
 * briefing does not have stay plain text.
 */
export function excerptMentions(
  text: string,
  style: TextStyle,
  targets: ReadonlyMap<number, string>,
): { readonly spans: StyledText; readonly links: readonly TextLink[] } {
  const spans: { text: string; style: TextStyle }[] = [];
  const links: TextLink[] = [];
  let from = 0;
  for (const match of text.matchAll(EXCERPT_MENTION)) {
    const number = Number(match[1]);
    const destination = targets.get(number);
    if (destination === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (start > from) spans.push({ text: text.slice(from, start), style });
    spans.push({ text: match[0], style });
    links.push({ start, end, destination, description: `Go to excerpt E${number}` });
    from = end;
  }
  if (from < text.length || spans.length === 0) spans.push({ text: text.slice(from), style });
  return { spans, links };
}

/** Where each excerpt number is first printed (its first section's copy), by number. */
export function excerptTargets(plan: LayoutContext['plan']): Map<number, string> {
  const targets = new Map<number, string>();
  for (const section of plan.sections) {
    for (const excerpt of section.excerpts) {
      const number = plan.excerptNumber.get(excerpt.id);
      if (number !== undefined && !targets.has(number)) {
        targets.set(number, excerptDestination(excerpt.id, section.id));
      }
    }
  }
  return targets;
}

/** True when the analyst wrote any part of the argument. */
export function hasArgument(argument: BriefingArgument | undefined): boolean {
  return (
    argument !== undefined &&
    [argument.summary, argument.findings, argument.recommendations].some(
      (part) => (part ?? '').trim() !== '',
    )
  );
}

/** Lays out the argument on a new page and adds its contents entry (nothing when it is empty). */
export function layoutArgument(ctx: LayoutContext): void {
  const { flow, input } = ctx;
  const argument = input.argument;
  if (!argument || !hasArgument(argument)) return;
  flow.freshPage();
  flow.mark(PART_IDS.argument);
  ctx.contents.push({ title: 'Executive summary', destination: PART_IDS.argument, children: [] });
  placeText(ctx, 'H1', 'Executive summary', STYLES.h1);
  flow.gap(10);
  const targets = excerptTargets(ctx.plan);
  layoutText(ctx, argument.summary ?? '', targets);
  for (const [title, text] of [
    ['Key findings', argument.findings ?? ''],
    ['Recommendations', argument.recommendations ?? ''],
  ] as const) {
    if (text.trim() === '') continue;
    flow.gap(14);
    placeText(ctx, 'H2', title, STYLES.h2, { keepWithNext: 40 });
    flow.gap(6);
    layoutText(ctx, text, targets);
  }
}

function layoutText(ctx: LayoutContext, text: string, targets: ReadonlyMap<number, string>): void {
  const { flow } = ctx;
  for (const [index, block] of argumentBlocks(text).entries()) {
    if (index > 0) flow.gap(8);
    if (block.kind === 'paragraph') {
      const { spans, links } = excerptMentions(block.text, STYLES.body, targets);
      if (links.length === 0) {
        placeText(ctx, 'P', block.text, STYLES.body, { language: ctx.input.language });
      } else {
        const paragraph = element(ctx.tags, 'P');
        const set = setSpans(ctx, spans, CONTENT_WIDTH, { language: ctx.input.language });
        flow.sequence(linkedLineItems(set, CONTENT_LEFT, paragraph, links), {
          orphans: 2,
          widows: 2,
        });
      }
      continue;
    }
    const list = element(ctx.tags, 'L');
    block.items.forEach((item, at) => {
      if (at > 0) flow.gap(4);
      const entry = element(list, 'LI');
      const label = element(entry, 'Lbl');
      const body = element(entry, 'LBody');
      const { spans, links } = excerptMentions(item, STYLES.body, targets);
      const set = setSpans(ctx, spans, CONTENT_WIDTH - LIST_INDENT, {
        language: ctx.input.language,
      });
      const bullet = setSpans(ctx, [{ text: '•', style: STYLES.body }], LIST_INDENT);
      const items =
        links.length === 0
          ? lineItems(set, CONTENT_LEFT + LIST_INDENT, body)
          : linkedLineItems(set, CONTENT_LEFT + LIST_INDENT, body, links);
      const first = items[0];
      const bulletLine = bullet.lines[0];
      if (first && bulletLine) {
        items[0] = {
          height: first.height,
          draw(page: PageModel, top: number): void {
            page.ops.push({
              type: 'text',
              x: CONTENT_LEFT + 3,
              y: top + bullet.ascent,
              runs: bulletLine.runs,
              tag: contentOf(label),
            });
            first.draw(page, top);
          },
        };
      }
      flow.sequence(items, { orphans: 2, widows: 2 });
    });
  }
}
