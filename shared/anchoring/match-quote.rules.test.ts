/**
 * The rules inside matchQuote, each pinned where a slip would show: how a score is weighed, how
 * stored context is compared at the edges of a document, which of hundreds of occurrences are
 * compared at all, and how a long quote is found by its ends.
 */
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH } from './describe';
import { matchQuote, scoreExactAt } from './match-quote';

/** A character that occurs in none of the texts below, so each use costs exactly one edit. */
const ALIEN = '\u{E000}';

/** `count` distinct filler words ("w0 w1 w2 …"), so no piece of the filler repeats. */
function filler(count: number, tag = 'w'): string {
  return Array.from({ length: count }, (_, i) => `${tag}${i}`).join(' ');
}

describe('the score', () => {
  // quote 50, prefix 20, suffix 20, position 2, out of 92.
  it('weighs a quote with agreeing context by its distance from the hint, 2 parts in 92', () => {
    const prefix = 'the text before the quote here: ';
    const exact = 'the passage that was quoted by the analyst';
    const suffix = ' and the text after it, written.';
    const text = `${prefix}${exact}${suffix}`;
    const quote = { exact, prefix, suffix };
    expect(matchQuote(text, quote, { hint: prefix.length })?.score).toBe(1);
    // The hint 20 characters off, in a text of 116: position score 1 − 20/116.
    const off = matchQuote(text, quote, { hint: prefix.length + 20 });
    expect(off?.start).toBe(prefix.length);
    expect(off?.score).toBeCloseTo((90 + 2 * (1 - 20 / text.length)) / 92, 12);
    // Without a hint, position counts in full.
    expect(matchQuote(text, quote)?.score).toBe(1);
    expect(scoreExactAt(text, quote, prefix.length)).toBe(1);
  });

  it('loses 20 parts in 92 for a prefix that disagrees entirely, and 20 for a suffix', () => {
    const exact = 'the passage that was quoted by the analyst';
    const before = filler(12);
    const after = filler(12, 'v');
    const text = `${before} ${exact} ${after}`;
    const start = before.length + 1;
    const prefix = ALIEN.repeat(CONTEXT_LENGTH);
    const suffix = ALIEN.repeat(CONTEXT_LENGTH);
    expect(matchQuote(text, { exact, prefix, suffix: '' }, { hint: start })?.score).toBeCloseTo(
      72 / 92,
      12,
    );
    expect(matchQuote(text, { exact, prefix: '', suffix }, { hint: start })?.score).toBeCloseTo(
      72 / 92,
      12,
    );
    // Half the prefix wrong (its start): half the prefix's weight.
    const halfPrefix = `${ALIEN.repeat(16)}${before.slice(-15)} `;
    expect(
      matchQuote(text, { exact, prefix: halfPrefix, suffix: '' }, { hint: start })?.score,
    ).toBeCloseTo(82 / 92, 12);
    // Half the suffix wrong (its end): half the suffix's weight.
    const halfSuffix = ` ${after.slice(0, 15)}${ALIEN.repeat(16)}`;
    expect(
      matchQuote(text, { exact, prefix: '', suffix: halfSuffix }, { hint: start })?.score,
    ).toBeCloseTo(82 / 92, 12);
  });

  it('loses a quote similarity of one edit per quoted character, 50 parts in 92', () => {
    const prefix = 'the text before the quote here: ';
    const exact = 'the passage that was quoted by the analyst, in full'; // 51 characters
    const suffix = ' and the text after it, written.';
    const quote = { exact, prefix, suffix };
    const edited = `${exact.slice(0, 10)}${ALIEN}${ALIEN}${exact.slice(12)}`;
    const text = `${prefix}${edited}${suffix}`;
    const found = matchQuote(text, quote, { hint: prefix.length });
    expect(found).toMatchObject({ start: prefix.length, end: prefix.length + 51, kind: 'fuzzy' });
    expect(found?.score).toBeCloseTo((50 * (1 - 2 / 51) + 42) / 92, 12);
  });

  it('scoreExactAt gives the score matchQuote gives the same place, hinted there', () => {
    const text = `${filler(30)} Article 19 protects opinion. ${filler(30, 'v')}`;
    const start = text.indexOf('Article 19');
    const quote = { exact: 'Article 19 protects opinion.', prefix: 'x w29 ', suffix: ' v0 v1' };
    const found = matchQuote(text, quote, { hint: start });
    expect(found?.start).toBe(start);
    expect(scoreExactAt(text, quote, start)).toBe(found?.score);
    expect(scoreExactAt(text, quote, start)).toBeLessThan(1);
    expect(scoreExactAt(text, { ...quote, prefix: ' w28 w29 ' }, start)).toBe(1);
  });
});

