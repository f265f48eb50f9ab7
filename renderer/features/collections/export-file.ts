/**
 * Turns a gathered collection into the bytes of one export file, in the format the analyst
 * chose, with a file name that is safe on every operating system. Pure: the caller saves it.
 */
import { FALLBACK_FILE_NAME, sanitizeFileName } from '../../../shared/files/file-names';
import {
  DEFAULT_DISCLOSURE,
  exportCollectionFile,
  type DisclosureOptions,
} from '../../../shared/disclosure';
import {
  COLLECTION_FILE_EXTENSION,
  type ExportInput,
  type MarkdownOptions,
} from '../../../shared/exchange';
import type { FileFilter } from '../../../shared/ipc/contract';

/** The formats a collection can be exported in. */
export type ExportFormat = 'rightsmark' | 'csv' | 'markdown' | 'qdpx' | 'qdc';

/** What the export dialog asks. */
export interface CollectionExportChoices {
  readonly format: ExportFormat;
  /** The analysts' notes (every format that has a place for them). */
  readonly includeNotes: boolean;
  /** The documents' full texts (Rightsmark format only). */
  readonly includeSourceTexts: boolean;
  /** How Markdown groups its excerpts. */
  readonly markdownGroupBy: MarkdownOptions['groupBy'];
}

export const DEFAULT_EXPORT_CHOICES: CollectionExportChoices = {
  format: 'rightsmark',
  includeNotes: true,
  includeSourceTexts: true,
  markdownGroupBy: 'right',
};

/** Each format's label in the dialog, file extension and save-dialog filter. */
export const EXPORT_FORMATS: Readonly<
  Record<ExportFormat, { label: string; hint: string; extension: string; filter: FileFilter }>
> = {
  rightsmark: {
    label: 'Rightsmark collection (.rightsmark.json)',
    hint: 'For other Rightsmark users: excerpts, rights, notes, comments and the source texts.',
    extension: COLLECTION_FILE_EXTENSION,
    filter: { name: 'Rightsmark collection', extensions: ['json'] },
  },
  csv: {
    label: 'Spreadsheet (.csv)',
    hint: 'One row per excerpt, for Excel, LibreOffice or Google Sheets.',
    extension: '.csv',
    filter: { name: 'CSV', extensions: ['csv'] },
  },
  markdown: {
    label: 'Markdown (.md)',
    hint: 'Quotes with their citations, to paste into an email or a document.',
    extension: '.md',
    filter: { name: 'Markdown', extensions: ['md'] },
  },
  qdpx: {
    label: 'REFI-QDA project (.qdpx)',
    hint: 'For NVivo, ATLAS.ti, MAXQDA or QualCoder: texts, codes and coded passages.',
    extension: '.qdpx',
    filter: { name: 'REFI-QDA project', extensions: ['qdpx'] },
  },
  qdc: {
    label: 'REFI-QDA codebook (.qdc)',
    hint: 'The rights alone, as a codebook for qualitative analysis tools.',
    extension: '.qdc',
    filter: { name: 'REFI-QDA codebook', extensions: ['qdc'] },
  },
};

/** Longest file name stem we suggest; long enough for any collection name worth reading. */
const MAX_STEM_LENGTH = 80;

/**
 * A file name for the export: the collection's name made safe by the shared sanitiser (no
 * separators, controls, bidi overrides or device names), shortened without splitting a
 * character, then the format's extension. Dots in the name are spaced out first so that a
 * name like "report.exe" never passes for an extension.
 */
export function exportFileName(collectionName: string, format: ExportFormat): string {
  const cleaned = sanitizeFileName(collectionName.replace(/\./g, ' '));
  let stem =
    cleaned === FALLBACK_FILE_NAME && collectionName.trim() !== FALLBACK_FILE_NAME
      ? 'collection'
      : cleaned;
  stem = Array.from(stem).slice(0, MAX_STEM_LENGTH).join('').trim();
  return `${stem}${EXPORT_FORMATS[format].extension}`;
}

/** Time, ids and the app's version for the exporters. */
export interface ExportFileEnvironment {
  now(): string;
  /** A new UUID (used as REFI GUIDs and the file's page id). */
  newId(): string;
  readonly appVersion: string;
}

/** The export as bytes, with the name and filter to offer in the save dialog. */
export interface ExportFile {
  readonly bytes: Uint8Array;
  readonly suggestedName: string;
  readonly filter: FileFilter;
}

/** Builds the file for `choices` from `input`, carrying only what `disclosure` lets leave. */
export function buildExportFile(
  input: ExportInput,
  choices: CollectionExportChoices,
  env: ExportFileEnvironment,
  disclosure: DisclosureOptions = disclosureOfChoices(choices),
): ExportFile {
  return {
    bytes: exportCollectionFile(input, choices.format, disclosure, env, {
      markdownGroupBy: choices.markdownGroupBy,
    }),
    suggestedName: exportFileName(input.collection.name, choices.format),
    filter: EXPORT_FORMATS[choices.format].filter,
  };
}

/** The disclosure the dialog's own checkboxes imply (when the review has not been shown). */
export function disclosureOfChoices(choices: CollectionExportChoices): DisclosureOptions {
  return {
    ...DEFAULT_DISCLOSURE,
    notes: choices.includeNotes,
    sourceTexts: choices.includeSourceTexts,
  };
}
