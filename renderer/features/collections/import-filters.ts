/** What the collection import's file chooser offers. */

/**
 * The file types the picker offers: ours, other tools' annotation JSON (W3C tools often save
 * `.jsonld`; Hypothesis exports are `.json`) and briefing PDFs carrying a collection. The first
 * filter holds them all, the others narrow it down.
 */
export const IMPORT_FILTERS = [
  {
    name: 'Collections, annotations and briefings',
    extensions: ['rightsmark.json', 'json', 'jsonld', 'pdf'],
  },
  { name: 'Rightsmark collection', extensions: ['rightsmark.json'] },
  { name: 'Annotations (W3C Web Annotation, Hypothesis)', extensions: ['json', 'jsonld'] },
  { name: 'Briefing PDF', extensions: ['pdf'] },
];
