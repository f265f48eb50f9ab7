/** The browser's file input offers each extension once, whatever the filters repeat. */
import { describe, expect, it } from 'vitest';
import { IMPORT_FILTERS } from '../features/collections/import-filters';
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

  it('offers the collection import .rightsmark.json, .json, .jsonld and .pdf once each', () => {
    expect(acceptAttribute({ filters: IMPORT_FILTERS })).toBe(
      '.rightsmark.json,.json,.jsonld,.pdf',
    );
  });
});
