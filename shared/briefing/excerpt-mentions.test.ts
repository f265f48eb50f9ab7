/**
 * "E12" in the analyst's argument is a link to excerpt 12 where it is first printed: a Link
 * annotation over the mention, pointing at that excerpt's page, and a Link element in the
 * structure tree holding the mention's text and the annotation (OBJR), as the "[n]" links do.
 */
import { describe, expect, it } from 'vitest';
import { loadBriefingFonts } from '../../cli/node-briefing-fonts';
import { sampleBriefingInput } from '../../cli/sample-briefing';
import { readPdf, squash } from '../../cli/testing/pdf-read-back';
import { elementsOf, readStructure } from '../../cli/testing/structure-read-back';
import { excerptMentions } from './argument-section';
import { buildBriefing } from './build-briefing';
import { STYLES } from './typography';

const NOW = new Date('2025-03-14T10:00:00Z');

describe('excerptMentions', () => {
  const targets = new Map([
    [1, 'excerpt:a'],
    [12, 'excerpt:b'],
  ]);

  it('gives each mention of a printed excerpt a span and a link of its own', () => {
    const { spans, links } = excerptMentions('As E12 shows (E1), and E1.', STYLES.body, targets);
    expect(spans.map((span) => span.text)).toEqual([
      'As ',
      'E12',
      ' shows (',
      'E1',
      '), and ',
      'E1',
      '.',
    ]);
    expect(links.map((link) => [link.start, link.end, link.destination])).toEqual([
      [3, 6, 'excerpt:b'],
      [14, 16, 'excerpt:a'],
      [23, 25, 'excerpt:a'],
    ]);
    expect(links[0]?.description).toBe('Go to excerpt E12');
  });

  it('leaves numbers the briefing does not print, and other words, as plain text', () => {
    for (const text of ['See E99.', 'E12a and RE1', 'Article E 12', '']) {
      const { spans, links } = excerptMentions(text, STYLES.body, targets);
      expect(links).toEqual([]);
      expect(spans.map((span) => span.text).join('')).toBe(text);
    }
  });
});

describe('mentions in a briefing', async () => {
  const sample = sampleBriefingInput({ now: NOW });
  const input = {
    ...sample,
    argument: {
      ...sample.argument,
      findings: '- E3 and E2 restate the principle; E99 is not in this briefing.',
    },
  };
  const bytes = await buildBriefing(input, await loadBriefingFonts());
  const pdf = await readPdf(bytes);
  const structure = await readStructure(bytes);
  const argumentPage = pdf.pages.findIndex((page) => page.text.includes('Executive summary'));
  /** The page where excerpt `n`'s number heads it (after the argument and the contents). */
  const pageOfExcerpt = (n: number): number =>
    pdf.pages.findIndex(
      (page, index) =>
        index > argumentPage && page.items.some((item) => item.str.trim() === `E${n}`),
    );

  it('links E1, E3 and E2 to the pages their excerpts are printed on, and not E99', () => {
    expect(argumentPage).toBeGreaterThan(0);
    const links = pdf.pages[argumentPage]?.links ?? [];
    // The sample's summary cites (E1); the findings E3 and E2, in reading order.
    expect(links.map((link) => link.targetPage)).toEqual([
      pageOfExcerpt(1),
      pageOfExcerpt(3),
      pageOfExcerpt(2),
    ]);
    expect(pageOfExcerpt(1)).toBeGreaterThan(argumentPage);
  });

  it('puts each mention in the tree as a Link holding its text and its annotation', () => {
    const mentions = elementsOf(structure.root).filter(
      (element) => element.role === 'Link' && /^E\d+$/.test(squash(element.text)),
    );
    expect(mentions.map((element) => squash(element.text))).toEqual(['E1', 'E3', 'E2']);
    for (const mention of mentions) expect(mention.annotations).toEqual(['Link']);
  });
});
