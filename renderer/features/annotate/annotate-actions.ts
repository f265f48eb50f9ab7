/**
 * What tagging a selected passage does: the passage becomes an annotation the first time, and
 * later tags on the very same passage add to (or remove from) that annotation, so one
 * selection can carry several rights.
 */
import { describeRange } from '../../../shared/anchoring';
import type { Annotation } from '../../../shared/model';
import {
  passageAnnotation,
  tagPassageWithRight,
  type NewAnnotation,
} from '../../db/annotations-repo';
import type { RightsmarkDatabase } from '../../db/database';
import { blockIndexAt } from '../../../shared/anchoring/block-of';
import type { BlockOffsets } from '../../dom/text-offsets';

/** A passage the analyst selected, in plain-text offsets already trimmed by describeRange. */
export interface PendingPassage {
  readonly start: number;
  readonly end: number;
}

/** Trims a raw selection to the passage an annotation would store, or null if it is blank. */
export function passageFromSelection(
  text: string,
  start: number,
  end: number,
): PendingPassage | null {
  try {
    const { position } = describeRange(text, start, end);
    return { start: position.start, end: position.end };
  } catch {
    return null;
  }
}

interface TagContext {
  readonly db: RightsmarkDatabase;
  readonly docId: string;
  readonly text: string;
  readonly blocks: readonly BlockOffsets[];
  readonly author: string;
}

/** What the passage's annotation holds when it is created: quote, position, block, author. */
function draftOf(context: TagContext, passage: PendingPassage): Omit<NewAnnotation, 'rightIds'> {
  const { quote, position } = describeRange(context.text, passage.start, passage.end);
  return {
    docId: context.docId,
    blockIndex: context.blocks[blockIndexAt(context.blocks, position.start)]?.index ?? 0,
    quote,
    position,
    note: '',
    author: context.author,
  };
}

/** Tags the passage with a right, or untags it when its annotation already has that right. */
export async function tagPassage(
  context: TagContext,
  passage: PendingPassage,
  rightId: string,
): Promise<Annotation> {
  return tagPassageWithRight(context.db, draftOf(context, passage), rightId);
}

/** The passage's annotation, created without rights if it has none yet (for "Add note"). */
export async function annotationForNote(
  context: TagContext,
  passage: PendingPassage,
): Promise<Annotation> {
  return passageAnnotation(context.db, draftOf(context, passage));
}