describe('stored context beyond the edge of the document', () => {
  it('counts half an edit per missing prefix character, and compares what is there', () => {
    // The quote now opens the document: its 32-character prefix has nothing before it.
    const exact = 'Everyone has the right to freedom of opinion and expression';
    const suffix = '; this right includes freedom to';
    const prefix = 'Article 19 of the Declaration: ';
    const text = `${exact}${suffix} hold opinions.`;
    const found = matchQuote(text, { exact, prefix, suffix }, { hint: 0 });
    expect(found?.start).toBe(0);
    // 31 missing characters at half an edit: prefix similarity 1 − 15.5/31.
    expect(found?.score).toBeCloseTo((50 + 20 * 0.5 + 20 + 2) / 92, 12);
    // Two characters of the prefix visible and agreeing ("n:" is not; ": " is).
    const shifted = `: ${text}`;
    const seen = matchQuote(shifted, { exact, prefix, suffix }, { hint: 2 });
    expect(seen?.start).toBe(2);
    expect(seen?.score).toBeCloseTo((50 + 20 * (1 - (29 * 0.5) / 31) + 20 + 2) / 92, 12);
    // Two visible characters that disagree cost a full edit each.
    const wrong = `${ALIEN}${ALIEN}${text}`;
    const unseen = matchQuote(wrong, { exact, prefix, suffix }, { hint: 2 });
    expect(unseen?.score).toBeCloseTo((50 + 20 * (1 - (29 * 0.5 + 2) / 31) + 20 + 2) / 92, 12);
  });

  it('counts half an edit per missing suffix character, and compares what is there', () => {
    const exact = 'Everyone has the right to freedom of opinion and expression';
    const prefix = 'Article 19 of the Declaration: ';
    const suffix = '; this right includes freedom to';
    const text = `Preamble. ${prefix}${exact}`;
    const start = text.indexOf(exact);
    const found = matchQuote(text, { exact, prefix, suffix }, { hint: start });
    expect(found?.start).toBe(start);
    expect(found?.score).toBeCloseTo((50 + 20 + 20 * 0.5 + 2) / 92, 12);
    const seen = matchQuote(`${text}; `, { exact, prefix, suffix }, { hint: start });
    expect(seen?.score).toBeCloseTo((50 + 20 + 20 * (1 - (30 * 0.5) / 32) + 2) / 92, 12);
    const wrong = matchQuote(`${text}${ALIEN}${ALIEN}`, { exact, prefix, suffix }, { hint: start });
    expect(wrong?.score).toBeCloseTo((50 + 20 + 20 * (1 - (30 * 0.5 + 2) / 32) + 2) / 92, 12);
  });
});

