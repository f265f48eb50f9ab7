/**
 * Golden expectations for the sample library: how each corpus file reads as blocks.
 *
 * To update a golden expectation after an intended change to the parsers: run
 * `npx vitest run shared/text/corpus.golden.test.ts`, check in the failure diff that the new
 * blocks read better (print them with `parseDocument(...).blocks`), then edit the expected counts
 * or outline below to match and say why in the commit message. Never update to silence a
 * regression: a heading that became a paragraph, or markup that reached the text, is a bug.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedBlock } from '../model/document';
import { blockProblems } from './block-invariants';
import { parseDocument, type TextSourceFormat } from './parse-document';

const CORPUS = new URL('../../resources/corpus/', import.meta.url);

function read(file: string, format: TextSourceFormat): ParsedBlock[] {
  return parseDocument(readFileSync(new URL(file, CORPUS), 'utf8'), format).blocks;
}

/** Block counts keyed by kind, headings by level ("h1", "h2"…). */
function countByKind(blocks: readonly ParsedBlock[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of blocks) {
    const key = block.kind === 'heading' ? `h${block.level ?? 0}` : block.kind;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function outline(blocks: readonly ParsedBlock[]): [number, string][] {
  return blocks.filter((b) => b.kind === 'heading').map((b) => [b.level ?? 0, b.text]);
}

function marked(block: ParsedBlock, type: string): string[] {
  return (block.marks ?? [])
    .filter((m) => m.type === type)
    .map((m) => block.text.slice(m.start, m.end));
}

function indexOfText(blocks: readonly ParsedBlock[], start: string): number {
  const index = blocks.findIndex((b) => b.text.startsWith(start));
  expect(index, `a block starting "${start}"`).toBeGreaterThanOrEqual(0);
  return index;
}

const FILES: { file: string; format: TextSourceFormat; counts: Record<string, number> }[] = [
  {
    file: 'eprs-multilateral-initiatives-digital-rights.md',
    format: 'markdown',
    counts: { h1: 1, h2: 9, h3: 18, paragraph: 59, 'list-item': 18 },
  },
  {
    file: 'canada-human-rights-online.txt',
    format: 'text',
    counts: { h1: 1, h2: 4, paragraph: 9, 'list-item': 18 },
  },
  {
    file: 'foc-stresses-human-rights-online.txt',
    format: 'text',
    counts: { h1: 1, paragraph: 8 },
  },
  {
    file: 'foc-joint-action-free-expression.txt',
    format: 'text',
    counts: { h1: 1, paragraph: 10, 'list-item': 4 },
  },
  {
    file: 'bhrrc-technology-and-digital-freedom.txt',
    format: 'text',
    counts: { h1: 1, h2: 9, paragraph: 55 },
  },
];

describe.each(FILES)('golden: $file', ({ file, format, counts }) => {
  const blocks = read(file, format);

  it('has the expected blocks by kind', () => {
    expect(countByKind(blocks)).toEqual(counts);
  });

  it('keeps every block promise', () => {
    expect(blockProblems(blocks)).toEqual([]);
  });

  it('carries no markup into the text', () => {
    for (const { text } of blocks) {
      expect(text).not.toMatch(/\]\(|\*\*|\\[()[\]*_]|\(#\)|^#+ |<https?:/);
    }
  });

  it('starts with its title as the only level-1 heading', () => {
    expect(blocks[0]?.kind).toBe('heading');
    expect(blocks[0]?.level).toBe(1);
    expect(blocks.filter((b) => b.level === 1)).toHaveLength(1);
  });
});

describe('golden: EPRS briefing (markdown-ish)', () => {
  const blocks = read('eprs-multilateral-initiatives-digital-rights.md', 'markdown');

  it('reads the title, keeps the subtitle as a paragraph, then the summary', () => {
    expect(blocks.slice(0, 4).map((b) => [b.kind, b.level, b.text.slice(0, 29)])).toEqual([
      ['heading', 1, 'Multilateral initiatives for '],
      ['paragraph', undefined, 'A task for the UN or for libe'],
      ['heading', 2, 'SUMMARY'],
      ['paragraph', undefined, 'With their rapid advancement '],
    ]);
  });

  it('has the outline of the original briefing', () => {
    expect(outline(blocks)).toEqual([
      [1, 'Multilateral initiatives for upholding human rights in digital technologies'],
      [2, 'SUMMARY'],
      [2, 'IN THIS BRIEFING'],
      [2, 'Introduction'],
      [2, 'UN framework'],
      [3, 'The need for a multilateral approach within the UN'],
      [3, 'The need to reconceptualise international human rights norms'],
      [3, 'Examples of UN reports that apply a human rights perspective to new technologies'],
      [3, "Relevant UN bodies' resolutions"],
      [3, 'United Nations General Assembly'],
      [3, 'UN Human Rights Council'],
      [3, 'UNESCO initiative on artificial intelligence'],
      [3, 'The risk of political bias in the work of the UN'],
      [3, 'Cybercrime treaty'],
      [3, 'Political divisions pose risks to the mission of the UNHRC'],
      [3, 'UNESCO artificial intelligence guidelines: Where are the AI superpowers?'],
      [3, 'International internet standards and their importance for an open net'],
      [2, 'Multilateral initiatives supported by democratic countries'],
      [3, 'OECD'],
      [3, 'G7'],
      [3, 'Council of Europe'],
      [3, 'The Freedom Online Coalition (FOC)'],
      [3, 'The 2020 Summit for Democracy'],
      [2, 'European Union initiatives'],
      [3, "European Parliament's position"],
      [2, 'MAIN REFERENCES'],
      [2, 'ENDNOTES'],
      [2, 'DISCLAIMER AND COPYRIGHT'],
    ]);
  });

  it('lists the eleven endnotes, each opening with a marked superscript number', () => {
    const endnotes = indexOfText(blocks, 'ENDNOTES');
    const notes = blocks.slice(endnotes + 1, endnotes + 12);
    expect(blocks[endnotes + 12]?.text).toBe('DISCLAIMER AND COPYRIGHT');
    notes.forEach((note, index) => {
      const number = String(index + 1).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d);
      expect(note.kind).toBe('list-item');
      expect(note.text.startsWith(`${number} `)).toBe(true);
      expect(note.marks?.[0]).toEqual({ type: 'footnote-ref', start: 0, end: number.length });
    });
  });

  it('marks footnote references in the body', () => {
    const block = blocks[indexOfText(blocks, 'The silver thread in relevant UNGA resolutions⁶')];
    expect(block && marked(block, 'footnote-ref')).toEqual(['⁶', '⁷']);
  });

  it('joins the paragraph the source split mid-sentence', () => {
    const joined = blocks.filter((b) =>
      b.text.includes('as instrumental in helping states to keep up with the current rate'),
    );
    expect(joined).toHaveLength(1);
    expect(blocks.some((b) => b.text.startsWith('to keep up'))).toBe(false);
    expect(blocks.some((b) => b.text.startsWith('authoritarian model'))).toBe(false);
  });

  it('renders links, escapes, strong text and autolinks as text', () => {
    const fOC = blocks[indexOfText(blocks, 'The Freedom Online Coalition (FOC), established')];
    expect(fOC && marked(fOC, 'link')[0]).toBe('Freedom Online Coalition (FOC)');
    const surveillance = blocks[indexOfText(blocks, 'Canada, Denmark and the United States')];
    expect(surveillance && marked(surveillance, 'strong')).toEqual([
      'Surveillance Principles Initiative',
    ]);
    const blog = blocks.at(-1);
    expect(blog?.text).toBe('http://epthinktank.eu (blog)');
    expect(blog && marked(blog, 'link')).toEqual(['http://epthinktank.eu']);
  });

  it('keeps contact lines as paragraphs', () => {
    expect(blocks.slice(-4).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'eprs@ep.europa.eu (contact)'],
      ['paragraph', 'www.eprs.ep.parl.union.eu (intranet)'],
      ['paragraph', 'www.europarl.europa.eu/thinktank (internet)'],
      ['paragraph', 'http://epthinktank.eu (blog)'],
    ]);
  });
});

describe('golden: Canada web page', () => {
  const blocks = read('canada-human-rights-online.txt', 'text');

  it('has its questions and link lists as headings', () => {
    expect(outline(blocks)).toEqual([
      [1, 'Human rights and inclusion in online and digital contexts'],
      [2, 'What is Canada doing for human rights online?'],
      [2, 'How is Canada promoting digital inclusion?'],
      [2, 'Latest news'],
      [2, 'Related links'],
    ]);
  });

  it('reads the list introduced by "Coalition members:"', () => {
    const intro = indexOfText(blocks, 'Coalition members:');
    expect(blocks[intro]?.kind).toBe('paragraph');
    expect(blocks.slice(intro + 1, intro + 4).map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'coordinate diplomatic efforts'],
      ['list-item', 'share information on violations of human rights online'],
      [
        'list-item',
        'work together to voice concern over measures that curtail human rights online',
      ],
    ]);
    expect(blocks[intro + 4]?.text).toBe('Canada supports this effort by:');
  });
});

