/**
 * The briefing dialog's remembered choices (settings key 'briefing-options'): read back with
 * every field checked, since a stored value may come from an older version or a restored
 * backup, and the dialog's first form built from them and from the source.
 */
import { DEFAULT_BRIEFING_OPTIONS } from '../../../shared/briefing';
import type { BriefingPreferences } from '../../../shared/model';
import type { RightsmarkDatabase } from '../../db/database';
import { getSetting, putSetting } from '../../db/settings-repo';
import type { BriefingForm, BriefingMaterial } from './briefing-source';

/** What a first briefing starts from. */
export const DEFAULT_BRIEFING_PREFERENCES: BriefingPreferences = {
  author: '',
  organisation: '',
  classification: 'Internal — not for distribution',
  grouping: DEFAULT_BRIEFING_OPTIONS.grouping,
  includeNotes: DEFAULT_BRIEFING_OPTIONS.includeNotes,
  includeLegalBasis: DEFAULT_BRIEFING_OPTIONS.includeLegalBasis,
  includeSummary: DEFAULT_BRIEFING_OPTIONS.includeSummary,
  includeAppendix: DEFAULT_BRIEFING_OPTIONS.includeAppendix,
  selectedRightIds: [],
};

/** Longest cover detail kept; longer stored values are ignored rather than trusted. */
const MAX_TEXT_LENGTH = 500;

/** A stored value as preferences: each field that is missing or malformed takes its default. */
export function readPreferences(value: unknown): BriefingPreferences {
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const d = DEFAULT_BRIEFING_PREFERENCES;
  const text = (key: 'author' | 'organisation' | 'classification'): string => {
    const field = stored[key];
    return typeof field === 'string' && field.length <= MAX_TEXT_LENGTH ? field : d[key];
  };
  const flag = (
    key: 'includeNotes' | 'includeLegalBasis' | 'includeSummary' | 'includeAppendix',
  ): boolean => {
    const field = stored[key];
    return typeof field === 'boolean' ? field : d[key];
  };
  const rights = stored.selectedRightIds;
  return {
    author: text('author'),
    organisation: text('organisation'),
    classification: text('classification'),
    grouping:
      stored.grouping === 'document' ||
      stored.grouping === 'right' ||
      stored.grouping === 'collection'
        ? stored.grouping
        : d.grouping,
    includeNotes: flag('includeNotes'),
    includeLegalBasis: flag('includeLegalBasis'),
    includeSummary: flag('includeSummary'),
    includeAppendix: flag('includeAppendix'),
    selectedRightIds: Array.isArray(rights)
      ? [...new Set(rights.filter((id): id is string => typeof id === 'string'))]
      : d.selectedRightIds,
  };
}

/** The part of a form worth remembering for the next briefing. */
export function preferencesOf(form: BriefingForm): BriefingPreferences {
  return {
    author: form.author,
    organisation: form.organisation,
    classification: form.classification,
    grouping: form.options.grouping,
    includeNotes: form.options.includeNotes,
    includeLegalBasis: form.options.includeLegalBasis,
    includeSummary: form.options.includeSummary,
    includeAppendix: form.options.includeAppendix,
    selectedRightIds: form.options.selectedRightIds,
  };
}

/** "14 March 2025": how the cover writes a day unless the analyst writes it otherwise. */
export function coverDate(now: Date): string {
  return now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * The dialog's first form: the title and subtitle from the source, the remembered details (the
 * author defaults to the analyst's name), today's date, the argument and cover details the
 * collection remembers, and the remembered rights that these excerpts carry (none left means
 * all).
 */
export function initialForm(
  material: BriefingMaterial,
  preferences: BriefingPreferences,
  analystName: string,
  now: Date,
): BriefingForm {
  const available = new Set(material.rights.map(({ right }) => right.id));
  const remembered = material.exportInput.collection.briefing;
  return {
    documentType: remembered?.documentType ?? '',
    reference: remembered?.reference ?? '',
    cutOffDate: remembered?.cutOffDate ?? '',
    summary: remembered?.summary ?? '',
    findings: remembered?.findings ?? '',
    recommendations: remembered?.recommendations ?? '',
    title: material.name,
    subtitle: material.description,
    author: preferences.author || analystName,
    organisation: preferences.organisation,
    date: coverDate(now),
    classification: preferences.classification,
    options: {
      grouping: preferences.grouping,
      includeNotes: preferences.includeNotes,
      includeLegalBasis: preferences.includeLegalBasis,
      includeSummary: preferences.includeSummary,
      includeAppendix: preferences.includeAppendix,
      selectedRightIds: preferences.selectedRightIds.filter((id) => available.has(id)),
    },
  };
}

/** The remembered preferences, with the analyst's name for a first briefing's author. */
export async function loadBriefingPreferences(
  db: RightsmarkDatabase,
): Promise<{ preferences: BriefingPreferences; analystName: string }> {
  const [stored, analystName] = await Promise.all([
    getSetting(db, 'briefing-options'),
    getSetting(db, 'author-name'),
  ]);
  return { preferences: readPreferences(stored), analystName: analystName ?? '' };
}

/** Remembers the form's lasting choices for the next briefing. */
export async function saveBriefingPreferences(
  db: RightsmarkDatabase,
  form: BriefingForm,
): Promise<void> {
  await putSetting(db, 'briefing-options', preferencesOf(form));
}
