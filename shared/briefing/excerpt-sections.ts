/**
 * The body of the briefing: one section per right (or per document), opening with the right's
 * description and legal basis, then every excerpt as an indented block quotation with a rule in
 * the right's colour, its citation, the analyst's note set apart on a tinted ground, and the
 * briefing comment. Quotations longer than a page break cleanly, the rule continuing.
 *
 * Tagged as: Sect › H1, P (description, legal basis, counts), then per excerpt an H2 (its
 * number, "E12"), a BlockQuote (P quote in its language, P citation with a Link to its source),
 * a Note (label, body) and a P comment.
 */
export { quotationText } from './quotation-text';
import type { BriefingExcerpt, BriefingRight } from './briefing-input';
import type { PlannedSection } from './briefing-plan';
import { quotationText } from './quotation-text';
import { afterTitle, citeExcerpt, placeInDocument, publication } from './citation';
import { GRAPHIC_CONTRAST, TEXT_CONTRAST, withContrast } from './contrast';
import type { PageModel } from './display-list';
import { lineItems, setSpans, spacer, tidyMultiline, type LayoutContext } from './layout-context';
import { CONTENT_LEFT, CONTENT_WIDTH } from './page-geometry';
import { ARTIFACT, contentOf, element } from './structure';
import { excerptLanguage } from './text-language';
import { linkedLineItems } from './linked-lines';
import { keepTogether, type FlowItem } from './page-flow';
import type { StyledSpan, StyledText } from './text-layout';
import { sourceDestination } from './sources-section';
import {
  hexToRgb,
  NOTE_BACKGROUND,
  RULE,
  STYLES,
  withColour,
  type Rgb,
  type TextStyle,
} from './typography';

/** Quotations are indented 16 pt; their rule sits 3 pt in from the column edge, 2.5 pt wide. */
const QUOTE_INDENT = 16;
const RULE_INSET = 3;
const RULE_WIDTH = 2.5;
/** Padding inside the analyst's note box. */
const NOTE_PADDING = 7;
/** A note keeps its label and three lines together at a page's foot, and carries three over. */
const NOTE_ORPHANS = 4;
const NOTE_WIDOWS = 3;
/** Space between a citation and its note, and between a note and the comment. */
const FOLLOW_GAP = 7;
/** Space between excerpts, and after a section's introduction. */
const EXCERPT_GAP = 18;
/** Space above a section that follows another on the same page. */
const SECTION_GAP = 30;
/** The quotation's last lines kept on one page with its citation. */
const QUOTE_LINES_KEPT = 2;
/** The width of the label column ("Comment", "Legal basis") that text hangs beside. */
const LABEL_COLUMN = 58;
const NEUTRAL: Rgb = hexToRgb('#8a9096');

/** Lays out every section, numbering them from 1 and adding their contents entries. */
export async function layoutSections(ctx: LayoutContext): Promise<void> {
  const total = ctx.plan.sections.reduce((sum, section) => sum + section.excerpts.length, 0);
  let done = 0;
  for (const [index, section] of ctx.plan.sections.entries()) {
    const number = index + 1;
    // Sections run on after each other (a heading moves to a new page only when it and the
    // start of its first excerpt do not fit), so a short section never sits alone on a page.
    if (index === 0) ctx.flow.freshPage();
    else ctx.flow.gap(SECTION_GAP);
    // The first excerpt is set before the head, which keeps the room its start needs.
    const sectionCtx = { ...ctx, tags: element(ctx.tags, 'Sect', { title: section.title }) };
    const first = section.excerpts[0];
    const opening = first ? prepareExcerpt(sectionCtx, section, first) : null;
    layoutSectionHead(sectionCtx, section, number, opening?.startRoom ?? 0);
    for (const excerpt of section.excerpts) {
      if (excerpt === first && opening) opening.place();
      else prepareExcerpt(sectionCtx, section, excerpt).place();
      done += 1;
      await ctx.progress.step('layout', done, total);
    }
  }
}

