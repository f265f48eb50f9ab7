import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hanPreference, SIMPLIFIED_ONLY, TRADITIONAL_ONLY, type HanFace } from './han-preference';

/** The rule as first written: kana, then Hangul, then no Han at all, then the balance of forms. */
function byTheRule(paragraph: string): HanFace {
  if (/[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]/.test(paragraph)) return 'japanese';
  if (/[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/.test(paragraph))
    return 'korean';
  if (!/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(paragraph)) return 'simplifiedChinese';
  let balance = 0;
  for (const character of paragraph) {
    if (SIMPLIFIED_ONLY.includes(character)) balance += 1;
    else if (TRADITIONAL_ONLY.includes(character)) balance -= 1;
  }
  return balance < 0 ? 'traditionalChinese' : 'simplifiedChinese';
}

describe('hanPreference', () => {
  it('answers as the rule does for text of every script, Latin paragraphs settled early', () => {
    const character = fc.oneof(
      fc.constantFrom(...'abc é,.;—“”'),
      fc.constantFrom(...SIMPLIFIED_ONLY, ...TRADITIONAL_ONLY, '人', '権', 'の', 'カ', '한', 'ᄀ'),
      fc.integer({ min: 0x20, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), (characters) => {
        const paragraph = characters.join('');
        expect(hanPreference(paragraph)).toBe(byTheRule(paragraph));
      }),
      { numRuns: 5000 },
    );
  });
});
