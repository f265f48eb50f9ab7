/**
 * The one way the app turns a collection into a file: the disclosure choices are applied to the
 * input first, then the chosen format's exporter runs on what is left, with its own switches set
 * from the same choices.
 */
import { strToU8 } from 'fflate';
import { buildCsv } from '../exchange/csv-export';
import { exportCollection } from '../exchange/export-collection';
import type { ExportEnvironment, ExportInput } from '../exchange/export-input';
import { buildMarkdown, type MarkdownOptions } from '../exchange/markdown-export';
import { buildRefiCodebook, buildRefiQdpx } from '../exchange/refi-qda-export';
import { serializeCollection } from '../exchange/serialize-collection';
import { discloseExportInput } from './disclose-export-input';
import {
  DEFAULT_DISCLOSURE,
  effectiveDisclosure,
  type DisclosureOptions,
  type ExportKind,
} from './disclosure-options';

/** The collection formats (a briefing is built by shared/briefing). */
export type CollectionExportKind = Exclude<ExportKind, 'briefing'>;

/** Choices that shape a file without changing what it discloses. */
export interface LayoutChoices {
  readonly markdownGroupBy: MarkdownOptions['groupBy'];
}

/** The bytes of one collection export, carrying only what the choices let leave. */
export function exportCollectionFile(
  input: ExportInput,
  kind: CollectionExportKind,
  chosen: DisclosureOptions,
  env: ExportEnvironment,
  layout: LayoutChoices = { markdownGroupBy: 'right' },
): Uint8Array {
  const options = effectiveDisclosure(kind, chosen);
  const disclosed = discloseExportInput(input, options);
  const includeNotes = options.notes;
  switch (kind) {
    case 'rightsmark':
      return strToU8(
        serializeCollection(
          exportCollection(
            disclosed,
            { includeNotes, includeSourceTexts: options.sourceTexts },
            env,
          ),
        ),
      );
    case 'csv':
      return strToU8(buildCsv(disclosed, { includeNotes, byteOrderMark: true }));
    case 'markdown':
      return strToU8(buildMarkdown(disclosed, { includeNotes, groupBy: layout.markdownGroupBy }));
    case 'qdpx':
      return buildRefiQdpx(disclosed, { includeNotes }, refiEnvironment(env));
    case 'qdc':
      return strToU8(buildRefiCodebook(input.rights, refiEnvironment(env)));
  }
}

function refiEnvironment(env: ExportEnvironment) {
  return { now: () => env.now(), newGuid: () => env.newId(), appVersion: env.appVersion };
}

/** The `.rightsmark.json` a briefing carries: private excerpts and notes are never in it. */
export function collectionAttachment(
  input: ExportInput,
  fileName: string,
  env: ExportEnvironment,
): { fileName: string; bytes: Uint8Array; mimeType: string; description: string } {
  return {
    fileName,
    bytes: exportCollectionFile(input, 'rightsmark', DEFAULT_DISCLOSURE, env),
    mimeType: 'application/ld+json',
    description: 'The collection this briefing was made from',
  };
}
