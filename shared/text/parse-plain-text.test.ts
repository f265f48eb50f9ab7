/** Unit tests for the plain-text reader: lines, lists, links, whitespace and headings. */
import { describe, expect, it } from 'vitest';
import type { ParsedBlock } from '../model/document';
import { blockProblems } from './block-invariants';
import { parsePlainText } from './parse-plain-text';

function parse(source: string): ParsedBlock[] {
  const blocks = parsePlainText(source);
  expect(blockProblems(blocks)).toEqual([]);
  return blocks;
}

function kinds(blocks: readonly ParsedBlock[]): string[] {
  return blocks.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind));
}

describe('parsePlainText', () => {
  it('returns nothing for empty or blank input', () => {
    expect(parse('')).toEqual([]);
    expect(parse('\n\n \t \r\n\u00a0\uFEFF\n')).toEqual([]);
  });

  it('makes the first line the title and each further line a paragraph', () => {
    const blocks = parse('\n\nThe Title\nFirst paragraph.\n\nSecond paragraph.\n');
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 1, 'The Title'],
      ['paragraph', undefined, 'First paragraph.'],
      ['paragraph', undefined, 'Second paragraph.'],
    ]);
  });

  it('does not take a sentence for a title', () => {
    expect(kinds(parse('Just one sentence here.\nAnd another.'))).toEqual([
      'paragraph',
      'paragraph',
    ]);
  });

  it('reads "- ", "• " and "* " lines as list items without their marker', () => {
    const blocks = parse('Members:\n- one\n• two\n  * three\n+ not a bullet here');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Members:'],
      ['list-item', 'one'],
      ['list-item', 'two'],
      ['list-item', 'three'],
      ['paragraph', '+ not a bullet here'],
    ]);
  });

  it('normalises CRLF, BOM, tabs, no-break spaces and stray spaces', () => {
    const blocks = parse('\uFEFFTitle\r\n\r\n  Some\t\ttext\u00a0\u00a0with   gaps.  \r\nNext.\r');
    expect(blocks.map((b) => b.text)).toEqual(['Title', 'Some text with gaps.', 'Next.']);
  });

  it('keeps only the text of markdown links, with a link mark', () => {
    const [, block] = parse(
      'Title\nSee [the statement](https://example.org/a_(b)) and <https://x.org>.',
    );
    expect(block?.text).toBe('See the statement and https://x.org.');
    expect(block?.marks?.map((m) => block.text.slice(m.start, m.end))).toEqual([
      'the statement',
      'https://x.org',
    ]);
  });

  it('leaves brackets that are not links alone', () => {
    const [, block] = parse(
      'Title\n[日本語翻訳記事提供: 委員会]  協力パートナー:Open Global Rights',
    );
    expect(block?.text).toBe('[日本語翻訳記事提供: 委員会] 協力パートナー:Open Global Rights');
  });

  it('keeps ideographic spaces inside a block but trims them at its edges', () => {
    const [, block] = parse('Title\n\u3000日本語\u3000テキスト。\u3000');
    expect(block?.text).toBe('日本語\u3000テキスト。');
  });

  it('drops separator lines', () => {
    expect(parse('Title\n* * *\n-----\nText.').map((b) => b.text)).toEqual(['Title', 'Text.']);
  });

  it('infers headings from short lines followed by prose or a list', () => {
    const blocks = parse(
      [
        'Title',
        'Intro prose.',
        'What is being done?',
        'A paragraph answering it.',
        'Latest news',
        '- one',
        '- two',
        'Report a problem on this page',
        '- Date Modified:',
      ].join('\n'),
    );
    expect(kinds(blocks)).toEqual([
      'h1',
      'paragraph',
      'h2',
      'paragraph',
      'h2',
      'list-item',
      'list-item',
      'paragraph',
      'list-item',
    ]);
  });

  it('reads news cards with the headline as the only heading', () => {
    const card = [
      'Article',
      '3 January 2020',
      'A headline about things',
      'Author: Someone',
      '"Quote"...',
      'Read more',
    ];
    const blocks = parse(['Portal', ...card, ...card].join('\n\n'));
    expect(kinds(blocks).filter((k) => k !== 'paragraph')).toEqual(['h1', 'h2', 'h2']);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)[1]).toBe(
      'A headline about things',
    );
  });

  it('joins hard-wrapped prose up to blank lines', () => {
    const wrapped = [
      'A Wrapped Text',
      '',
      'This file was wrapped at a fixed width, as old plain-text',
      'documents often are, so its lines run on into the next',
      'line of the same paragraph.',
      '',
      'A second paragraph starts after a blank line and it, too,',
      'runs over more than one line.',
      '- a list entry that is',
      '  continued on an indented line',
    ].join('\n');
    expect(parse(wrapped).map((b) => [b.kind, b.text.slice(0, 30)])).toEqual([
      ['heading', 'A Wrapped Text'],
      ['paragraph', 'This file was wrapped at a fix'],
      ['paragraph', 'A second paragraph starts afte'],
      ['list-item', 'a list entry that is continued'],
    ]);
  });

  it('parses 5 MB of text without trouble', () => {
    const line = 'A line of prose that goes on for a while, as prose does in these pages.\n\n';
    const blocks = parsePlainText(line.repeat(Math.ceil(5_000_000 / line.length)));
    expect(blocks.length).toBeGreaterThan(60_000);
  });
});