function layoutSectionHead(
  ctx: LayoutContext,
  section: PlannedSection,
  number: number,
  firstExcerptRoom: number,
): void {
  const { flow, input, plan } = ctx;
  // Large bold text and rules need 3:1 against the page (WCAG 1.4.3, 1.4.11).
  const colour = withContrast(
    section.right ? hexToRgb(section.right.colour) : NEUTRAL,
    GRAPHIC_CONTRAST,
  );
  const items: FlowItem[] = [
    {
      height: 10,
      draw(page: PageModel, top: number): void {
        page.ops.push({
          type: 'rect',
          x: CONTENT_LEFT,
          y: top,
          width: 28,
          height: 3,
          colour,
          tag: ARTIFACT,
        });
      },
    },
  ];
  const heading = setSpans(
    ctx,
    [
      { text: `${number}  `, style: withColour(STYLES.h1, colour) },
      { text: section.title, style: STYLES.h1 },
    ],
    CONTENT_WIDTH,
    { direction: 'ltr' },
  );
  items.push(...lineItems(heading, CONTENT_LEFT, element(ctx.tags, 'H1')), spacer(6));
  const text = (value: string, style: TextStyle): FlowItem[] =>
    lineItems(setSpans(ctx, [{ text: value, style }]), CONTENT_LEFT, element(ctx.tags, 'P'));

  if (section.right) {
    if (section.right.description)
      items.push(...text(section.right.description, STYLES.bodyItalic));
    if (input.options.includeLegalBasis && section.right.legalBasis) {
      items.push(
        spacer(4),
        ...labelledItems(
          ctx,
          'Legal basis',
          [{ text: section.right.legalBasis, style: STYLES.note }],
          CONTENT_LEFT,
          CONTENT_WIDTH,
        ),
      );
    }
  } else if (section.document) {
    const meta = [publication(section.document), section.document.kind ?? '']
      .filter((part) => part !== '')
      .join(' · ');
    const number = plan.sourceNumber.get(section.document.id) ?? 0;
    items.push(...text(`${meta}${meta ? ' · ' : ''}source [${number}]`, STYLES.small));
  }
  const documents = new Set(section.excerpts.map((excerpt) => excerpt.docId)).size;
  const excerpts = `${section.excerpts.length} excerpt${section.excerpts.length === 1 ? '' : 's'}`;
  const from = section.right ? ` from ${documents} document${documents === 1 ? '' : 's'}` : '';
  items.push(spacer(4), ...text(excerpts + from, STYLES.small), spacer(6), {
    height: 1,
    draw(page: PageModel, top: number): void {
      page.ops.push({
        type: 'line',
        x1: CONTENT_LEFT,
        y1: top,
        x2: CONTENT_LEFT + CONTENT_WIDTH,
        y2: top,
        width: 0.5,
        colour: RULE,
        tag: ARTIFACT,
      });
    },
  });

  // The whole head moves to a new page unless it and the start of the first excerpt fit here.
  const head = keepTogether(items);
  flow.ensure(head.height + EXCERPT_GAP + firstExcerptRoom);
  flow.mark(section.id);
  ctx.contents.push({
    title: `${number}. ${section.title}`,
    detail: sectionNumbers(ctx, section),
    destination: section.id,
    children: [],
  });
  flow.place(head);
  flow.gap(EXCERPT_GAP);
}

/** The colour an excerpt is marked with: its section's right, else its first right. */
function excerptColour(ctx: LayoutContext, section: PlannedSection, excerpt: BriefingExcerpt): Rgb {
  const right = section.right ?? firstRight(ctx, excerpt);
  return withContrast(right ? hexToRgb(right.colour) : NEUTRAL, GRAPHIC_CONTRAST);
}

/** "E1–E4, E9": the numbers of a section's excerpts, for its contents entry. */
function sectionNumbers(ctx: LayoutContext, section: PlannedSection): string {
  const numbers = section.excerpts
    .map((excerpt) => ctx.plan.excerptNumber.get(excerpt.id))
    .filter((n): n is number => n !== undefined);
  return contentsNumbers(numbers);
}

/** More runs than this and a contents entry gives a count instead of a wall of numbers. */
export const CONTENTS_MAX_RUNS = 6;

/**
 * A contents entry's excerpt numbers: their runs ("E1–E4, E9") while they are few, else how many
 * there are ("212 excerpts"), as a section of a large briefing holds numbers from all over it.
 */
