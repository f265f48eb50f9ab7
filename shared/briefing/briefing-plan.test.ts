import { describe, expect, it } from 'vitest';
import { SAMPLE_RIGHTS, sampleBriefingInput } from '../../cli/sample-briefing';
import { afterTitle, citationText, citeExcerpt } from './citation';
import { inDocumentOrder, planBriefing } from './briefing-plan';
import type { BriefingExcerpt } from './briefing-input';
import { numberRanges } from './excerpt-sections';
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

  it('quotes Japanese in 「」 and other languages in curly quotes', () => {
    expect(quotationText('テクノロジーは強力なツールです。')).toBe(
      '「テクノロジーは強力なツールです。」',
    );
    expect(quotationText('人人有权享有主张和发表意见的自由')).toBe(
      '“人人有权享有主张和发表意见的自由”',
    );
    expect(quotationText('Everyone has the right')).toBe('“Everyone has the right”');
  });
});
