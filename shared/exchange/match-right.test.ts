/**
 * The tag → right rule: colleagues' tags in several spellings and the six UN languages land on
 * the library's rights; ambiguous, archived and unrelated tags land nowhere.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RIGHTS } from '../model/right';
import {
  foldName,
  matchRight,
  similarity,
  SIMILARITY_FLOOR,
  type MatchableRight,
} from './match-right';

const library: MatchableRight[] = BUILT_IN_RIGHTS.map(({ id, name }) => ({ id, name }));
const EXPRESSION = 'right:expression';
const PRIVACY = 'right:privacy';
const ASSEMBLY = 'right:assembly-association';

describe('matchRight: the built-in rights', () => {
  it.each([
    ['Privacy', PRIVACY, 'exact'],
    ['privacy', PRIVACY, 'folded'],
    ['PRIVACY ', PRIVACY, 'folded'],
    ['freedom-of-expression', EXPRESSION, 'folded'],
    ['Freedom_of_Expression', EXPRESSION, 'folded'],
    ['right to privacy', PRIVACY, 'folded'],
    ['assembly & association', ASSEMBLY, 'folded'],
    ['FoE', EXPRESSION, 'alias'],
    ['foe', EXPRESSION, 'alias'],
    ['FoAA', ASSEMBLY, 'alias'],
    ['free speech', EXPRESSION, 'alias'],
    ['assembly', ASSEMBLY, 'alias'],
    ["liberté d'expression", EXPRESSION, 'translation'],
    ['Liberte d’expression', EXPRESSION, 'translation'],
    ['libertad de expresión', EXPRESSION, 'translation'],
    ['свобода выражения мнений', EXPRESSION, 'translation'],
    ['言论自由', EXPRESSION, 'translation'],
    ['حرية التعبير', EXPRESSION, 'translation'],
    ['vie privée', PRIVACY, 'translation'],
    ['Derecho a la privacidad', PRIVACY, 'translation'],
    ['隐私权', PRIVACY, 'translation'],
    ['الحق في الخصوصية', PRIVACY, 'translation'],
    ['Неприкосновенность частной жизни', PRIVACY, 'translation'],
    ["liberté de réunion et d'association", ASSEMBLY, 'translation'],
    ['集会和结社自由', ASSEMBLY, 'translation'],
    ['freedom of expresion', EXPRESSION, 'similar'],
    ['asociation', ASSEMBLY, 'similar'],
  ])('%s → %s (%s)', (tag, rightId, rule) => {
    expect(matchRight(tag, library)).toMatchObject({ rightId, rule });
  });

  it('leaves unrelated tags and short near-misses unmapped', () => {
    for (const tag of ['surveillance', 'piracy', 'Freedom', 'right to', '', '  ', '—']) {
      expect(matchRight(tag, library), tag).toBeNull();
    }
  });
});

describe('matchRight: the library the analyst built', () => {
  it('uses the analyst’s aliases, folded like names', () => {
    const rights = [...library, { id: 'r:edu', name: 'Education', aliases: ['RtE', 'schooling'] }];
    expect(matchRight('rte', rights)).toMatchObject({ rightId: 'r:edu', rule: 'alias' });
    expect(matchRight('Schooling!', rights)).toMatchObject({ rightId: 'r:edu', rule: 'alias' });
  });

  it('matches a part of a name joined by "and" in custom rights too', () => {
    const rights = [...library, { id: 'r:eq', name: 'Equality and non-discrimination' }];
    expect(matchRight('Non-discrimination', rights)).toMatchObject({
      rightId: 'r:eq',
      rule: 'part',
    });
  });

  it('prefers an earlier step: an exact custom right wins over a built-in alias', () => {
    const rights = [...library, { id: 'r:assembly', name: 'Assembly' }];
    expect(matchRight('assembly', rights)).toMatchObject({
      rightId: 'r:assembly',
      rule: 'folded',
    });
  });

  it('gives no answer when two rights match at the deciding step', () => {
    const rights = [
      { id: 'a', name: 'Health and work' },
      { id: 'b', name: 'Work and leisure' },
    ];
    expect(matchRight('work', rights)).toBeNull();
  });

  it('never maps to an archived right', () => {
    const rights = library.map((r) => (r.id === PRIVACY ? { ...r, archived: true } : r));
    expect(matchRight('Privacy', rights)).toBeNull();
    expect(matchRight('vie privée', rights)).toBeNull();
  });

  it('knows a renamed built-in right by its id’s other names', () => {
    const rights = library.map((r) => (r.id === PRIVACY ? { ...r, name: 'Data protection' } : r));
    expect(matchRight('vie privée', rights)).toMatchObject({ rightId: PRIVACY });
  });
});

describe('folding and similarity', () => {
  it('folds accents, case, punctuation and "&"', () => {
    expect(foldName('  Liberté  d’Expression ')).toBe('liberte d expression');
    expect(foldName('Assembly & Association')).toBe('assembly and association');
  });

  it('scores fall as spellings drift further', () => {
    const base = 'expression';
    const scores = ['expression', 'expresion', 'exprssion', 'expresn', 'impression'].map((s) =>
      similarity(base, s),
    );
    expect(scores[0]).toBe(1);
    expect(scores[1]).toBeGreaterThanOrEqual(SIMILARITY_FLOOR);
    expect(scores[3]).toBeLessThan(SIMILARITY_FLOOR);
    expect(scores[4]).toBeLessThan(SIMILARITY_FLOOR);
  });
});
