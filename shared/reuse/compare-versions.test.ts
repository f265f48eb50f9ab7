/**
 * Comparing two drafts of a resolution written for the test, with planted changes: a reworded
 * paragraph, a move, an addition, a removal and leading verbs made stronger and weaker. Every
 * paragraph must be paired (or left over) as planted.
 */
import { describe, expect, it } from 'vitest';
import { withStructure } from '../structure/recognise-structure';
import { parseDocument } from '../text/parse-document';
import { compareVersions } from './compare-versions';
import { leadVerb, verbDirection } from './lead-verb';

const DRAFT_2023 = `The right to privacy in the digital age

The General Assembly,

Reaffirming the purposes and principles of the Charter of the United Nations,

Recalling the Universal Declaration of Human Rights and relevant international human rights treaties,

Noting that the rapid pace of technological development enables individuals all over the world to use new information and communications technologies,

Deeply concerned at the negative impact that surveillance and interception of communications may have on the exercise and enjoyment of human rights,

1. Reaffirms the right to privacy, according to which no one shall be subjected to arbitrary or unlawful interference with his or her privacy;

2. Encourages all States to review their procedures, practices and legislation regarding the surveillance of communications;

3. Condemns the unlawful collection of personal data by State and non-State actors;

4. Invites the United Nations High Commissioner for Human Rights to submit a report on the protection of privacy;

5. Decides to examine the question at its next session under the item entitled promotion and protection of human rights.`;

const DRAFT_2025 = `The right to privacy in the digital age

The General Assembly,

Reaffirming the purposes and principles of the Charter of the United Nations,

Noting that the rapid pace of technological development enables individuals all over the world to use new information and communications technologies,

Recalling the Universal Declaration of Human Rights and relevant international human rights treaties,

Deeply concerned at the negative impact that surveillance and interception of communications may have on the exercise and enjoyment of human rights,

Welcoming the work of the Special Rapporteur on the right to privacy,

1. Reaffirms the right to privacy, according to which no one shall be subjected to arbitrary or unlawful interference with his or her privacy, online and offline;

2. Calls upon all States to review their procedures, practices and legislation regarding the surveillance of communications;

3. Strongly condemns the unlawful collection of personal data by State and non-State actors;

4. Encourages the United Nations High Commissioner for Human Rights to submit a report on the protection of privacy;`;

function blocks(source: string) {
  return withStructure(parseDocument(source, 'text').blocks);
}

describe('comparing two versions', () => {
  const before = blocks(DRAFT_2023);
  const after = blocks(DRAFT_2025);
  const comparison = compareVersions(before, after);
  const pair = (oldName: string) => comparison.pairs.find((p) => p.old === oldName);

  it('keeps unchanged paragraphs as the same, renumbered or not', () => {
    expect(pair('PP 1')).toMatchObject({ new: 'PP 1', change: 'same', words: [] });
    expect(pair('PP 4')).toMatchObject({ new: 'PP 4', change: 'same' });
  });

  it('names a paragraph that changed place as moved, with both references', () => {
    const moves = comparison.pairs.filter((p) => p.change === 'moved');
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ reworded: false });
    // Either of the swapped preambular paragraphs may be the one that moved.
    expect([
      ['PP 2', 'PP 3'],
      ['PP 3', 'PP 2'],
    ]).toContainEqual([moves[0]?.old, moves[0]?.new]);
  });

  it('marks the words of a changed paragraph', () => {
    const changed = pair('OP 1');
    expect(changed).toMatchObject({ new: 'OP 1', change: 'changed' });
    expect(
      changed?.words.filter((w) => w.op !== 'same').map(({ op, text }) => ({ op, text })),
    ).toEqual([
      { op: 'added', text: 'online' },
      { op: 'added', text: 'and' },
      { op: 'added', text: 'offline' },
    ]);
  });

  it('keeps what stands between the words: printed numbers and punctuation, on each side', () => {
    const changed = pair('OP 1');
    const newSide = (changed?.words ?? [])
      .filter((w) => w.op !== 'removed')
      .map((w) => `${w.before ?? ''}${w.text}`)
      .join('');
    const oldSide = (changed?.words ?? [])
      .filter((w) => w.op !== 'added')
      .map((w) => `${(w.op === 'same' ? w.oldBefore : w.before) ?? ''}${w.text}`)
      .join('');
    expect(`${newSide}${changed?.tails?.new ?? ''}`).toBe(after[changed?.newIndex ?? -1]?.text);
    expect(`${oldSide}${changed?.tails?.old ?? ''}`).toBe(before[changed?.oldIndex ?? -1]?.text);
    // The new text starts with its printed number and ends with its punctuation.
    expect(newSide).toMatch(/^1\. Reaffirms the right to privacy, according/);
  });

  it('names lead-verb changes and their direction on the stated scale', () => {
    expect(pair('OP 2')?.leadVerb).toEqual({
      old: 'Encourages',
      new: 'Calls upon',
      direction: 'stronger',
    });
    expect(pair('OP 3')?.leadVerb).toEqual({
      old: 'Condemns',
      new: 'Strongly condemns',
      direction: 'stronger',
    });
    expect(pair('OP 4')?.leadVerb).toEqual({
      old: 'Invites',
      new: 'Encourages',
      direction: 'stronger',
    });
    expect(pair('OP 1')?.leadVerb).toBeUndefined();
  });

  it('lists what was added and removed by reference', () => {
    expect(comparison.added.map((a) => a.name)).toEqual(['PP 5']);
    expect(comparison.removed.map((r) => r.name)).toEqual(['OP 5']);
  });
});

describe('leading verbs', () => {
  it('reads the verb after a number and past "also"', () => {
    expect(leadVerb('5. Also encourages States to act')?.text).toBe('encourages');
    expect(leadVerb('Urges all States')).toMatchObject({ scale: 'exhortation', strength: 5 });
    expect(leadVerb('3. Exhorte tous les États')).toMatchObject({
      scale: 'exhortation',
      strength: 5,
    });
    expect(leadVerb('Condamne fermement les attaques')).toMatchObject({
      scale: 'condemnation',
      strength: 5,
    });
    expect(leadVerb('Takes note of the report')).toMatchObject({ text: 'Takes', scale: null });
  });

  it('ranks by the scale and calls cross-scale changes other', () => {
    const v = (text: string) => leadVerb(text)!;
    expect(verbDirection(v('Urges'), v('Encourages'))).toBe('weaker');
    expect(verbDirection(v('Encourages'), v('Demands'))).toBe('stronger');
    expect(verbDirection(v('Requests'), v('Calls upon'))).toBe('other');
    expect(verbDirection(v('Condemns'), v('Urges'))).toBe('other');
    expect(verbDirection(v('Notes'), v('Welcomes'))).toBe('other');
  });
});
