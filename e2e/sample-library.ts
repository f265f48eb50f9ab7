/** The sample library's titles, read from the bundled manifest the app seeds from. */
import manifest from '../resources/corpus/manifest.json' with { type: 'json' };

export const SAMPLE_TITLES: readonly string[] = manifest.documents.map((d) => d.title);
export const EPRS_TITLE =
  'Multilateral initiatives for upholding human rights in digital technologies: A task for the UN or for liberal democracies?';
