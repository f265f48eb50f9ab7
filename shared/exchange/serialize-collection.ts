/** Writes a collection file as text: 2-space JSON with a fixed key order, so diffs stay small. */
import type { RightsmarkCollectionFile } from './rightsmark-format';

/**
 * The order keys are written in, wherever they occur; keys not listed follow alphabetically.
 * Identity first, then the annotation's content, then the large parts (documents' blocks) last.
 */
const KEY_ORDER = [
  '@context',
  '@version',
  '@id',
  '@type',
  'id',
  'type',
  'format',
  'formatVersion',
  'positionUnit',
  'blockSeparator',
  'exportedAt',
  'includesNotes',
  'includesSourceTexts',
  'label',
  'total',
  'motivation',
  'purpose',
  'name',
  'value',
  'created',
  'modified',
  'creator',
  'generator',
  'generated',
  'body',
  'target',
  'source',
  'selector',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
  'startIndex',
  'items',
  'first',
  'rightsmark',
  'collection',
  'description',
  'legalBasis',
  'color',
  'rights',
  'contentHash',
  'title',
  'publisher',
  'year',
  'kind',
  'language',
  'sourceName',
  'textLength',
  'level',
  'text',
  'page',
  'blocks',
  'documents',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? KEY_ORDER.length;
  const rb = RANK.get(b) ?? KEY_ORDER.length;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = ordered(child);
  }
  return out;
}

/**
 * The file's text: UTF-8 when written, 2-space indented, keys in a fixed order, ending with a
 * newline. The same collection always gives the same bytes.
 */
export function serializeCollection(file: RightsmarkCollectionFile): string {
  return `${JSON.stringify(ordered(file), null, 2)}\n`;
}
