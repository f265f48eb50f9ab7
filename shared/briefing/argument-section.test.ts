import { describe, expect, it } from 'vitest';
import { argumentBlocks, hasArgument } from './argument-section';

describe('the analyst’s argument as typed', () => {
  it('reads paragraphs separated by blank lines and "- " lines as list items', () => {
    expect(
      argumentBlocks(
        'First paragraph\ncontinues here.\n\nThe ministry should:\n- act now;\n- fund\n  civil society.\n\n\nLast.',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'First paragraph continues here.' },
      { kind: 'paragraph', text: 'The ministry should:' },
      { kind: 'list', items: ['act now;', 'fund civil society.'] },
      { kind: 'paragraph', text: 'Last.' },
    ]);
  });

  it('is left out when every part is empty', () => {
    expect(hasArgument(undefined)).toBe(false);
    expect(hasArgument({ summary: '  ', findings: '' })).toBe(false);
    expect(hasArgument({ recommendations: '- one' })).toBe(true);
  });
});
