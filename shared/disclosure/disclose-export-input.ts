/**
 * Applies the analyst's disclosure choices to what the collection exporters read, before they
 * read it: what is switched off or private is not blanked in the output but never given to the
 * exporter at all, so no part of any file format can carry it.
 */
import type { Annotation } from '../model/annotation';
import type { Collection } from '../model/collection';
import type { LibraryDocument } from '../model/document';
import type { DocumentNote } from '../model/document-note';
import type { ExportInput } from '../exchange/export-input';
import { authorLabel } from './author-label';
import type { DisclosureOptions } from './disclosure-options';

/** Whether the analyst keeps this excerpt to themselves. */
export function isPrivateExcerpt(annotation: Pick<Annotation, 'privateExcerpt'>): boolean {
  return annotation.privateExcerpt === true;
}

/** Whether the excerpt's note may leave at all (it exists and is not private). */
export function isShareableNote(annotation: Pick<Annotation, 'note' | 'privateNote'>): boolean {
  return annotation.note.trim() !== '' && annotation.privateNote !== true;
}

/** Whether an excerpt tagged with `rightIds` is within the chosen rights (none chosen: all). */
export function withinRights(rightIds: readonly string[], chosen: readonly string[]): boolean {
  return chosen.length === 0 || rightIds.some((id) => chosen.includes(id));
}

/**
 * The last segment of a path-like name: a document imported elsewhere may record where it came
 * from ("C:\\Users\\ana\\report.pdf"); an export names only the file.
 */
export function bareFileName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

function discloseAnnotation(annotation: Annotation, options: DisclosureOptions): Annotation {
  const keepNote = options.notes && isShareableNote(annotation);
  // The private flags themselves stay behind too: a receiver learns nothing from them.
  const { privateNote: _note, privateExcerpt: _excerpt, origin: _origin, ...rest } = annotation;
  return {
    ...rest,
    note: keepNote ? annotation.note : '',
    author: authorLabel(annotation.author, options.authors),
  };
}

/** Whether a note on a whole document may leave at all (live, with text, not private). */
export function isShareableDocumentNote(
  note: Pick<DocumentNote, 'text' | 'privateNote' | 'deletedAt'>,
): boolean {
  return note.deletedAt === null && note.text.trim() !== '' && note.privateNote !== true;
}

function discloseDocumentNote(note: DocumentNote, options: DisclosureOptions): DocumentNote {
  // Where it was imported from and the private flag stay behind, as on excerpts.
  const { privateNote: _private, origin: _origin, ...rest } = note;
  return { ...rest, author: authorLabel(note.author, options.authors) };
}

function discloseDocument(document: LibraryDocument): LibraryDocument {
  return { ...document, sourceName: bareFileName(document.sourceName) };
}

/**
 * The input as the exporters may see it:
 * - private excerpts, and (with chosen rights) excerpts tagged with none of them, are gone,
 *   from the annotations and from the collection's items;
 * - notes are empty when switched off or private; comments empty when switched off;
 * - notes on whole documents leave only with notes switched on, when not private, and only on
 *   the documents the leaving excerpts quote;
 * - the collection's briefing argument (summary, findings, recommendations) is empty when
 *   switched off;
 * - authors are named, reduced to initials, or empty;
 * - documents' source names keep only the file name; documents no excerpt cites are dropped.
 * Source texts are the exporters' own switch (`includeSourceTexts`), set from the same options.
 */
export function discloseExportInput(input: ExportInput, options: DisclosureOptions): ExportInput {
  const leaving = input.annotations.filter(
    (annotation) =>
      !isPrivateExcerpt(annotation) && withinRights(annotation.rightIds, options.rightIds),
  );
  const leavingIds = new Set(leaving.map((annotation) => annotation.id));
  const { briefing, ...rest } = input.collection;
  const collection: Collection = {
    ...rest,
    ...(briefing === undefined
      ? {}
      : {
          briefing: options.argument
            ? briefing
            : { ...briefing, summary: '', findings: '', recommendations: '' },
        }),
    items: input.collection.items
      .filter((item) => leavingIds.has(item.annotationId))
      .map((item) => ({ ...item, comment: options.comments ? item.comment : '' })),
  };
  const cited = new Set(leaving.map((annotation) => annotation.docId));
  return {
    collection,
    annotations: leaving.map((annotation) => discloseAnnotation(annotation, options)),
    documents: input.documents.filter((d) => cited.has(d.id)).map(discloseDocument),
    blocks: new Map([...input.blocks].filter(([docId]) => cited.has(docId))),
    rights: input.rights,
    documentNotes: options.notes
      ? (input.documentNotes ?? [])
          .filter((note) => cited.has(note.docId) && isShareableDocumentNote(note))
          .map((note) => discloseDocumentNote(note, options))
      : [],
  };
}