export function contentsNumbers(numbers: readonly number[]): string {
  const runs = numberRanges(numbers);
  if (runs.split(', ').length <= CONTENTS_MAX_RUNS) return runs;
  const count = new Set(numbers).size;
  return `${count.toLocaleString('en-GB')} excerpts`;
}

/** "E1–E4, E9" for [1, 2, 3, 4, 9]: runs of consecutive numbers written as ranges. */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let at = 0; at < sorted.length;) {
    let end = at;
    while (end + 1 < sorted.length && (sorted[end + 1] ?? 0) === (sorted[end] ?? 0) + 1) end += 1;
    const first = sorted[at] ?? 0;
    const last = sorted[end] ?? 0;
    parts.push(
      last === first
        ? `E${first}`
        : last === first + 1
          ? `E${first}, E${last}`
          : `E${first}–E${last}`,
    );
    at = end + 1;
  }
  return parts.join(', ');
}

/** "E12": how the briefing names an excerpt. */
export function excerptLabel(number: number): string {
  return `E${number}`;
}

/**
 * A label in its own column with text hanging beside it: wrapped lines start under the text,
 * never under the label.
 */
function labelledItems(
  ctx: LayoutContext,
  label: string,
  spans: StyledText,
  x: number,
  width: number,
  language: string | null = null,
): FlowItem[] {
  const labelSet = setSpans(ctx, [{ text: label, style: STYLES.label }], LABEL_COLUMN - 4, {
    direction: 'ltr',
  });
  const set = setSpans(ctx, spans, width - LABEL_COLUMN, { language });
  const paragraph = element(ctx.tags, 'P');
  const items = lineItems(set, x + LABEL_COLUMN, paragraph);
  const first = items[0];
  const labelLine = labelSet.lines[0];
  if (first && labelLine) {
    items[0] = {
      height: first.height,
      draw(page: PageModel, top: number): void {
        // The label first, so the text reads (and is extracted) in order.
        page.ops.push({
          type: 'text',
          x,
          y: top + set.ascent,
          runs: labelLine.runs,
          tag: contentOf(paragraph),
        });
        first.draw(page, top);
      },
    };
  }
  return items;
}

function firstRight(ctx: LayoutContext, excerpt: BriefingExcerpt): BriefingRight | undefined {
  return ctx.plan.rights.find((right) => excerpt.rightIds.includes(right.id));
}

/** An excerpt set and ready to place, with the room it needs to start on a page. */
interface PreparedExcerpt {
  /** Height it needs at a page's foot to start there rather than on the next page. */
  readonly startRoom: number;
  place(): void;
}

