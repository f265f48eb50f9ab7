/**
 * Merging the briefing's argument and cover details a collection file carries with what the
 * library already holds for that collection, field by field, so neither side's text is lost
 * to an empty field, and where both wrote something different the newer text wins.
 */
import {
  COLLECTION_BRIEFING_FIELDS,
  type CollectionBriefing,
  type CollectionBriefingField,
} from '../model/collection';
import type { IncomingBriefingArgument } from './parsed-exchange';

/** A briefing with nothing written in it: the dialog's starting point. */
export function emptyBriefing(modifiedAt: string): CollectionBriefing {
  return {
    documentType: '',
    reference: '',
    cutOffDate: '',
    summary: '',
    findings: '',
    recommendations: '',
    modifiedAt,
  };
}

/** Whether every field is empty (or blank), so there is nothing to keep or write. */
export function isBlankBriefing(
  briefing: Partial<Record<CollectionBriefingField, string>>,
): boolean {
  return COLLECTION_BRIEFING_FIELDS.every((field) => (briefing[field] ?? '').trim() === '');
}

/** The time as milliseconds, or -Infinity when it is missing or not a date (it never wins). */
function timeOf(iso: string | null | undefined): number {
  const time = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * The library's briefing after importing a file's. For each field: a side that wrote nothing
 * never erases the other; when both wrote different text, the side changed later wins (the
 * file's `modified`, else the time the file was exported; a tie keeps ours). Returns undefined
 * when neither side has anything, and `local` itself when the file changes nothing.
 *
 * @param exportedAt when the file was written, standing in for a briefing without `modified`.
 */
export function mergeBriefing(
  local: CollectionBriefing | undefined,
  incoming: IncomingBriefingArgument | undefined,
  exportedAt: string | null,
): CollectionBriefing | undefined {
  if (incoming === undefined || isBlankBriefing(incoming)) return local;
  const incomingTime = incoming.modified ?? exportedAt ?? '';
  const base = local ?? emptyBriefing(incomingTime);
  const fileIsNewer = local === undefined || timeOf(incomingTime) > timeOf(local.modifiedAt);
  let changed = false;
  const merged = { ...base };
  for (const field of COLLECTION_BRIEFING_FIELDS) {
    const theirs = incoming[field] ?? '';
    const ours = base[field];
    if (theirs.trim() === '' || theirs === ours) continue;
    if (ours.trim() === '' || fileIsNewer) {
      merged[field] = theirs;
      changed = true;
    }
  }
  if (!changed) return local;
  return {
    ...merged,
    modifiedAt: timeOf(incomingTime) > timeOf(base.modifiedAt) ? incomingTime : base.modifiedAt,
  };
}
