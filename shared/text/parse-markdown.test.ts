/** Unit tests for the markdown reader: inline rendering, block kinds, heading inference. */
import { describe, expect, it } from 'vitest';
import type { ParsedBlock } from '../model/document';
import { blockProblems } from './block-invariants';
import { parseMarkdown } from './parse-markdown';

/** The text each mark covers, as "type:text". */
function slices(block: ParsedBlock | undefined): string[] {
  return (block?.marks ?? []).map((m) => `${m.type}:${block?.text.slice(m.start, m.end)}`);
}

function parse(source: string): ParsedBlock[] {
  const blocks = parseMarkdown(source);
  expect(blockProblems(blocks)).toEqual([]);
  return blocks;
}

describe('parseMarkdown: inline text', () => {
  it('renders links as their text with a link mark, never the URL', () => {
    const [block] = parse('See [the report](https://evil.example/?next=app://x) and [more](#).');
    expect(block?.text).toBe('See the report and more.');
    expect(slices(block)).toEqual(['link:the report', 'link:more']);
  });

  it('renders strong, emphasis, escapes and code as text', () => {
    const [block] = parse('A **bold** and *em* and _em2_ claim \\(sic\\) with `code`.');
    expect(block?.text).toBe('A bold and em and em2 claim (sic) with code.');
    expect(slices(block)).toEqual(['strong:bold', 'emphasis:em', 'emphasis:em2']);
  });

  it('keeps nested emphasis inside links as overlapping marks of different types', () => {
    const [block] = parse('Read [the **UN** *report*](#) now.');
    expect(block?.text).toBe('Read the UN report now.');
    expect(slices(block)).toEqual(['link:the UN report', 'strong:UN', 'emphasis:report']);
  });

  it('merges nested marks of the same type', () => {
    const [block] = parse('***all** of it* here');
    expect(block?.text).toBe('all of it here');
    expect(slices(block)).toEqual(['strong:all', 'emphasis:all of it']);
  });

  it('renders autolinks as their address', () => {
    const [block] = parse('<http://epthinktank.eu> (blog)');
    expect(block?.text).toBe('http://epthinktank.eu (blog)');
    expect(slices(block)).toEqual(['link:http://epthinktank.eu']);
  });

  it('turns soft and hard line breaks into single spaces', () => {
    const [block] = parse('one\ntwo  \nthree\\\nfour   five');
    expect(block?.text).toBe('one two three four five');
  });

  it('drops images and inline HTML tags but keeps a <br> as a space', () => {
    const [block] = parse('Logo ![foc_logo](logo.png)text <b>bold</b><br>next');
    expect(block?.text).toBe('Logo text bold next');
  });

  it('does not start or end marks on whitespace', () => {
    const [block] = parse('a [ spaced link ](#) b');
    expect(block?.text).toBe('a spaced link b');
    expect(slices(block)).toEqual(['link:spaced link']);
  });

  it('marks superscript footnote numbers', () => {
    const [block] = parse('resolutions⁶ and adopted,¹⁰ not 10 m² of floor');
    expect(slices(block)).toEqual(['footnote-ref:⁶', 'footnote-ref:¹⁰']);
  });

  it('counts offsets in UTF-16 code units', () => {
    const [block] = parse('𝒜 emoji 😀 then [link](#)');
    expect(block && block.text.slice(block.marks?.[0]?.start, block.marks?.[0]?.end)).toBe('link');
    // 𝒜 and 😀 are two code units each.
    expect(block?.marks?.[0]?.start).toBe(17);
  });
});

describe('parseMarkdown: blocks', () => {
  it('returns nothing for empty or blank input', () => {
    expect(parse('')).toEqual([]);
    expect(parse(' \n\t\n\u00a0\n')).toEqual([]);
  });

  it('keeps marked headings with their level and does not infer others', () => {
    const blocks = parse(
      '# Title\n\nIntro text.\n\nShort line\n\nMore prose follows here.\n\n## Part',
    );
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['paragraph', undefined],
      ['paragraph', undefined],
      ['paragraph', undefined],
      ['heading', 2],
    ]);
  });

  it('makes each list item a block, flattening nested lists', () => {
    const blocks = parse('- one\n- two\n  - two.a\n  - two.b\n- three\n\n1. first\n2. second');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'one'],
      ['list-item', 'two'],
      ['list-item', 'two.a'],
      ['list-item', 'two.b'],
      ['list-item', 'three'],
      ['list-item', 'first'],
      ['list-item', 'second'],
    ]);
  });

  it('joins the paragraphs of a loose list item', () => {
    const blocks = parse('- first para\n\n  second para\n- next');
    expect(blocks.map((b) => b.text)).toEqual(['first para second para', 'next']);
  });

  it('reads block quotes as quotes', () => {
    const blocks = parse('> Quoted **words**\n> continue.\n>\n> Second.');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['quote', 'Quoted words continue.'],
      ['quote', 'Second.'],
    ]);
  });

  it('drops thematic breaks, definitions and comments; keeps code and HTML words', () => {
    const blocks = parse(
      'Before.\n\n---\n\n[ref]: https://x.example\n\n<!-- hidden -->\n\n```\nconst  a = 1;\n```\n\n<div>Boxed words</div>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Before.', 'const a = 1;', 'Boxed words']);
  });

  it('normalises CRLF, BOM and no-break spaces', () => {
    const blocks = parse('\uFEFFFirst\u00a0line.\r\nSame paragraph.\r\n\r\nNext one.');
    expect(blocks.map((b) => b.text)).toEqual(['First line. Same paragraph.', 'Next one.']);
  });
});

describe('parseMarkdown: markdown-ish sources without marked headings', () => {
  const source = [
    'A Title Line',
    'A subtitle, perhaps?',
    'SUMMARY',
    'The summary is a long prose paragraph that ends in a full stop.',
    'IN THIS BRIEFING',
    '- Background',
    '- Findings',
    'Background',
    'Some background prose, ending properly.',
    'Details',
    'More prose about the details, and it is a sentence.',
    'Findings',
    'We found things, and wrote them down.',
    'eprs@ep.europa.eu (contact)',
    '12 March 2022',
  ].join('\n\n');

  it('infers title, sections and subsections', () => {
    const blocks = parse(source);
    expect(blocks.map((b) => (b.kind === 'heading' ? `h${b.level} ${b.text}` : b.kind))).toEqual([
      'h1 A Title Line',
      'paragraph',
      'h2 SUMMARY',
      'paragraph',
      'h2 IN THIS BRIEFING',
      'list-item',
      'list-item',
      'h2 Background',
      'paragraph',
      'h3 Details',
      'paragraph',
      'h2 Findings',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('joins a paragraph split mid-sentence, but not after a short line', () => {
    const long =
      'This paragraph goes on and on about the matter at hand, and it has clearly not finished when';
    const blocks = parse(`${long} the source\n\nbreaks it here.\n\nHeading\n\nlowercase start.`);
    expect(blocks.map((b) => b.text)).toEqual([
      `${long} the source breaks it here.`,
      'Heading',
      'lowercase start.',
    ]);
  });
});
