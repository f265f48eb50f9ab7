/** The collection import's chooser offers ours, other tools' annotation JSON and briefing PDFs. */
import { describe, expect, it } from 'vitest';
import { acceptAttribute } from '../../platform/accept-attribute';
import { IMPORT_FILTERS } from './import-filters';

describe('IMPORT_FILTERS', () => {
  it('offers .rightsmark.json, .json, .jsonld and .pdf once each in the browser', () => {
    expect(acceptAttribute({ filters: IMPORT_FILTERS })).toBe(
      '.rightsmark.json,.json,.jsonld,.pdf',
    );
  });

  it('lists everything in its first filter, so the desktop dialog opens on all of them', () => {
    const all = new Set(IMPORT_FILTERS.slice(1).flatMap((f) => f.extensions));
    expect(new Set(IMPORT_FILTERS[0]?.extensions)).toEqual(all);
  });
});
