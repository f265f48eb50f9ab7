/** The browser's file input offers each extension once, whatever the filters repeat. */
import { describe, expect, it } from 'vitest';
import { acceptAttribute } from './accept-attribute';

describe('acceptAttribute', () => {
  it('lists every extension of every filter once, in order', () => {
    const filters = [
      { name: 'All', extensions: ['json', 'pdf'] },
      { name: 'JSON', extensions: ['json'] },
      { name: 'PDF', extensions: ['pdf'] },
    ];
    expect(acceptAttribute({ filters })).toBe('.json,.pdf');
  });

  it('keeps a double extension whole', () => {
    expect(acceptAttribute({ filters: [{ name: 'Ours', extensions: ['rightsmark.json'] }] })).toBe(
      '.rightsmark.json',
    );
  });
});
