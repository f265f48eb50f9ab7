import { describe, expect, it } from 'vitest';
import { SAMPLE_RIGHTS, sampleBriefingInput } from '../../cli/sample-briefing';
import { exportCollection } from '../exchange/export-collection';
import { parseCollectionFile } from '../exchange/parse-collection-file';
import { serializeCollection } from '../exchange/serialize-collection';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from '../exchange/testing/fixtures';
import { afterTitle, citationText, citeExcerpt } from './citation';
import { briefingInputFromCollection } from './from-collection';
import { inDocumentOrder, planBriefing } from './briefing-plan';
import type { BriefingExcerpt } from './briefing-input';
import { contentsNumbers, numberRanges } from './excerpt-sections';
import { quotationText } from './quotation-text';
import { chartScale, emptyRightsSentence } from './summary-section';

const NOW = new Date('2025-03-14T10:00:00Z');
const sample = sampleBriefingInput({ now: NOW });

function excerpt(
  id: string,
  start: number | null,
  paragraph: number | null = null,
): BriefingExcerpt {
  return {
    id,
    docId: 'doc',
    quote: id,
    rightIds: [],
    note: '',
    comment: '',
    paragraph,
    page: null,
    author: '',
    created: '',
    position: start === null ? null : { start, end: start + 5 },
  };
}

describe('planBriefing', () => {
  it('orders a document’s excerpts as they occur in it when grouping by document', () => {
    const ordered = inDocumentOrder([
      excerpt('c', 300),
      excerpt('unknown', null),
      excerpt('a', 10),
      excerpt('by-paragraph', null, 4),
      excerpt('b', 120),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['a', 'b', 'c', 'by-paragraph', 'unknown']);
    const plan = planBriefing({
      ...sample,
      excerpts: [...sample.excerpts].reverse(),
      options: { ...sample.options, grouping: 'document' },
    });
    for (const section of plan.sections) {
      const starts = section.excerpts.map((e) => e.position?.start ?? Infinity);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('numbers excerpts E1, E2, … in reading order, one number per excerpt wherever it appears', () => {
    const plan = planBriefing(sample);
    const seen: number[] = [];
    for (const section of plan.sections) {
      for (const e of section.excerpts) {
        const number = plan.excerptNumber.get(e.id);
        expect(number).toBeDefined();
        if (!seen.includes(number ?? 0)) {
          expect(number).toBe(seen.length + 1);
          seen.push(number ?? 0);
        }
      }
    }
    expect(seen.length).toBe(plan.excerpts.length);
    expect(numberRanges([1, 2, 3, 4, 9, 11, 12])).toBe('E1–E4, E9, E11, E12');
    // A contents entry lists a few runs, and counts a section scattered over a large briefing.
    expect(contentsNumbers([1, 2, 3, 4, 9, 11, 12])).toBe('E1–E4, E9, E11, E12');
    expect(contentsNumbers(Array.from({ length: 1200 }, (_, i) => i * 2 + 1))).toBe(
      '1,200 excerpts',
    );
  });

  it('drops sections of rights no excerpt is tagged with and names them', () => {
    const plan = planBriefing({
      ...sample,
      rights: [
        ...SAMPLE_RIGHTS,
        { ...SAMPLE_RIGHTS[0]!, id: 'right:none', name: 'Right to science', order: 9 },
      ],
    });
    expect(plan.sections.map((s) => s.right?.id)).not.toContain('right:none');
    expect(plan.emptyRights.map((r) => r.name)).toEqual(['Right to science']);
    expect(emptyRightsSentence(plan.emptyRights, 'right')).toBe(
      'No excerpt is tagged with Right to science; it has no section.',
    );
  });

  it('puts both charts on one scale: the largest count of either', () => {
    const plan = planBriefing(sample);
    const largest = Math.max(...plan.countByRight.values());
    expect(chartScale(plan)).toBe(largest);
    for (const row of plan.matrix.values())
      for (const value of row.values()) expect(value).toBeLessThanOrEqual(chartScale(plan));
  });
});

describe('citations and quotations', () => {
  it('doubles no punctuation after a title ending in ?, ! or .', () => {
    expect(afterTitle('Are we democracies?', ',')).toBe(' ');
    expect(afterTitle('Online freedom', ',')).toBe(', ');
    const citation = citeExcerpt(
      {
        id: 'd',
        title: 'A task for the UN or for liberal democracies?',
        publisher: 'EPRS',
        year: 2022,
        kind: null,
      },
      { paragraph: 3, page: null },
      5,
    );
    expect(citationText(citation)).toBe(
      'A task for the UN or for liberal democracies? EPRS, 2022, ¶\u00a03\u00a0[5]',
    );
  });

  it('counts ¶ over paragraphs only: a heading and a navigation line are not counted', () => {
    const blocks = [
      { kind: 'heading' as const, level: 1, text: 'Shutdowns in 2024' },
      // A web page's navigation line, imported as a paragraph: a label, not a paragraph.
      { kind: 'paragraph' as const, text: 'Get RSS feed of these results' },
      { kind: 'paragraph' as const, text: 'Shutdowns rose sharply in 2024.' },
      { kind: 'paragraph' as const, text: 'States must end them, the report says.' },
    ];
    const start = blocks.slice(0, 3).reduce((sum, block) => sum + block.text.length + 2, 0);
    const document = {
      id: 'doc',
      title: 'Shutdown report',
      publisher: null,
      year: 2025,
      kind: null,
      blocks,
    };
    const quoted = { ...excerpt('e', start), quote: 'States must end them' };
    const orphan = { ...excerpt('orphan', null), quote: 'Shutdowns rose' };
    const plan = planBriefing({
      ...sample,
      documents: [document],
      excerpts: [quoted, orphan],
      options: { ...sample.options, grouping: 'collection' },
    });
    const cited = plan.sections.flatMap((section) => section.excerpts);
    expect(citeExcerpt(document, cited[0]!, 1).details).toBe('2025, ¶\u00a02');
    // The CLI counts a collection file's blocks the same way.
    const doc = makeDocument('doc', 'Shutdown report', blocks);
    const annotation = makeAnnotation(doc, sequentialUuid(1), 'States must end them');
    const text = serializeCollection(
      exportCollection(
        makeInput(
          makeCollection(sequentialUuid(2), 'Shutdowns', [annotation.id]),
          [doc],
          [annotation],
        ),
        { includeNotes: true, includeSourceTexts: true },
        fixedEnv(),
      ),
    );
    const fromFile = briefingInputFromCollection(parseCollectionFile(text, 'shutdowns.json'), {
      now: NOW,
    });
    expect(fromFile.excerpts[0]?.paragraph).toBe(2);
  });

  it('quotes Japanese in 「」 and other languages in curly quotes', () => {
    expect(quotationText('テクノロジーは強力なツールです。')).toBe(
      '「テクノロジーは強力なツールです。」',
    );
    expect(quotationText('人人有权享有主张和发表意见的自由')).toBe(
      '“人人有权享有主张和发表意见的自由”',
    );
    expect(quotationText('Everyone has the right')).toBe('“Everyone has the right”');
    // Quotation marks inside a quotation become the inner kind, never a doubled ””.
    expect(quotationText('saying “we all have a duty (ITU).”')).toBe(
      '“saying ‘we all have a duty (ITU).’”',
    );
    expect(quotationText('the "same rights" online')).toBe('“the ‘same rights’ online”');
    expect(quotationText('「自由」は権利です')).toBe('「『自由』は権利です」');
  });
});