describe('a quote that occurs hundreds of times', () => {
  // Beyond 256 occurrences only those whose neighbouring characters agree longest with the
  // stored context are compared in full, then those nearest the hint.
  const exact = 'Article 5 applies.';
  const prefix = 'under the Convention on Torture, ';
  const suffix = ' as the Committee found in 2019.';

  it('finds the one occurrence whose prefix and suffix both agree, however far down', () => {
    // 299 copies keep the prefix but not the suffix; the real one comes last, far from the hint.
    const decoy = `${prefix}${exact} unlike what the others say here.`;
    const text = `${Array.from({ length: 299 }, () => decoy).join('\n')}\n${prefix}${exact}${suffix}`;
    const start = text.lastIndexOf(exact);
    expect(matchQuote(text, { exact, prefix, suffix }, { hint: 0 })?.start).toBe(start);
  });

  it('finds it when only its prefix tells it apart', () => {
    const decoy = `unlike what the others say here. ${exact}${suffix}`;
    const text = `${Array.from({ length: 299 }, () => decoy).join('\n')}\n${prefix}${exact}${suffix}`;
    const start = text.lastIndexOf(exact);
    expect(matchQuote(text, { exact, prefix, suffix }, { hint: 0 })?.start).toBe(start);
  });

  it('prefers, among equally agreeing copies, the ones nearest the hint', () => {
    const copy = `${prefix}${exact}${suffix}`;
    const text = Array.from({ length: 300 }, () => copy).join('\n');
    for (const index of [0, 150, 280, 299]) {
      const start = index * (copy.length + 1) + prefix.length;
      expect(matchQuote(text, { exact, prefix, suffix }, { hint: start + 2 })?.start).toBe(start);
    }
  });

  it('keeps, among copies that agree equally but not wholly, the ones nearest the hint', () => {
    // The stored prefix differs from every copy's in its first character, so no copy is intact
    // and each is compared in full; only 256 of the 300 are, those nearest the hint.
    const copy = `${prefix}${exact}${suffix}`;
    const text = Array.from({ length: 300 }, () => copy).join('\n');
    const stored = { exact, prefix: `${ALIEN}${prefix.slice(1)}`, suffix };
    for (const index of [0, 20, 150, 280, 299]) {
      const start = index * (copy.length + 1) + prefix.length;
      expect(matchQuote(text, stored, { hint: start + 2 })?.start).toBe(start);
    }
  });

  it('compares the agreement character by character, nearest the quote first', () => {
    // Decoys agree with the prefix's last 20 characters and the suffix's first 20; the real
    // one agrees with 21 of each. Both sides must be counted outward from the quote.
    const decoy = `${ALIEN}${prefix.slice(-20)}${exact}${suffix.slice(0, 20)}${ALIEN}`;
    const real = `${ALIEN}${prefix.slice(-21)}${exact}${suffix.slice(0, 21)}${ALIEN}`;
    // (A document does not open with a decoy: context missing at the edge costs only half.)
    const copies = [ALIEN.repeat(64), ...Array.from({ length: 299 }, () => decoy)];
    const text = `${copies.join('')}${real}`;
    const start = text.lastIndexOf(exact);
    expect(matchQuote(text, { exact, prefix, suffix }, { hint: 0 })?.start).toBe(start);
    const suffixOnly = `${copies.join('')}${ALIEN}${prefix.slice(-20)}${exact}${suffix.slice(0, 21)}${ALIEN}`;
    expect(matchQuote(suffixOnly, { exact, prefix, suffix }, { hint: 0 })?.start).toBe(
      suffixOnly.lastIndexOf(exact),
    );
  });
});