describe('golden: FOC news article', () => {
  it('keeps the logo artefact of the source as it is, under the title', () => {
    const blocks = read('foc-stresses-human-rights-online.txt', 'text');
    expect(blocks[1]?.text.startsWith('foc_logoThe Freedom Online Coalition (FOC) has')).toBe(true);
  });
});

describe('golden: BHRRC portal page', () => {
  const blocks = read('bhrrc-technology-and-digital-freedom.txt', 'text');

  it('keeps the Japanese passage intact', () => {
    const japanese =
      blocks[indexOfText(blocks, '[日本語翻訳記事提供: 経済人コー円卓会議日本委員会]')];
    expect(japanese?.kind).toBe('paragraph');
    expect(japanese?.text).toContain(
      'テクノロジー(技術)は、人権にとって強力なツールになります。人口知能やブロックチェーンな どの新しいテクノロジーは、',
    );
  });

  it('reads each digest card as label, date, headline, byline, teaser and link text', () => {
    const card = indexOfText(blocks, 'Opinion: How digital platforms');
    expect(blocks.slice(card - 2, card + 4).map((b) => [b.kind, b.level, b.text])).toEqual([
      ['paragraph', undefined, 'Article'],
      ['paragraph', undefined, '3 January 2020'],
      [
        'heading',
        2,
        'Opinion: How digital platforms including social media are shaping freedom of expression',
      ],
      ['paragraph', undefined, 'Author: Bitange Ndemo, Business Daily (Kenya)'],
      ['paragraph', undefined, '"How individual liberties are changing"...'],
      ['paragraph', undefined, 'Read more'],
    ]);
    expect(
      blocks.filter(
        (b) => b.kind === 'heading' && /^(Article|Story|Read more|See full story)$/.test(b.text),
      ),
    ).toEqual([]);
  });

  it('collapses no-break spaces in the prose', () => {
    const briefing = blocks[indexOfText(blocks, 'Our 2014 Briefing Paper')];
    expect(briefing?.text).toContain(
      'for ICT firms: censorship; surveillance; privacy; broadening',
    );
  });
});
