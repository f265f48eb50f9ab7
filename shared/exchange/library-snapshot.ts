/** The part of the receiver's library that merge planning reads, as plain data. */
import type { Annotation } from '../model/annotation';
import type { LibraryDocument } from '../model/document';
import type { DocumentNote } from '../model/document-note';
import type { Right } from '../model/right';

/** A live (not deleted) document with its plain text (its blocks joined by "\n\n"). */
export interface SnapshotDocument extends Pick<
  LibraryDocument,
  'id' | 'contentHash' | 'title' | 'sourceName'
> {
  readonly text: string;
}

/** An annotation as planning compares it; deleted ones included (`deletedAt` set). */
export type SnapshotAnnotation = Pick<
  Annotation,
  | 'id'
  | 'docId'
  | 'quote'
  | 'position'
  | 'rightIds'
  | 'note'
  | 'author'
  | 'createdAt'
  | 'modifiedAt'
  | 'deletedAt'
>;

/** A document note as planning compares it; deleted ones included (`deletedAt` set). */
export type SnapshotDocumentNote = Pick<DocumentNote, 'id' | 'text' | 'modifiedAt' | 'deletedAt'>;

/** The receiver's library: documents with texts, annotations, document notes and rights. */
export interface LibrarySnapshot {
  readonly documents: readonly SnapshotDocument[];
  readonly annotations: readonly SnapshotAnnotation[];
  readonly rights: readonly Pick<Right, 'id' | 'name'>[];
  /** Every document note, deleted ones too (absent: the library has none). */
  readonly documentNotes?: readonly SnapshotDocumentNote[];
}

/** How names and titles are compared: NFC, spaces collapsed, case ignored. */
export function normaliseName(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