describe('comparing the stored context', () => {
  const exact = 'the passage that was quoted by the analyst';
  const before = filler(12);
  const after = filler(12, 'v');
  const prefix = `${before} `.slice(-32);
  const suffix = ` ${after}`.slice(0, 32);

  it('costs text inserted right before or after the passage its length in edits', () => {
    const inserted = 'INSERTED!!'; // 10 characters
    const quote = { exact, prefix, suffix };
    const pushedBack = `${before} ${inserted}${exact} ${after}`;
    const start = pushedBack.indexOf(exact);
    expect(matchQuote(pushedBack, quote, { hint: start })?.score).toBeCloseTo(
      (50 + 20 * (1 - 10 / 32) + 20 + 2) / 92,
      12,
    );
    const pushedOn = `${before} ${exact}${inserted} ${after}`;
    expect(matchQuote(pushedOn, quote, { hint: start - 10 })?.score).toBeCloseTo(
      (50 + 20 + 20 * (1 - 10 / 32) + 2) / 92,
      12,
    );
  });

  it('reads the prefix from the text before the quote, never after it', () => {
    // 32 characters into the quote, the text reads like the stored prefix; the text before the
    // quote does not, so the prefix disagrees entirely.
    const stored = 'guarantees, to all persons, the ';
    const quoted = `Everyone has the right to seek: ${stored}information.`;
    const text = `${ALIEN.repeat(40)}${quoted}`;
    const found = matchQuote(text, { exact: quoted, prefix: stored, suffix: '' }, { hint: 40 });
    expect(found?.start).toBe(40);
    expect(found?.score).toBeCloseTo(72 / 92, 12);
  });

  it('reads the suffix from the text after the quote, never the quote’s own end', () => {
    const quoted = `Everyone has the right to freedom of opinion and expression.`;
    const quote = { exact: quoted, prefix: '', suffix: quoted.slice(-32) };
    const text = `${quoted}${ALIEN.repeat(40)}`;
    expect(matchQuote(text, quote, { hint: 0 })?.score).toBeCloseTo(72 / 92, 12);
  });

  it('compares a context longer than 64 characters (from another tool) by its nearest 64', () => {
    const longPrefix = `${ALIEN.repeat(36)}${filler(30).slice(-64)}`;
    const longSuffix = `${filler(30, 'v').slice(0, 64)}${ALIEN.repeat(36)}`;
    const text = `${filler(30)}${exact}${filler(30, 'v')}`;
    const start = text.indexOf(exact);
    const found = matchQuote(
      text,
      { exact, prefix: longPrefix, suffix: longSuffix },
      { hint: start },
    );
    expect(found).toMatchObject({ start, kind: 'exact', score: 1 });
  });

  it('judges a short quote’s context over both sides together: 20 edits in 64 still agree', () => {
    const short = 'Article 5 applies';
    const text = `${filler(20)}${short}${filler(20, 'v')}`;
    const start = text.indexOf(short);
    const agreeingPrefix = `${ALIEN.repeat(10)}${text.slice(start - 22, start)}`;
    const agreeingSuffix = `${text.slice(start + short.length, start + short.length + 22)}${ALIEN.repeat(10)}`;
    // 1 − 20/64 ≥ 0.5: accepted, though each side alone has 10 of 32 wrong.
    expect(
      matchQuote(text, { exact: short, prefix: agreeingPrefix, suffix: agreeingSuffix })?.start,
    ).toBe(start);
    // 34 edits of 64: below half, refused.
    const worse = `${ALIEN.repeat(17)}${text.slice(start - 15, start)}`;
    const worseSuffix = `${text.slice(start + short.length, start + short.length + 15)}${ALIEN.repeat(17)}`;
    expect(matchQuote(text, { exact: short, prefix: worse, suffix: worseSuffix })).toBeNull();
  });
});

describe('the text a match covers', () => {
  it('is the quote itself for an exact match, even where a combining mark follows', () => {
    const text = 'The cafe\u0301 on the corner hosted the first meeting of the committee.';
    const quote = { exact: 'The cafe', prefix: '', suffix: '\u0301 on the corner hosted the fir' };
    const found = matchQuote(text, quote, { hint: 0 });
    expect(found).toMatchObject({ start: 0, end: 8, kind: 'exact' });
  });

  it('takes in whole characters for a fuzzy match: never half an emoji, never a bare accent', () => {
    const prefix = 'the text before the quote here: ';
    const suffix = ' and the text after it, written.';
    const exact = 'the committee met in the old cafe';
    const text = `${prefix}the committee met in the new cafe\u0301${suffix}`;
    const found = matchQuote(text, { exact, prefix, suffix }, { hint: prefix.length });
    expect(found?.kind).toBe('fuzzy');
    expect(text.slice(found?.start, found?.end)).toBe('the committee met in the new cafe\u0301');
    const emoji = `${prefix}the committee met in the new cafe😀${suffix}`;
    const withEmoji = { exact: 'the committee met in the old cafe😀', prefix, suffix };
    const inEmoji = matchQuote(emoji.replace('😀', '😃'), withEmoji, { hint: prefix.length });
    expect(inEmoji?.kind).toBe('fuzzy');
    expect(emoji.replace('😀', '😃').slice(inEmoji?.start, inEmoji?.end)).toBe(
      'the committee met in the new cafe😃',
    );
  });
});

