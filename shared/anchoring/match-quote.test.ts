import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, randomBlocks } from './testing/random-text';
import { describeRange } from './describe';
import { matchQuote } from './match-quote';
import type { QuoteToFind } from './match-quote';
import { propertyRuns } from '../testing/mutation-run';

const UDHR =
  'Article 18. Everyone has the right to freedom of thought, conscience and religion. ' +
  'Article 19. Everyone has the right to freedom of opinion and expression; this right includes ' +
  'freedom to hold opinions without interference. Article 20. Everyone has the right to freedom ' +
  'of peaceful assembly and association. No one may be compelled to belong to an association.';

function quoteAt(text: string, passage: string, occurrence = 1): QuoteToFind {
  let at = -1;
  for (let i = 0; i < occurrence; i += 1) at = text.indexOf(passage, at + 1);
  return describeRange(text, at, at + passage.length).quote;
}

describe('matchQuote', () => {
  it('finds an exact quote where it is, with a perfect score', () => {
    const quote = quoteAt(UDHR, 'freedom of opinion and expression');
    const at = UDHR.indexOf('freedom of opinion and expression');
    expect(matchQuote(UDHR, quote, { hint: at })).toEqual({
      start: at,
      end: at + 33,
      score: 1,
      kind: 'exact',
    });
  });

  it('finds a quote that moved', () => {
    const quote = quoteAt(UDHR, 'freedom of opinion and expression');
    const moved = `A preamble was added at the top.\n\n${UDHR}`;
    const match = matchQuote(moved, quote, { hint: 10 });
    expect(match?.kind).toBe('exact');
    expect(match?.start).toBe(moved.indexOf('freedom of opinion and expression'));
  });

  it('resolves a passage quoted in several places by its context', () => {
    // "Everyone has the right to freedom" occurs three times; the stored context says which.
    const quote = quoteAt(UDHR, 'Everyone has the right to freedom', 2);
    const second = UDHR.indexOf('Article 19. Everyone') + 'Article 19. '.length;
    // Even with a hint pointing at the first copy, context wins.
    expect(matchQuote(UDHR, quote, { hint: 0 })?.start).toBe(second);
    expect(matchQuote(UDHR, quote)?.start).toBe(second);
  });

  it('resolves identical copies in identical surroundings by the hint', () => {
    const para = 'The same rights that people have offline must also be protected online.';
    const text = [para, para, para].join(' ');
    const quote = { exact: 'must also be protected', prefix: '', suffix: '' };
    const starts = [0, 1, 2].map((i) => i * (para.length + 1) + para.indexOf(quote.exact));
    for (const start of starts) {
      expect(matchQuote(text, quote, { hint: start + 3 })?.start).toBe(start);
    }
  });

  it('finds a quote with small edits inside it, fuzzily', () => {
    const quote = quoteAt(UDHR, 'freedom to hold opinions without interference');
    const edited = UDHR.replace('hold opinions without', 'hold opinion, without');
    const match = matchQuote(edited, quote, { hint: 0 });
    expect(match?.kind).toBe('fuzzy');
    expect(edited.slice(match?.start, match?.end)).toBe(
      'freedom to hold opinion, without interference',
    );
    expect(match?.score).toBeGreaterThan(0.9);
    expect(match?.score).toBeLessThan(1);
  });

  it('orphans a heavily edited short quote instead of jumping to a look-alike', () => {
    const text =
      'States shall protect the right to food. Elsewhere: the right to work is protected.';
    const quote = quoteAt(text, 'the right to food');
    // Reworded past recognition, while the look-alike "the right to work" is 3 edits away.
    const edited = text.replace('the right to food', 'an entitlement to nourishment');
    expect(matchQuote(edited, quote, { hint: 21 })).toBeNull();
    // The look-alike is rejected even without the edited original nearby.
    const deleted = text.replace('the right to food', 'security');
    expect(matchQuote(deleted, quote, { hint: 21 })).toBeNull();
  });

  it('orphans a deleted passage', () => {
    const quote = quoteAt(UDHR, 'No one may be compelled to belong to an association.');
    const deleted = UDHR.replace(' No one may be compelled to belong to an association.', '');
    expect(matchQuote(deleted, quote, { hint: deleted.length })).toBeNull();
  });

  it('handles Japanese, emoji and combining marks', () => {
    const japanese =
      '第十九条 すべて人は、意見及び表現の自由に対する権利を有する。この権利は、干渉を受けることなく自己の意見をもつ自由を含む。';
    const quote = quoteAt(japanese, '意見及び表現の自由に対する権利');
    const edited = `前文。${japanese.replace('意見及び表現の自由に対する権利', '意見及び表現の自由に対す権利')}`;
    const match = matchQuote(edited, quote, { hint: 0 });
    expect(match?.kind).toBe('fuzzy');
    expect(edited.slice(match?.start, match?.end)).toBe('意見及び表現の自由に対す権利');

    const emoji = 'Rights 🌍 online and offline 🔒 for everyone, everywhere 👩🏽‍💻 always.';
    const emojiQuote = quoteAt(emoji, '🌍 online and offline 🔒');
    const changed = `Intro. ${emoji.replace('🔒', '🔓')}`;
    const found = matchQuote(changed, emojiQuote, { hint: 0 });
    expect(found).not.toBeNull();
    // A fuzzy end must not stop between the halves of the changed emoji.
    const end = found?.end ?? 0;
    const code = changed.charCodeAt(end - 1);
    expect(code >= 0xd800 && code <= 0xdbff).toBe(false);
    expect(changed.slice(found?.start, end)).toBe('🌍 online and offline 🔓');

    const accents =
      'La de\u0301claration universelle des droits de l’homme, adopte\u0301e en 1948.';
    const accentQuote = quoteAt(accents, 'de\u0301claration universelle');
    const composed = `Préambule. ${accents.normalize('NFC')}`;
    const composedMatch = matchQuote(composed, accentQuote, { hint: 0 });
    expect(composed.slice(composedMatch?.start, composedMatch?.end)).toBe(
      'déclaration universelle',
    );
  });

  it('finds a long passage that moved and was edited, via its ends', () => {
    const random = createRandom(7);
    const text = randomBlocks(random, 60_000).join('\n\n');
    const { quote } = describeRange(text, 20_000, 23_000);
    const exact = quote.exact;
    const edited = `${exact.slice(0, 1000)}[inserted]${exact.slice(1020, 2000)}${exact.slice(2005)}`;
    const newText = `${'New preface. '.repeat(500)}${text.replace(exact, edited)}`;
    const match = matchQuote(newText, quote, { hint: 20_000 });
    expect(match?.kind).toBe('fuzzy');
    expect(match?.start).toBe(newText.indexOf(edited));
    expect(match?.end).toBe(newText.indexOf(edited) + edited.length);
  });

  it('stays fast on a 1.5 MB document', () => {
    const random = createRandom(3);
    const text = randomBlocks(random, 1_500_000).join('\n\n');
    const { quote } = describeRange(text, 1_000_000, 1_000_200);
    const edited = quote.exact.slice(0, 60) + 'xyz' + quote.exact.slice(66);
    const newText = `${'Added. '.repeat(2000)}${text.replace(quote.exact, edited)}`;
    const started = performance.now();
    const match = matchQuote(newText, quote, { hint: 1_000_000 });
    const absent = matchQuote(newText, { ...quote, exact: 'Q'.repeat(200) }, { hint: 0 });
    const elapsed = performance.now() - started;
    expect(match?.kind).toBe('fuzzy');
    expect(absent).toBeNull();
    // Typically ~50 ms for both; the bound only catches a blow-up.
    expect(elapsed).toBeLessThan(2000);
  });

  it('scores fall as the quote gets worse', () => {
    const random = createRandom(11);
    const text = randomBlocks(random, 20_000).join('\n\n');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: text.length - 200 }),
        fc.integer({ min: 40, max: 150 }),
        fc.uniqueArray(fc.integer({ min: 2, max: 37 }), { minLength: 1, maxLength: 10 }),
        (start, length, positions) => {
          const { quote, position } = describeRange(text, start, start + length);
          let worse = quote.exact;
          let previous = matchQuote(text, quote, { hint: position.start })?.score ?? 0;
          for (const at of positions) {
            // A character found nowhere in the text: each substitution costs exactly one edit.
            worse = `${worse.slice(0, at)}\u{E000}${worse.slice(at + 1)}`;
            const score =
              matchQuote(text, { ...quote, exact: worse }, { hint: position.start })?.score ?? 0;
            expect(score).toBeLessThanOrEqual(previous + 1e-9);
            previous = score;
          }
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });

  it('misses a long passage edited at both ends and moved far away, as its search by pieces must', () => {
    // A quote over 128 characters is searched by its first and last 64 (16 edits each); with
    // 20 edits in each, neither is found, although the whole is within its 50-edit budget.
    const random = createRandom(5);
    const letters = Array.from({ length: 30_000 }, () =>
      String.fromCharCode(97 + Math.floor(random() * 26)),
    ).join('');
    const at = 1000;
    const exact = letters.slice(at, at + 200);
    const quote = {
      exact,
      prefix: letters.slice(at - 32, at),
      suffix: letters.slice(at + 200, at + 232),
    };
    const edited = [...exact]
      .map((character, i) => ((i < 60 || i >= 140) && i % 3 === 0 ? 'Z' : character))
      .join('');
    const rest = letters.slice(0, at) + letters.slice(at + 200);
    const moved = rest.slice(0, 20_000) + edited + rest.slice(20_000);
    expect(matchQuote(moved, quote, { hint: at })).toBeNull();
  });
});