function prepareExcerpt(
  ctx: LayoutContext,
  section: PlannedSection,
  excerpt: BriefingExcerpt,
): PreparedExcerpt {
  const { flow, input } = ctx;
  const colour = excerptColour(ctx, section, excerpt);
  const x = CONTENT_LEFT + QUOTE_INDENT;
  const width = CONTENT_WIDTH - QUOTE_INDENT;

  const number = ctx.plan.excerptNumber.get(excerpt.id) ?? 0;
  const heading = setSpans(
    ctx,
    [{ text: excerptLabel(number), style: STYLES.excerptLabel }],
    width,
    {
      direction: 'ltr',
    },
  );
  const document = ctx.plan.documentById.get(excerpt.docId);
  // The quotation is read (and hyphenated) in its own language; the citation in the briefing's.
  const quoteLanguage = excerptLanguage(excerpt.quote, document?.language ?? null, input.language);
  // Hyphenated only where the language is known: marked, or the document's own.
  const knownLanguage = quoteLanguage ?? (document?.language ? input.language : null);
  const quote = setSpans(
    ctx,
    [{ text: quotationText(excerpt.quote), style: STYLES.quote }],
    width,
    { language: knownLanguage },
  );
  const headingElement = element(ctx.tags, 'H2');
  const blockQuote = element(ctx.tags, 'BlockQuote');
  const quoteElement = element(blockQuote, 'P', { lang: quoteLanguage });
  const citationElement = element(blockQuote, 'P');
  const citationParts = citationSpans(ctx, section, excerpt);
  const citation = setSpans(ctx, citationParts, width, { direction: 'ltr' });
  const sourceMark = `[${ctx.plan.sourceNumber.get(excerpt.docId) ?? 0}]`;
  const markAt = spanOffset(citationParts, sourceMark);
  const note = tidyMultiline(excerpt.note);
  const noteItems =
    input.options.includeNotes && note !== '' ? noteBox(ctx, excerpt, note, x, width) : null;
  const comment = tidyMultiline(excerpt.comment);
  const commentItems = comment
    ? labelledItems(
        ctx,
        'Comment',
        [{ text: comment, style: STYLES.comment }],
        x,
        width,
        input.language,
      )
    : null;
  // What follows keeps its start with what it follows: the room the comment's first lines need
  // below the note, and the note's first lines (all of it, with the comment's start, when it
  // cannot break) below the citation, so neither opens the next page alone.
  const commentKeep = commentItems ? FOLLOW_GAP + startHeight(commentItems, 2, 2) : 0;
  const noteStart = noteItems ? startHeight(noteItems, NOTE_ORPHANS, NOTE_WIDOWS) : 0;
  // (A sequence that fits but leaves too little room for what follows it breaks, or moves when it
  // cannot: keeping the follower's own keep too covers both.)
  const quoteKeep = noteItems ? FOLLOW_GAP + noteStart + commentKeep : commentKeep;
  // The excerpt's number heads it, kept with the quotation's first line; the quotation's last
  // lines are one piece with the citation, so a page never ends between a quotation and where
  // it comes from.
  const quoteLines = lineItems(quote, x, quoteElement);
  const kept = quoteLines.splice(Math.max(0, quoteLines.length - QUOTE_LINES_KEPT));
  const citationLines =
    markAt === null
      ? lineItems(citation, x, citationElement)
      : linkedLineItems(citation, x, citationElement, [
          {
            start: markAt,
            end: markAt + sourceMark.length,
            destination: sourceDestination(excerpt.docId),
            description: `Go to source ${sourceMark} in the list of sources`,
          },
        ]);
  const ending = keepTogether([...kept, spacer(4), ...citationLines]);
  const opening = keepTogether([
    ...lineItems(heading, x, headingElement),
    spacer(2),
    ...quoteLines.splice(0, 1),
  ]);
  const destination = excerptDestination(excerpt.id, section.id);
  const marked: FlowItem = {
    height: opening.height,
    draw(page: PageModel, top: number): void {
      // Named where it is drawn: the sequence may have moved it to a new page.
      flow.destinations.set(destination, { page: flow.pageIndex, top });
      opening.draw(page, top);
    },
  };
  const items = [marked, ...quoteLines, ending];
  const startRoom = startHeight(items, 2, 2) + quoteKeep;
  const place = (): void => {
    flow.sequence(items, {
      orphans: 2,
      widows: 2,
      // A short quotation moves to the next page rather than leave its note behind.
      keepWithNext: quoteKeep,
      decorate(page: PageModel, top: number, bottom: number): void {
        page.underlay.push({
          type: 'rect',
          x: CONTENT_LEFT + RULE_INSET,
          y: top + 2,
          width: RULE_WIDTH,
          height: Math.max(0, bottom - top - 3),
          colour,
          tag: ARTIFACT,
        });
      },
    });

    if (noteItems) {
      flow.gap(FOLLOW_GAP);
      flow.sequence(noteItems, {
        orphans: NOTE_ORPHANS,
        widows: NOTE_WIDOWS,
        keepWithNext: commentKeep,
        decorate(page: PageModel, top: number, bottom: number): void {
          page.underlay.push({
            type: 'rect',
            x,
            y: top,
            width,
            height: bottom - top,
            colour: NOTE_BACKGROUND,
            tag: ARTIFACT,
          });
        },
      });
    }

    if (commentItems) {
      flow.gap(FOLLOW_GAP);
      flow.sequence(commentItems);
    }
    flow.gap(EXCERPT_GAP);
  };
  return { startRoom, place };
}