describe('a quote longer than 128 characters, found by its first and last 64', () => {
  // 300 characters, then replaced in the text by a copy with edits in chosen places; each edit
  // is a substitution, so the copy keeps the quote's length and the match's ends are exact.
  const quoted = (
    'Everyone has the right to freedom of thought, conscience and religion; this right includes ' +
    'freedom to change his religion or belief, and freedom, either alone or in community with ' +
    'others and in public or private, to manifest his religion or belief in teaching, practice, ' +
    'worship and observance, as Article 18 of the Universal Declaration says.'
  ).slice(0, 300);
  const withEdits = (ranges: readonly [number, number][]): string => {
    const chars = [...quoted];
    for (const [from, count] of ranges) {
      for (let i = 0; i < count; i += 1) chars[from + 3 * i] = ALIEN;
    }
    return chars.join('');
  };
  const place = (copy: string) => {
    const before = filler(400);
    const text = `${before} ${copy} ${filler(400, 'v')}`;
    return { text, start: before.length + 1 };
  };
  const quote = { exact: quoted, prefix: '', suffix: '' };

  it('finds a copy whose last 64 are intact, when the first 64 have too many edits', () => {
    // 20 edits in the first 64 (more than the 16 a piece may have), 20 in the middle.
    const { text, start } = place(
      withEdits([
        [0, 20],
        [100, 20],
      ]),
    );
    expect(matchQuote(text, quote, { hint: start })).toMatchObject({ start, end: start + 300 });
    expect(matchQuote(text, quote)).toMatchObject({ start, end: start + 300, kind: 'fuzzy' });
  });

  it('finds a copy whose first 64 are intact, when the last 64 have too many edits', () => {
    const { text, start } = place(
      withEdits([
        [100, 20],
        [237, 20],
      ]),
    );
    expect(matchQuote(text, quote)).toMatchObject({ start, end: start + 300, kind: 'fuzzy' });
  });

  it('verifies the hits nearest the hint first, when its opening recurs more than 32 times', () => {
    // Forty decoys open like the quote and then go elsewhere; the real copy, edited, comes last,
    // nearest the hint but beyond the 2,048 characters searched around it directly.
    const decoys = Array.from(
      { length: 40 },
      (_, i) => `${quoted.slice(0, 64)} ${filler(60, `d${i}x`)}`,
    );
    const copy = withEdits([[100, 20]]);
    const before = decoys.join(' ');
    const text = `${before} ${copy} ${filler(800, 'v')}`;
    const start = before.length + 1;
    expect(matchQuote(text, quote, { hint: text.length })).toMatchObject({
      start,
      end: start + 300,
    });
  });
});

describe('edited copies of a quote', () => {
  const prefix = 'the text before the quote here: ';
  const suffix = ' and the text after it, written.';
  const exact = 'Everyone has the right to freedom of peaceful assembly';

  it('are each scored: the second, whose context agrees, wins over the first', () => {
    const first = exact.replace('peaceful', 'peaceable');
    const second = exact.replace('peaceful', 'peacefu1');
    const text = `${filler(40)} ${first} ${filler(40, 'v')} ${prefix}${second}${suffix}`;
    const start = text.indexOf(second);
    expect(matchQuote(text, { exact, prefix, suffix })).toMatchObject({ start, kind: 'fuzzy' });
  });

  it('near the hint are found even where a copy with fewer edits lies elsewhere', () => {
    // A long quote, edited in place with 4 edits; an unrelated copy far away differs by 1.
    const long = `${exact}, and no one may be compelled to belong to an association.`;
    const inPlace = long.replace('Everyone', 'Every one').replace('compelled', 'compeled!');
    const lookAlike = long.replace('assembly', 'assemblx');
    const before = `${filler(1000)} ${prefix}`;
    const text = `${before}${inPlace}${suffix} ${filler(1000, 'v')} ${lookAlike}`;
    const start = before.length;
    const found = matchQuote(text, { exact: long, prefix, suffix }, { hint: start });
    expect(found).toMatchObject({ start, end: start + inPlace.length, kind: 'fuzzy' });
  });

  it('near the hint are not taken when their context disagrees and a better copy lies elsewhere', () => {
    const long = `${exact}, and no one may be compelled to belong to an association.`;
    const edited = long.replace('assembly', 'assemblx');
    const before = filler(1000);
    const text = `${before} ${edited} ${filler(1000, 'v')} ${prefix}${edited}${suffix}`;
    const far = text.lastIndexOf(edited);
    const found = matchQuote(text, { exact: long, prefix, suffix }, { hint: before.length + 1 });
    expect(found).toMatchObject({ start: far, kind: 'fuzzy' });
  });
});

