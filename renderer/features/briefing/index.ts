/**
 * Briefing PDFs in the app: the "Export briefing PDF" button (and its dialog with a live preview)
 * for a collection or the excerpts view's current filter.
 */
export { ExportBriefingButton } from './ExportBriefingButton';
export type { BriefingSource } from './briefing-source';