function citationSpans(
  ctx: LayoutContext,
  section: PlannedSection,
  excerpt: BriefingExcerpt,
): StyledSpan[] {
  const document = ctx.plan.documentById.get(excerpt.docId);
  if (!document) return [];
  const number = ctx.plan.sourceNumber.get(document.id) ?? 0;
  const spans: StyledSpan[] = [];
  if (section.document) {
    const place = placeInDocument(excerpt);
    spans.push({ text: `— ${place || 'place not recorded'}`, style: STYLES.citation });
  } else {
    const citation = citeExcerpt(document, excerpt, number);
    spans.push({ text: '— ', style: STYLES.citation });
    spans.push({ text: citation.title, style: STYLES.citationTitle });
    spans.push({
      text: `${citation.details ? `${afterTitle(citation.title, ',')}${citation.details}` : ''}\u00a0`,
      style: STYLES.citation,
    });
    // Its own span, so its run can be found on the line and made a link to the source's entry.
    spans.push({ text: citation.source, style: STYLES.citation });
  }
  const others = ctx.plan.rights.filter(
    (right) => excerpt.rightIds.includes(right.id) && right.id !== section.right?.id,
  );
  if (others.length > 0) {
    spans.push({ text: section.document ? '  ·  ' : '  ·  also ', style: STYLES.citation });
    others.forEach((right, index) => {
      if (index > 0) spans.push({ text: ', ', style: STYLES.citation });
      spans.push({
        text: right.name,
        style: withColour(STYLES.citation, withContrast(hexToRgb(right.colour), TEXT_CONTRAST)),
      });
    });
  }
  return spans;
}

/** The analyst's note on its tinted ground: its label and byline, then its text. */
function noteBox(
  ctx: LayoutContext,
  excerpt: BriefingExcerpt,
  note: string,
  x: number,
  width: number,
): FlowItem[] {
  const inner = width - 2 * NOTE_PADDING;
  const byline = excerpt.author ? `  ·  ${excerpt.author}` : '';
  const labelLine = setSpans(
    ctx,
    [
      { text: 'ANALYST’S NOTE', style: STYLES.label },
      { text: byline, style: withColour(STYLES.label, STYLES.small.colour) },
    ],
    inner,
  );
  const body = setSpans(ctx, [{ text: note, style: STYLES.note }], inner, {
    language: ctx.input.language,
  });
  const noteElement = element(ctx.tags, 'Note', { title: 'Analyst’s note' });
  return [
    spacer(NOTE_PADDING),
    ...lineItems(
      // The label alone when the byline would wrap it (set only then).
      labelLine.lines.length === 1
        ? labelLine
        : setSpans(ctx, [{ text: 'ANALYST’S NOTE', style: STYLES.label }], inner),
      x + NOTE_PADDING,
      element(noteElement, 'P'),
    ),
    spacer(2),
    ...lineItems(body, x + NOTE_PADDING, element(noteElement, 'P')),
    spacer(NOTE_PADDING - 2),
  ];
}

function totalHeightOf(items: readonly FlowItem[]): number {
  return items.reduce((sum, item) => sum + item.height, 0);
}

/**
 * The room a sequence needs at the foot of a page to start there (PageFlow.sequence moves it
 * to the next page otherwise): all of it when it cannot break (fewer lines than `orphans` +
 * `widows`), else its first `orphans` lines with the padding before them.
 */
function startHeight(items: readonly FlowItem[], orphans: number, widows: number): number {
  const lines = items.filter((item) => !item.spacer).length;
  if (lines < orphans + widows) return totalHeightOf(items);
  let height = 0;
  let seen = 0;
  for (const item of items) {
    height += item.height;
    if (!item.spacer) seen += 1;
    if (seen === orphans) break;
  }
  return height;
}

/** The named destination of an excerpt in a section (links from "E12" and the contents). */
export function excerptDestination(excerptId: string, sectionId: string): string {
  return `excerpt:${sectionId}:${excerptId}`;
}

/** Where the span whose whole text is `text` starts in the spans' joined text; null if none. */
function spanOffset(spans: StyledText, text: string): number | null {
  let offset = 0;
  for (const span of spans) {
    if (span.text === text) return offset;
    offset += span.text.length;
  }
  return null;
}
