/**
 * The composition rules of a briefing, checked on laid-out pages (the display list, before the
 * PDF is written) of the sample and of generated collections.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBriefingFonts } from '../../cli/node-briefing-fonts';
import { SAMPLE_RIGHTS, sampleBriefingInput } from '../../cli/sample-briefing';
import { layoutBriefing } from './build-briefing';
import type { BriefingDocument, BriefingExcerpt, BriefingInput } from './briefing-input';
import { DEFAULT_BRIEFING_OPTIONS } from './briefing-input';
import { planBriefing } from './briefing-plan';
import { briefingText } from './briefing-text';
import type { PageModel, TextOp } from './display-list';
import { FontBook } from './font-book';
import { CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_TOP } from './page-geometry';
import { STYLES } from './typography';
import { propertyRuns } from '../testing/mutation-run';

const NOW = new Date('2025-03-14T10:00:00Z');
const fonts = await loadBriefingFonts();

const WORDS =
  'rights online offline freedom expression privacy assembly association states shall protect the digital environment surveillance shutdowns resolution must also be and of in to a'.split(
    ' ',
  );

async function layout(input: BriefingInput) {
  const plan = planBriefing(input);
  const book = await FontBook.load(fonts, briefingText(input, plan));
  const { pages, destinations } = await layoutBriefing(input, plan, book);
  return { plan, pages, destinations };
}

function textOf(op: TextOp): string {
  return op.runs.map((run) => run.text).join('');
}

function textOps(page: PageModel): TextOp[] {
  return page.ops.filter((op): op is TextOp => op.type === 'text');
}

const QUOTE_X = CONTENT_LEFT + 16;
const COLUMN = CONTENT_BOTTOM - CONTENT_TOP;
const isQuoteLine = (op: TextOp): boolean =>
  op.x >= QUOTE_X - 0.01 &&
  op.runs.some((run) => run.size === STYLES.quote.size && run.face !== 'sans');
const isQuoteEnd = (op: TextOp): boolean => isQuoteLine(op) && /[”」]$/.test(textOf(op));
const isCitation = (op: TextOp): boolean => textOf(op).startsWith('— ');
const excerptLabel = (op: TextOp): number | null => {
  const match = /^E(\d+)$/.exec(textOf(op));
  return match && op.runs[0]?.size === STYLES.excerptLabel.size ? Number(match[1]) : null;
};

/** Where each excerpt's parts fall: page of its number, quotation's end, citation and note. */
function excerptPlaces(pages: readonly PageModel[]) {
  const places: { number: number; quoteEnd?: number; citation?: number; note?: number }[] = [];
  pages.forEach((page, index) => {
    for (const op of textOps(page)) {
      const number = excerptLabel(op);
      const current = places[places.length - 1];
      if (number !== null) places.push({ number });
      else if (!current) continue;
      else if (isQuoteEnd(op) && current.quoteEnd === undefined) current.quoteEnd = index;
      else if (isCitation(op) && current.citation === undefined) current.citation = index;
      else if (textOf(op).startsWith('ANALYST’S NOTE') && current.note === undefined)
        current.note = index;
    }
  });
  return places;
}