describe('a quote of up to 128 characters', () => {
  it('is searched for whole: 17 edits packed in its middle do not hide it', () => {
    // Both its first and its last 64 characters hold all 17 edits (more than a piece may
    // have), yet the whole 100 are within the 25 edits a quote of 100 may have.
    const quoted = filler(40, 'q').slice(0, 100);
    const chars = [...quoted];
    for (let i = 38; i < 55; i += 1) chars[i] = ALIEN;
    const copy = chars.join('');
    const before = filler(200);
    const text = `${before} ${copy} ${filler(200, 'v')}`;
    const start = before.length + 1;
    expect(matchQuote(text, { exact: quoted, prefix: '', suffix: '' })).toMatchObject({
      start,
      end: start + 100,
      kind: 'fuzzy',
    });
  });
});

describe('an occurrence whose context agrees at least halfway', () => {
  // One side intact and the other entirely different: agreement exactly 0.5, the floor.
  const prefix = 'the text before the quote here: ';
  const suffix = ' and the text after it, written.';
  const exact = 'Everyone has the right to freedom of peaceful assembly';
  const elsewhere = ALIEN.repeat(48);

  it('found exactly, is taken at once: an edited copy at the hint with better context does not beat it', () => {
    const edited = exact.replace('peaceful', 'peacefu1');
    const before = `${filler(300)} ${prefix}`;
    const middle = `${exact}${elsewhere} ${filler(1000, 'v')} ${prefix}`;
    const text = `${before}${middle}${edited}${suffix}`;
    const hint = before.length + middle.length;
    expect(matchQuote(text, { exact, prefix, suffix }, { hint })).toMatchObject({
      start: before.length,
      kind: 'exact',
    });
  });

  it('found exactly, is not taken at once when its context agrees less than halfway', () => {
    // The exact copy has neither side of its context; the edited one at the hint has both.
    const edited = exact.replace('peaceful', 'peacefu1');
    const before = `${filler(300)} ${ALIEN.repeat(32)}`;
    const middle = `${exact}${elsewhere} ${filler(1000, 'v')} ${prefix}`;
    const text = `${before}${middle}${edited}${suffix}`;
    const hint = before.length + middle.length;
    expect(matchQuote(text, { exact, prefix, suffix }, { hint })).toMatchObject({
      start: hint,
      kind: 'fuzzy',
    });
  });

  it('edited in place at the hint, is taken without looking further for a copy with better context', () => {
    const here = exact.replace('peaceful', 'peacefu1');
    const there = exact.replace('assembly', 'assemblx');
    const before = `${filler(1000)} ${prefix}`;
    const text = `${before}${here}${elsewhere} ${filler(1000, 'v')} ${prefix}${there}${suffix}`;
    expect(matchQuote(text, { exact, prefix, suffix }, { hint: before.length })).toMatchObject({
      start: before.length,
      kind: 'fuzzy',
    });
  });
});

describe('a short quote far into the document', () => {
  it('is refused when neither side of its context agrees, however far from the start it lies', () => {
    // The prefix's length is measured against the text before the quote only where the quote
    // lies nearer the start than that; far down, a wrong prefix costs every one of its edits.
    const text = `${filler(200)} Article 5 ${filler(20, 'v')}`;
    const quote = { exact: 'Article 5', prefix: ALIEN.repeat(32), suffix: ALIEN.repeat(32) };
    expect(matchQuote(text, quote)).toBeNull();
    expect(matchQuote(text, quote, { hint: text.indexOf('Article 5') })).toBeNull();
  });
});
