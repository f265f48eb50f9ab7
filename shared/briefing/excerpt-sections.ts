/**
 * The body of the briefing: one section per right (or per document), opening with the right's
 * description and legal basis, then every excerpt as an indented block quotation with a rule in
 * the right's colour, its citation, the analyst's note set apart on a tinted ground, and the
 * briefing comment. Quotations longer than a page break cleanly, the rule continuing.
 *
 * Tagged as: Sect › H1, P (description, legal basis, counts), then per excerpt a BlockQuote
 * (P quote in its language, P citation), a Note (label, body) and a P comment.
 */
import type { BriefingExcerpt, BriefingRight } from './briefing-input';
import type { PlannedSection } from './briefing-plan';
import { citeExcerpt, placeInDocument, publication } from './citation';
import type { PageModel } from './display-list';
import {
  lineItems,
  placeText,
  setSpans,
  spacer,
  tidyMultiline,
  type LayoutContext,
} from './layout-context';
import { ARTIFACT, element } from './structure';
import { excerptLanguage } from './text-language';
import { CONTENT_LEFT, CONTENT_WIDTH } from './page-geometry';
import type { StyledSpan } from './text-layout';
import { hexToRgb, NOTE_BACKGROUND, RULE, STYLES, withColour, type Rgb } from './typography';

/** Quotations are indented 16 pt; their rule sits 3 pt in from the column edge, 2.5 pt wide. */
const QUOTE_INDENT = 16;
const RULE_INSET = 3;
const RULE_WIDTH = 2.5;
/** Padding inside the analyst's note box. */
const NOTE_PADDING = 7;
/** Room for the start of a note (label and two lines) kept below its quotation. */
const NOTE_KEEP = 48;
/** Room for the first line of the briefing comment, kept below what it comments on. */
const COMMENT_KEEP = 22;
/** Space between excerpts, and after a section's introduction. */
const EXCERPT_GAP = 18;
/** A heading needs this much room below it on its page, else it moves to the next page. */
const HEADING_KEEP = 90;
const NEUTRAL: Rgb = hexToRgb('#8a9096');

/** Lays out every section, numbering them from 1 and adding their contents entries. */
export async function layoutSections(ctx: LayoutContext): Promise<void> {
  const total = ctx.plan.sections.reduce((sum, section) => sum + section.excerpts.length, 0);
  let done = 0;
  for (const [index, section] of ctx.plan.sections.entries()) {
    const number = index + 1;
    if (ctx.input.options.grouping === 'right' || index === 0) ctx.flow.freshPage();
    else ctx.flow.gap(30);
    const sectionCtx = { ...ctx, tags: element(ctx.tags, 'Sect', { title: section.title }) };
    layoutSectionHead(sectionCtx, section, number);
    if (section.excerpts.length === 0) {
      placeText(
        sectionCtx,
        'P',
        'No excerpt in this collection is tagged with this right.',
        STYLES.bodyItalic,
      );
    }
    for (const excerpt of section.excerpts) {
      layoutExcerpt(sectionCtx, section, excerpt);
      done += 1;
      await ctx.progress.step('layout', done, total);
    }
  }
}

