import { describe, expect, it } from 'vitest';
import { BUILT_IN_RIGHTS } from '../../../shared/model';
import {
  describeRightDeletion,
  describeUsage,
  parseAliases,
  hasErrors,
  RIGHT_PALETTE,
  suggestColour,
  validateRightDraft,
} from './right-form';

describe('validateRightDraft', () => {
  const rights = BUILT_IN_RIGHTS;

  it('accepts a new name and a #rrggbb colour', () => {
    const errors = validateRightDraft({ name: 'Non-discrimination', color: '#D6336C' }, rights);
    expect(errors).toEqual({});
    expect(hasErrors(errors)).toBe(false);
  });

  it('requires a name', () => {
    expect(validateRightDraft({ name: '   ', color: '#000000' }, rights).name).toBe(
      'Give the right a name.',
    );
  });

  it('refuses a name already taken, ignoring case and spaces', () => {
    const errors = validateRightDraft({ name: '  PRIVACY ', color: '#000000' }, rights);
    expect(errors.name).toBe('There is already a right called “Privacy”.');
    expect(hasErrors(errors)).toBe(true);
  });

  it('lets a right keep its own name while it is edited', () => {
    expect(
      validateRightDraft({ name: 'privacy', color: '#2f80ed' }, rights, 'right:privacy'),
    ).toEqual({});
  });

  it('refuses colours that are not #rrggbb', () => {
    for (const color of ['', 'red', '#fff', '#12345g', '2f80ed', '#2f80ed ', 'url(x)']) {
      expect(validateRightDraft({ name: 'X', color }, rights).color, color).toBeDefined();
    }
  });
});

describe('suggestColour', () => {
  it('offers a palette colour no right uses yet', () => {
    expect(suggestColour(BUILT_IN_RIGHTS)).toBe(RIGHT_PALETTE[0]);
    expect(suggestColour([...BUILT_IN_RIGHTS, { color: RIGHT_PALETTE[0]!.toUpperCase() }])).toBe(
      RIGHT_PALETTE[1],
    );
    expect(suggestColour(RIGHT_PALETTE.map((color) => ({ color })))).toBe(RIGHT_PALETTE[0]);
  });
});

describe('describeUsage', () => {
  it('says how many live and restorable passages carry the right', () => {
    expect(describeUsage('X', { live: 1, tagged: 1 })).toBe('1 passage carries “X”.');
    expect(describeUsage('X', { live: 3, tagged: 3 })).toBe('3 passages carry “X”.');
    expect(describeUsage('X', { live: 2, tagged: 3 })).toBe(
      '2 passages carry “X”, as does 1 deleted passage that can still be restored.',
    );
    expect(describeUsage('X', { live: 0, tagged: 2 })).toBe(
      '2 deleted passages, which can still be restored, carry “X”.',
    );
  });
});

describe('describeRightDeletion', () => {
  it('asks before an unused right goes, naming the Trash period', () => {
    expect(describeRightDeletion('X', { live: 0, tagged: 0 }, 30)).toEqual([
      'No passage carries “X”.',
      '“X” goes to the Trash, where you can restore it for 30 days.',
    ]);
  });

  it('names the passages that move, and that restoring moves them back', () => {
    expect(describeRightDeletion('X', { live: 2, tagged: 2 }, 1)).toEqual([
      '2 passages carry “X”. Choose the right to tag them with instead.',
      '“X” goes to the Trash, where you can restore it for 1 day. Restoring it moves its passages back.',
    ]);
  });
});

describe('aliases', () => {
  it('reads aliases separated by commas, semicolons or lines, dropping blanks and repeats', () => {
    expect(parseAliases(' FoE, libertad de expresión;\n\nfoe ,Libertad de Expresion ')).toEqual([
      'FoE',
      'libertad de expresión',
    ]);
    expect(parseAliases('  ')).toEqual([]);
  });

  it('refuses an alias another right answers to, by name, alias or known name', () => {
    const rights = [
      ...BUILT_IN_RIGHTS,
      { id: 'right:edu', name: 'Education', aliases: ['RtE'], color: '#000000' },
    ];
    const draft = (aliases: string) => ({ name: 'Digital', color: '#00a3a3', aliases });
    expect(validateRightDraft(draft('Digital rights, e-inclusion'), rights)).toEqual({});
    expect(validateRightDraft(draft('rte'), rights).aliases).toBe(
      '“rte” already names “Education”.',
    );
    expect(validateRightDraft(draft('privacy'), rights).aliases).toBe(
      '“privacy” already names “Privacy”.',
    );
    // The built-ins' abbreviations and UN-language names count as theirs.
    expect(validateRightDraft(draft('FoE'), rights).aliases).toBe(
      '“FoE” already names “Freedom of expression”.',
    );
    expect(validateRightDraft(draft('Vie privée'), rights).aliases).toMatch(/“Privacy”/);
    // A right may list names it already answers to.
    expect(validateRightDraft({ ...draft('RtE'), name: 'Education' }, rights, 'right:edu')).toEqual(
      {},
    );
    expect(hasErrors(validateRightDraft(draft('x'.repeat(101)), rights))).toBe(true);
  });
});
