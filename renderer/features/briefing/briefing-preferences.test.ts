import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BRIEFING_OPTIONS } from '../../../shared/briefing';
import type { RightsmarkDatabase } from '../../db/database';
import { putSetting } from '../../db/settings-repo';
import { createTestDatabase } from '../../db/test-support';
import {
  coverDate,
  DEFAULT_BRIEFING_PREFERENCES,
  initialForm,
  loadBriefingPreferences,
  readPreferences,
  saveBriefingPreferences,
} from './briefing-preferences';
import type { BriefingForm, BriefingMaterial } from './briefing-source';

const NOW = new Date(2026, 2, 14, 12, 0);

/** Just what initialForm reads of the material. */
function material(rightIds: readonly string[]): BriefingMaterial {
  return {
    name: 'My collection',
    description: 'About privacy',
    collectionId: 'c1',
    // Only the collection's remembered briefing is read from the export input here.
    exportInput: { collection: {} } as BriefingMaterial['exportInput'],
    rights: rightIds.map((id, order) => ({
      right: { id, name: id, description: '', legalBasis: '', colour: '#000000', order },
      count: 1,
    })),
  } as Partial<BriefingMaterial> as BriefingMaterial;
}

describe('readPreferences', () => {
  it('gives the defaults for nothing stored or a value that is not an object', () => {
    expect(readPreferences(undefined)).toEqual(DEFAULT_BRIEFING_PREFERENCES);
    expect(readPreferences('yes')).toEqual(DEFAULT_BRIEFING_PREFERENCES);
    expect(readPreferences(null)).toEqual(DEFAULT_BRIEFING_PREFERENCES);
  });

  it('keeps each valid field and replaces each malformed one', () => {
    const read = readPreferences({
      author: 'Ana',
      organisation: 42,
      classification: 'x'.repeat(10_000),
      grouping: 'document',
      includeNotes: false,
      includeSummary: 'no',
      includeAppendix: true,
      selectedRightIds: ['r1', 7, 'r1', 'r2'],
      extra: 'ignored',
    });
    expect(read).toEqual({
      ...DEFAULT_BRIEFING_PREFERENCES,
      author: 'Ana',
      grouping: 'document',
      includeNotes: false,
      includeAppendix: true,
      selectedRightIds: ['r1', 'r2'],
    });
    expect(readPreferences({ grouping: 'chronological' }).grouping).toBe('right');
  });
});

describe('initialForm', () => {
  it('takes the title and subtitle from the source, the rest from the preferences', () => {
    const form = initialForm(
      material(['r1', 'r2']),
      { ...DEFAULT_BRIEFING_PREFERENCES, organisation: 'Unit', selectedRightIds: ['r2', 'gone'] },
      'Bo',
      NOW,
    );
    expect(form.title).toBe('My collection');
    expect(form.subtitle).toBe('About privacy');
    expect(form.author).toBe('Bo');
    expect(form.organisation).toBe('Unit');
    expect(form.date).toBe('14 March 2026');
    expect(form.classification).toBe('Internal — not for distribution');
    // A remembered right these excerpts do not carry is dropped.
    expect(form.options.selectedRightIds).toEqual(['r2']);
  });

  it('prefers a remembered author to the analyst’s name', () => {
    const form = initialForm(
      material([]),
      { ...DEFAULT_BRIEFING_PREFERENCES, author: 'Ana' },
      'Bo',
      NOW,
    );
    expect(form.author).toBe('Ana');
  });
});

describe('coverDate', () => {
  it('writes the day out in British English', () => {
    expect(coverDate(new Date(2025, 0, 5))).toBe('5 January 2025');
  });
});

describe('saving and loading', () => {
  let db: RightsmarkDatabase;
  beforeEach(() => {
    db = createTestDatabase();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('remembers the lasting choices, not the title, subtitle, date or the collection’s argument', async () => {
    await putSetting(db, 'author-name', 'Bo');
    expect(await loadBriefingPreferences(db)).toEqual({
      preferences: DEFAULT_BRIEFING_PREFERENCES,
      analystName: 'Bo',
    });
    const form: BriefingForm = {
      title: 'One-off title',
      subtitle: 'One-off subtitle',
      author: 'Ana',
      organisation: 'Unit',
      date: '1 May 2026',
      classification: 'Public',
      documentType: 'Policy brief',
      reference: 'One-off reference',
      cutOffDate: '',
      summary: 'One-off summary, kept with its collection instead',
      findings: '',
      recommendations: '',
      options: { ...DEFAULT_BRIEFING_OPTIONS, grouping: 'document', selectedRightIds: ['r1'] },
    };
    await saveBriefingPreferences(db, form);
    const { preferences } = await loadBriefingPreferences(db);
    expect(preferences).toEqual({
      author: 'Ana',
      organisation: 'Unit',
      classification: 'Public',
      grouping: 'document',
      includeNotes: true,
      includeLegalBasis: true,
      includeSummary: true,
      includeAppendix: false,
      selectedRightIds: ['r1'],
    });
    expect(JSON.stringify(await db.settings.get('briefing-options'))).not.toContain('One-off');
  });
});