function sentence(words: readonly number[]): string {
  const text = words.map((at) => WORDS[at % WORDS.length] ?? 'rights').join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A generated collection: documents with titles, excerpts of 1–14 sentences, notes, comments. */
const collection = fc
  .record({
    documents: fc.integer({ min: 1, max: 4 }),
    excerpts: fc.array(
      fc.record({
        doc: fc.nat(),
        sentences: fc.integer({ min: 1, max: 14 }),
        words: fc.array(fc.nat({ max: 40 }), { minLength: 6, maxLength: 18 }),
        rights: fc.subarray(['right:expression', 'right:privacy', 'right:assembly-association'], {
          minLength: 1,
        }),
        noteLines: fc.integer({ min: 0, max: 4 }),
        comment: fc.boolean(),
      }),
      { minLength: 1, maxLength: 22 },
    ),
    grouping: fc.constantFrom('right' as const, 'document' as const),
  })
  .map(({ documents, excerpts, grouping }): BriefingInput => {
    const docs: BriefingDocument[] = Array.from({ length: documents }, (_, index) => ({
      id: `doc:${index + 1}`,
      title: `Generated document ${index + 1}`,
      publisher: 'Generated Office',
      year: 2020 + index,
      kind: 'resolution',
    }));
    const items = excerpts.map((row, index): BriefingExcerpt => {
      const quote = Array.from({ length: row.sentences }, (_, at) =>
        sentence([...row.words.slice(at % 3), at]),
      ).join(' ');
      return {
        id: `excerpt:${index + 1}`,
        docId: `doc:${(row.doc % documents) + 1}`,
        quote,
        rightIds: row.rights,
        note: Array.from({ length: row.noteLines }, (_, at) => sentence([at, ...row.words])).join(
          '\n',
        ),
        comment: row.comment ? sentence(row.words) : '',
        paragraph: index + 1,
        page: null,
        author: 'A. Analyst',
        created: '2025-03-01T09:30:00.000Z',
        position: null,
      };
    });
    return {
      title: 'Generated briefing',
      subtitle: '',
      author: 'A. Analyst',
      organisation: 'Unit',
      date: '14 March 2025',
      classification: '',
      language: 'en-GB',
      rights: SAMPLE_RIGHTS,
      documents: docs,
      excerpts: items,
      options: { ...DEFAULT_BRIEFING_OPTIONS, grouping },
      now: NOW,
    };
  });

describe('composition rules', () => {
  it('keeps a quotation’s last line on the page of its citation, and the note’s start with them', async () => {
    await fc.assert(
      fc.asyncProperty(collection, async (input) => {
        const { pages, plan } = await layout(input);
        const places = excerptPlaces(pages);
        expect(places.length).toBe(
          plan.sections.reduce((sum, section) => sum + section.excerpts.length, 0),
        );
        for (const place of places) {
          expect(place.quoteEnd, `E${place.number}`).toBeDefined();
          expect(place.citation, `E${place.number}`).toBe(place.quoteEnd);
          if (place.note !== undefined) expect(place.note, `E${place.number}`).toBe(place.citation);
        }
      }),
      { numRuns: propertyRuns(25), endOnFailure: true },
    );
  });

  it('keeps a section’s head with its first excerpt, and leaves no more than a third of a page empty before it', async () => {
    await fc.assert(
      fc.asyncProperty(collection, async (input) => {
        const { pages, plan, destinations } = await layout(input);
        const places = excerptPlaces(pages);
        for (const [index, section] of plan.sections.entries()) {
          const place = destinations.get(section.id);
          const first = section.excerpts[0];
          if (!place || !first) continue;
          const number = plan.excerptNumber.get(first.id);
          const labelPage = pages.findIndex(
            (page, at) =>
              at >= place.page && textOps(page).some((op) => excerptLabel(op) === number),
          );
          expect(labelPage, section.title).toBe(place.page);
          if (index === 0 || place.top > CONTENT_TOP + 1) continue;
          const before = pages[place.page - 1];
          if (!before) continue;
          const lowest = Math.max(...before.ops.map((op) => (op.type === 'line' ? op.y1 : op.y)));
          expect(CONTENT_BOTTOM - lowest, section.title).toBeLessThan(COLUMN / 3);
        }
        expect(places.length).toBeGreaterThan(0);
      }),
      { numRuns: propertyRuns(25), endOnFailure: true },
    );
  });

  it('gives a right with no excerpts no section, and says so in the summary', async () => {
    const input = sampleBriefingInput({ now: NOW });
    const { pages, plan } = await layout({
      ...input,
      excerpts: input.excerpts
        .map((excerpt) => ({
          ...excerpt,
          rightIds: excerpt.rightIds.filter((id) => id !== 'right:privacy'),
        }))
        .filter((excerpt) => excerpt.rightIds.length > 0),
    });
    expect(plan.sections.map((section) => section.title)).not.toContain('Privacy');
    const text = pages.flatMap(textOps).map(textOf).join(' ');
    expect(text).toContain('No excerpt is tagged with Privacy; it has no section.');
  });

  it('never leaves the table’s header alone at a page’s foot, nor its total alone on a page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 20, max: 70 }), async (documents) => {
        const base = sampleBriefingInput({ now: NOW });
        const first = base.excerpts[0];
        if (!first) throw new Error('The sample has no excerpts.');
        const docs = Array.from({ length: documents }, (_, index) => ({
          id: `doc:${index}`,
          title: `Document number ${index + 1} with a title long enough to wrap in its column`,
          publisher: null,
          year: null,
          kind: null,
        }));
        const { pages } = await layout({
          ...base,
          documents: docs,
          excerpts: docs.map((doc, index) => ({ ...first, id: `e:${index}`, docId: doc.id })),
        });
        const rowX = CONTENT_LEFT + 4;
        let sawTotal = false;
        for (const page of pages) {
          const cells = textOps(page).filter((op) => Math.abs(op.x - rowX) < 0.01);
          const kinds = cells.map((op) =>
            textOf(op) === 'Document' ? 'head' : textOf(op) === 'Total' ? 'total' : 'row',
          );
          const head = kinds.indexOf('head');
          if (head >= 0) expect(kinds.slice(head + 1)).toContain('row');
          const total = kinds.indexOf('total');
          if (total >= 0) {
            sawTotal = true;
            expect(kinds.slice(0, total)).toContain('row');
          }
        }
        expect(sawTotal).toBe(true);
      }),
      { numRuns: 4, endOnFailure: true },
    );
  });

  it('hangs a multi-line comment under its own column, not under its label', async () => {
    const input = sampleBriefingInput({ now: NOW });
    const long = 'A comment long enough to wrap onto several lines of the column. '.repeat(5);
    const { pages } = await layout({
      ...input,
      excerpts: input.excerpts.slice(0, 1).map((excerpt) => ({ ...excerpt, comment: long })),
    });
    const ops = pages.flatMap(textOps);
    const label = ops.find((op) => textOf(op) === 'Comment');
    const lines = ops.filter((op) => op.runs[0]?.face === 'serifItalic' && op.runs[0]?.size === 10);
    expect(label).toBeDefined();
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.x).toBeGreaterThan((label?.x ?? 0) + 40);
    expect(new Set(lines.map((line) => line.x)).size).toBe(1);
  });

  it('doubles no punctuation after a title ending in ?, and starts every sources sentence with a capital', async () => {
    const { pages } = await layout(sampleBriefingInput({ now: NOW }));
    const text = pages.flatMap(textOps).map(textOf).join('\n');
    expect(text).toContain('democracies?');
    expect(text).not.toMatch(/[?!.][,.]/u);
    const sources = pages.slice(-1).flatMap(textOps).map(textOf).join(' ');
    expect(sources).toMatch(/Declaration\./);
    expect(sources.replace(/\b(p|art|arts|Art)\. /g, '')).not.toMatch(/\. \p{Ll}/u);
  });
});