function layoutSectionHead(ctx: LayoutContext, section: PlannedSection, number: number): void {
  const { flow, input, plan } = ctx;
  const colour = section.right ? hexToRgb(section.right.colour) : NEUTRAL;
  flow.ensure(HEADING_KEEP);
  flow.mark(section.id);
  ctx.contents.push({
    title: `${number}. ${section.title}`,
    destination: section.id,
    children: [],
  });

  flow.place({
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
  });
  const heading = setSpans(
    ctx,
    [
      { text: `${number}  `, style: withColour(STYLES.h1, colour) },
      { text: section.title, style: STYLES.h1 },
    ],
    CONTENT_WIDTH,
    { direction: 'ltr' },
  );
  flow.paragraph(heading, CONTENT_LEFT, element(ctx.tags, 'H1'), {
    keepWithNext: HEADING_KEEP - 30,
    orphans: 3,
  });
  flow.gap(6);

  if (section.right) {
    if (section.right.description)
      placeText(ctx, 'P', section.right.description, STYLES.bodyItalic);
    if (input.options.includeLegalBasis && section.right.legalBasis) {
      flow.gap(4);
      flow.paragraph(
        setSpans(ctx, [
          { text: 'Legal basis   ', style: STYLES.label },
          { text: section.right.legalBasis, style: STYLES.note },
        ]),
        CONTENT_LEFT,
        element(ctx.tags, 'P'),
      );
    }
  } else if (section.document) {
    const meta = [publication(section.document), section.document.kind ?? '']
      .filter((part) => part !== '')
      .join(' · ');
    const number = plan.sourceNumber.get(section.document.id) ?? 0;
    placeText(ctx, 'P', `${meta}${meta ? ' · ' : ''}source [${number}]`, STYLES.small);
  }
  const documents = new Set(section.excerpts.map((excerpt) => excerpt.docId)).size;
  if (section.excerpts.length > 0) {
    flow.gap(4);
    const excerpts = `${section.excerpts.length} excerpt${section.excerpts.length === 1 ? '' : 's'}`;
    const from = section.right ? ` from ${documents} document${documents === 1 ? '' : 's'}` : '';
    placeText(ctx, 'P', excerpts + from, STYLES.small);
  }
  flow.gap(6);
  flow.place({
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
  flow.gap(EXCERPT_GAP);
}

/** The colour an excerpt is marked with: its section's right, else its first right. */
function excerptColour(ctx: LayoutContext, section: PlannedSection, excerpt: BriefingExcerpt): Rgb {
  const right = section.right ?? firstRight(ctx, excerpt);
  return right ? hexToRgb(right.colour) : NEUTRAL;
}

function firstRight(ctx: LayoutContext, excerpt: BriefingExcerpt): BriefingRight | undefined {
  return ctx.plan.rights.find((right) => excerpt.rightIds.includes(right.id));
}

/** A quotation as it is printed: paragraph breaks kept as line breaks, in curly quotes. */
export function quotationText(quote: string): string {
  return `“${tidyMultiline(quote).replace(/\n\s*\n/g, '\n')}”`;
}

function layoutExcerpt(
  ctx: LayoutContext,
  section: PlannedSection,
  excerpt: BriefingExcerpt,
): void {
  const { flow, input } = ctx;
  const colour = excerptColour(ctx, section, excerpt);
  const x = CONTENT_LEFT + QUOTE_INDENT;
  const width = CONTENT_WIDTH - QUOTE_INDENT;

  const quote = setSpans(ctx, [{ text: quotationText(excerpt.quote), style: STYLES.quote }], width);
  const document = ctx.plan.documentById.get(excerpt.docId);
  const blockQuote = element(ctx.tags, 'BlockQuote');
  // The quotation is read in its own language; the citation in the briefing's.
  const quoteElement = element(blockQuote, 'P', {
    lang: excerptLanguage(excerpt.quote, document?.language ?? null, input.language),
  });
  const citationElement = element(blockQuote, 'P');
  const citation = setSpans(ctx, citationSpans(ctx, section, excerpt), width, { direction: 'ltr' });
  const note = tidyMultiline(excerpt.note);
  const hasNote = input.options.includeNotes && note !== '';
  const comment = tidyMultiline(excerpt.comment);
  // What follows a block keeps its start with it, so a note or comment never opens a page alone.
  const commentKeep = comment ? COMMENT_KEEP : 0;
  flow.sequence(
    [...lineItems(quote, x, quoteElement), spacer(4), ...lineItems(citation, x, citationElement)],
    {
      orphans: 2,
      widows: 2,
      // A short quotation moves to the next page rather than leave its note behind.
      keepWithNext: hasNote ? NOTE_KEEP + commentKeep : commentKeep,
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
    },
  );

  if (hasNote) {
    flow.gap(7);
    const inner = width - 2 * NOTE_PADDING;
    const label = setSpans(ctx, [{ text: 'ANALYST’S NOTE', style: STYLES.label }], inner);
    const byline = excerpt.author ? `  ·  ${excerpt.author}` : '';
    const labelLine = setSpans(
      ctx,
      [
        { text: 'ANALYST’S NOTE', style: STYLES.label },
        { text: byline, style: withColour(STYLES.label, STYLES.small.colour) },
      ],
      inner,
    );
    const body = setSpans(ctx, [{ text: note, style: STYLES.note }], inner);
    const noteElement = element(ctx.tags, 'Note', { title: 'Analyst’s note' });
    flow.sequence(
      [
        spacer(NOTE_PADDING),
        ...lineItems(
          label.lines.length === 1 ? labelLine : label,
          x + NOTE_PADDING,
          element(noteElement, 'P'),
        ),
        spacer(2),
        ...lineItems(body, x + NOTE_PADDING, element(noteElement, 'P')),
        spacer(NOTE_PADDING - 2),
      ],
      {
        orphans: 4,
        widows: 3,
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
      },
    );
  }

  if (comment) {
    flow.gap(7);
    const set = setSpans(
      ctx,
      [
        { text: 'Comment   ', style: STYLES.label },
        { text: comment, style: STYLES.comment },
      ],
      width,
    );
    flow.paragraph(set, x, element(ctx.tags, 'P'));
  }
  flow.gap(EXCERPT_GAP);
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
      text: `${citation.details ? `, ${citation.details}` : ''}\u00a0${citation.source}`,
      style: STYLES.citation,
    });
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
        style: withColour(STYLES.citation, darken(hexToRgb(right.colour))),
      });
    });
  }
  return spans;
}

/** Rights' colours are chosen for highlights; as text they need more contrast on white. */
function darken(colour: Rgb): Rgb {
  const keep = 0.72;
  return { r: colour.r * keep, g: colour.g * keep, b: colour.b * keep };
}
