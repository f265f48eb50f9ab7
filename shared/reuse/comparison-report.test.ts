/**
 * A comparison as rows in reading order and as exports: every paragraph appears once, removed
 * ones where they stood, changes marked, verbs named; cells escaped so a table stays a table.
 */
import { describe, expect, it } from 'vitest';
import type { ComparedBlock } from './compare-versions';
import { compareVersions } from './compare-versions';
import {
  comparisonCsv,
  comparisonMarkdown,
  comparisonRows,
  comparisonSummary,
  isChange,
  markedWording,
  sideWording,
} from './comparison-report';

const op = (n: string, text: string): ComparedBlock => ({
  kind: 'paragraph',
  text: `${n}. ${text}`,
  ref: { unit: 'operative', path: [n] },
});

const before = [
  op('1', 'Reaffirms the right to privacy in the digital age;'),
  op('2', 'Encourages all States to review their procedures on surveillance;'),
  op('3', 'Invites the High Commissioner to report on the protection of privacy | online;'),
  op('4', 'Decides to remain seized of the matter.'),
];
const after = [
  op('1', 'Reaffirms the right to privacy in the digital age;'),
  op('2', 'Calls upon all States to review their procedures on surveillance;'),
  op('3', 'Decides to remain seized of the matter.'),
  op('4', 'Requests the Secretary-General to convene a meeting of experts on encryption.'),
];
const texts = {
  oldTitle: 'Draft 2023',
  newTitle: 'Draft 2025',
  oldTexts: before.map((b) => b.text),
  newTexts: after.map((b) => b.text),
};

describe('a comparison in reading order', () => {
  const comparison = compareVersions(before, after);
  const rows = comparisonRows(comparison);

  it('lists every paragraph once, a removed one where it stood in the old version', () => {
    expect(rows.map((row) => [row.change, row.old, row.new])).toEqual([
      ['same', 'OP 1', 'OP 1'],
      ['changed', 'OP 2', 'OP 2'],
      ['removed', 'OP 3', null],
      ['same', 'OP 4', 'OP 3'],
      ['added', null, 'OP 4'],
    ]);
    expect(rows.filter(isChange)).toHaveLength(3);
  });

  it('names the lead verb made stronger and counts the changes', () => {
    expect(rows[1]?.leadVerb).toEqual({
      old: 'Encourages',
      new: 'Calls upon',
      direction: 'stronger',
    });
    expect(comparisonSummary(rows)).toBe(
      '2 same, 1 changed, 0 moved, 1 added, 1 removed; lead verbs: 1 stronger, 0 weaker',
    );
  });

  it('exports a Markdown table whose cells cannot break it', () => {
    const markdown = comparisonMarkdown(comparison, texts);
    expect(markdown).toContain('| Old | New | Change | Lead verb | Wording |');
    expect(markdown).toContain('~~Encourages~~');
    expect(markdown).toContain('**Calls**');
    expect(markdown).toContain('Encourages → Calls upon (stronger)');
    expect(markdown).toContain('privacy \\| online');
    // Header, separator and one line per row: no cell spilled into a new row.
    expect(markdown.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(
      2 + rows.length,
    );
  });

  it('exports CSV with both texts and the marked wording', () => {
    const csv = comparisonCsv(comparison, texts);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Old,New,Change,Lead verb (old),Lead verb (new),Direction,Old text,New text,Marked wording',
    );
    expect(lines).toHaveLength(1 + rows.length);
    expect(lines[2]).toContain('[-Encourages-]');
    expect(lines[2]).toContain('stronger');
  });

  it('keeps printed numbers and punctuation in the marked wording', () => {
    const changed = rows.find((row) => row.change === 'changed');
    expect(
      changed && markedWording(changed, (w) => (w.op === 'same' ? w.text : `<${w.text}>`)),
    ).toBe('2. <Encourages> <Calls> <upon> all States to review their procedures on surveillance;');
    expect(comparisonMarkdown(comparison, texts)).toContain(
      '| 2. ~~Encourages~~ **Calls** **upon** all States to review their procedures on surveillance; |',
    );
    expect(changed && sideWording(changed, 'old')).toEqual([
      { text: '2. ', marked: false },
      { text: 'Encourages', marked: true },
      { text: ' ', marked: false },
      { text: 'all', marked: false },
      { text: ' ', marked: false },
      { text: 'States', marked: false },
      { text: ' ', marked: false },
      { text: 'to', marked: false },
      { text: ' ', marked: false },
      { text: 'review', marked: false },
      { text: ' ', marked: false },
      { text: 'their', marked: false },
      { text: ' ', marked: false },
      { text: 'procedures', marked: false },
      { text: ' ', marked: false },
      { text: 'on', marked: false },
      { text: ' ', marked: false },
      { text: 'surveillance', marked: false },
      { text: ';', marked: false },
    ]);
  });
});
