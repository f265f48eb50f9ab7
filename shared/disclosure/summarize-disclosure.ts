/**
 * "What will leave": the review an analyst reads before any export. Counts what goes and what
 * stays behind (private, switched off, outside the chosen rights) and says what the file's
 * metadata will name, from the same rules the disclosure functions apply.
 */
import type { BriefingInput } from '../briefing/briefing-input';
import { PRODUCER } from '../briefing/build-briefing';
import { gatherExcerpts, type ExportInput } from '../exchange/export-input';
import { authorLabel } from './author-label';
import { isShareableDocumentNote, isShareableNote, withinRights } from './disclose-export-input';
import {
  effectiveDisclosure,
  switchApplies,
  type AuthorDisclosure,
  type DisclosureOptions,
  type ExportKind,
} from './disclosure-options';

/** One excerpt as the review needs it. */
export interface SubjectExcerpt {
  readonly docId: string;
  readonly rightIds: readonly string[];
  readonly note: string;
  readonly privateNote?: boolean;
  readonly privateExcerpt?: boolean;
  readonly comment: string;
  readonly author: string;
}

/** What an export is made from, whichever exporter makes it. */
export interface DisclosureSubject {
  /** The collection's name, or the briefing's title. */
  readonly title: string;
  /** The collection's description, or the briefing's subtitle. */
  readonly description: string;
  /** The briefing's "prepared by" ('' for collection exports). */
  readonly preparedBy: string;
  readonly excerpts: readonly SubjectExcerpt[];
  /** Every right's name by id, in the library's order. */
  readonly rights: readonly { readonly id: string; readonly name: string }[];
  /** Whether there is a collection file to attach (briefings). */
  readonly hasAttachment: boolean;
  /** Notes on the whole documents the excerpts quote (collection exports; absent: none). */
  readonly documentNotes?: readonly SubjectDocumentNote[];
  /**
   * Which parts of the analyst's argument are written ("Executive summary", "Key findings",
   * "Recommendations"); absent or empty when none is.
   */
  readonly argumentParts?: readonly string[];
}

/** The argument's parts as the review names them, for those written in. */
export function argumentPartsOf(
  argument: { summary?: string; findings?: string; recommendations?: string } | undefined,
): string[] {
  if (argument === undefined) return [];
  return [
    ...(argument.summary?.trim() ? ['Executive summary'] : []),
    ...(argument.findings?.trim() ? ['Key findings'] : []),
    ...(argument.recommendations?.trim() ? ['Recommendations'] : []),
  ];
}

/** A note on a whole document as the review needs it. */
export interface SubjectDocumentNote {
  readonly docId: string;
  readonly text: string;
  readonly privateNote?: boolean;
}

/** The kinds of export that carry notes on whole documents (the others have no place for them). */
export const KINDS_WITH_DOCUMENT_NOTES: readonly ExportKind[] = ['rightsmark', 'markdown'];

/** A collection export's subject. */
export function subjectOfExportInput(input: ExportInput): DisclosureSubject {
  return {
    title: input.collection.name,
    description: input.collection.description,
    preparedBy: '',
    excerpts: gatherExcerpts(input).map(({ annotation, rights, comment }) => ({
      docId: annotation.docId,
      rightIds: rights.map((right) => right.id),
      note: annotation.note,
      ...(annotation.privateNote === undefined ? {} : { privateNote: annotation.privateNote }),
      ...(annotation.privateExcerpt === undefined
        ? {}
        : { privateExcerpt: annotation.privateExcerpt }),
      comment,
      author: annotation.author,
    })),
    rights: [...input.rights].sort((a, b) => a.order - b.order),
    hasAttachment: false,
    documentNotes: (input.documentNotes ?? [])
      .filter((note) => note.deletedAt === null && note.text.trim() !== '')
      .map((note) => ({
        docId: note.docId,
        text: note.text,
        ...(note.privateNote === undefined ? {} : { privateNote: note.privateNote }),
      })),
    argumentParts: argumentPartsOf(input.collection.briefing),
  };
}

/** A briefing's subject. */
export function subjectOfBriefingInput(input: BriefingInput): DisclosureSubject {
  return {
    title: input.title,
    description: input.subtitle,
    preparedBy: input.author,
    excerpts: input.excerpts,
    rights: [...input.rights].sort((a, b) => a.order - b.order),
    hasAttachment: input.attachment !== undefined,
    argumentParts: argumentPartsOf(input.argument),
  };
}

/** One entry of the file's metadata as it will read. */
export interface MetadataEntry {
  readonly label: string;
  readonly value: string;
}

export interface DisclosureSummary {
  readonly kind: ExportKind;
  /** Excerpts that leave, and the documents they quote. */
  readonly excerpts: number;
  readonly documents: number;
  /** Excerpts the analyst marked private: held back. */
  readonly privateExcerpts: number;
  /** Excerpts tagged with none of the chosen rights: left out. */
  readonly outsideRights: number;
  /** Notes that leave. */
  readonly notes: number;
  /** Notes on leaving excerpts that are private: held back whatever the switches say. */
  readonly privateNotes: number;
  /** Shareable notes held back because notes are switched off. */
  readonly notesSwitchedOff: number;
  readonly comments: number;
  readonly commentsSwitchedOff: number;
  /** Notes on the quoted documents that leave (Rightsmark collection and Markdown files). */
  readonly documentNotes: number;
  /** Of the quoted documents' notes, the private ones: held back whatever the switches say. */
  readonly privateDocumentNotes: number;
  /** Shareable document notes held back because notes are switched off. */
  readonly documentNotesSwitchedOff: number;
  readonly authors: AuthorDisclosure;
  /** The distinct author labels that will appear, sorted. */
  readonly authorNames: readonly string[];
  readonly sourceTexts: boolean;
  readonly attachment: boolean;
  /** The parts of the analyst's argument that leave (none when switched off or unwritten). */
  readonly argumentParts: readonly string[];
  /** Parts written but held back because the argument is switched off. */
  readonly argumentSwitchedOff: readonly string[];
  readonly metadata: readonly MetadataEntry[];
}

/** How many leaving excerpts are shown by each measure, with the switches applied. */
export function summarizeDisclosure(
  subject: DisclosureSubject,
  kind: ExportKind,
  chosen: DisclosureOptions,
): DisclosureSummary {
  const options = effectiveDisclosure(kind, chosen);
  const rightsOnly = kind === 'qdc';
  const shareable = subject.excerpts.filter((e) => e.privateExcerpt !== true);
  const leaving = rightsOnly
    ? []
    : shareable.filter((e) => withinRights(e.rightIds, options.rightIds));
  const notes = leaving.filter((e) => isShareableNote(e)).length;
  const written = subject.argumentParts ?? [];
  const privateNotes = leaving.filter((e) => e.note.trim() !== '' && e.privateNote === true).length;
  const comments = leaving.filter((e) => e.comment.trim() !== '').length;
  const authorNames = [
    ...new Set(
      [...leaving.map((e) => e.author), subject.preparedBy]
        .map((name) => authorLabel(name, options.authors))
        .filter((name) => name !== ''),
    ),
  ].sort((a, b) => a.localeCompare(b));
  // Notes on whole documents go with the documents the leaving excerpts quote.
  const quoted = new Set(leaving.map((e) => e.docId));
  const documentNotes = KINDS_WITH_DOCUMENT_NOTES.includes(kind)
    ? (subject.documentNotes ?? []).filter((note) => quoted.has(note.docId))
    : [];
  const shareableDocumentNotes = documentNotes.filter((note) =>
    isShareableDocumentNote({ ...note, deletedAt: null }),
  ).length;
  const leavingRights = rightsOnly
    ? subject.rights
    : subject.rights.filter((right) => leaving.some((e) => e.rightIds.includes(right.id)));
  return {
    kind,
    excerpts: leaving.length,
    documents: new Set(leaving.map((e) => e.docId)).size,
    privateExcerpts: rightsOnly ? 0 : subject.excerpts.length - shareable.length,
    outsideRights: rightsOnly ? 0 : shareable.length - leaving.length,
    notes: options.notes ? notes : 0,
    privateNotes,
    notesSwitchedOff: options.notes ? 0 : notes,
    comments: options.comments ? comments : 0,
    commentsSwitchedOff: options.comments ? 0 : comments,
    documentNotes: options.notes ? shareableDocumentNotes : 0,
    privateDocumentNotes: documentNotes.filter((note) => note.privateNote === true).length,
    documentNotesSwitchedOff: options.notes ? 0 : shareableDocumentNotes,
    authors: options.authors,
    // With authors switched off every label is empty, so nobody is in the list.
    authorNames,
    sourceTexts: options.sourceTexts,
    attachment: options.attachment && subject.hasAttachment,
    // Formats with no place for the argument neither carry it nor hold it back.
    argumentParts: options.argument ? written : [],
    argumentSwitchedOff: options.argument || !switchApplies(kind, 'argument') ? [] : written,
    metadata: metadataOf(subject, kind, options, leavingRights, leaving.length),
  };
}

function metadataOf(
  subject: DisclosureSubject,
  kind: ExportKind,
  options: DisclosureOptions,
  rights: readonly { readonly name: string }[],
  excerpts: number,
): MetadataEntry[] {
  const rightNames = rights.map((right) => right.name);
  switch (kind) {
    case 'briefing': {
      const author = authorLabel(subject.preparedBy, options.authors);
      return [
        { label: 'Title', value: subject.title.trim() || 'Briefing' },
        { label: 'Author', value: author === '' ? '(none)' : author },
        {
          label: 'Subject',
          value:
            subject.description.trim() ||
            `Briefing on ${rightNames.join(', ')}: ${excerpts} excerpts`,
        },
        { label: 'Keywords', value: rightNames.join('; ') },
        { label: 'Creator', value: 'Rightsmark' },
        { label: 'Producer', value: PRODUCER },
      ];
    }
    case 'rightsmark':
      return [
        { label: 'Name', value: subject.title },
        { label: 'Description', value: subject.description || '(none)' },
        { label: 'Generator', value: 'Rightsmark' },
      ];
    case 'csv':
      return [{ label: 'Header row', value: 'column names only' }];
    case 'markdown':
      return [{ label: 'Heading', value: subject.title }];
    case 'qdpx':
      return [
        { label: 'Project name', value: subject.title },
        { label: 'Origin', value: 'Rightsmark' },
      ];
    case 'qdc':
      return [
        { label: 'Origin', value: 'Rightsmark' },
        { label: 'Codes', value: rightNames.join('; ') },
      ];
  }
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The summary in sentences, one per line, for the CLI and for tests of the dialog's wording. */
export function describeDisclosure(summary: DisclosureSummary): string[] {
  if (summary.kind === 'qdc') {
    return [
      'Only the rights, as codes: no excerpts, notes, comments, authors or texts.',
      ...summary.metadata.map((entry) => `${entry.label}: ${entry.value}`),
    ];
  }
  const lines = [
    `${count(summary.excerpts, 'excerpt', 'excerpts')} from ${count(summary.documents, 'document', 'documents')}.`,
  ];
  if (summary.privateExcerpts > 0)
    lines.push(
      `${count(summary.privateExcerpts, 'private excerpt', 'private excerpts')} held back.`,
    );
  if (summary.outsideRights > 0)
    lines.push(
      `${count(summary.outsideRights, 'excerpt', 'excerpts')} outside the chosen rights left out.`,
    );
  lines.push(
    summary.notesSwitchedOff > 0
      ? `Notes: switched off (${count(summary.notesSwitchedOff, 'note', 'notes')} held back).`
      : summary.notes > 0
        ? `Notes: ${summary.notes} go.`
        : 'Notes: none go.',
  );
  if (summary.privateNotes > 0)
    lines.push(`${count(summary.privateNotes, 'private note', 'private notes')} held back.`);
  if (summary.documentNotes > 0)
    lines.push(`Document notes (on whole documents): ${summary.documentNotes} go.`);
  if (summary.documentNotesSwitchedOff > 0)
    lines.push(
      `Document notes: switched off with the notes (${count(summary.documentNotesSwitchedOff, 'note', 'notes')} held back).`,
    );
  if (summary.privateDocumentNotes > 0)
    lines.push(
      `${count(summary.privateDocumentNotes, 'private document note', 'private document notes')} held back.`,
    );
  lines.push(
    summary.commentsSwitchedOff > 0
      ? `Collection comments: switched off (${count(summary.commentsSwitchedOff, 'comment', 'comments')} held back).`
      : summary.comments > 0
        ? `Collection comments: ${summary.comments} go.`
        : 'Collection comments: none go.',
  );
  const names = summary.authorNames.join(', ');
  lines.push(
    summary.authors === 'none' || names === ''
      ? 'Authors: nobody is named.'
      : summary.authors === 'initials'
        ? `Authors: initials only (${names}).`
        : `Authors: named (${names}).`,
  );
  lines.push(`Full source texts: ${summary.sourceTexts ? 'included' : 'left out'}.`);
  if (summary.argumentParts.length > 0)
    lines.push(`The analyst’s argument: ${summary.argumentParts.join(', ')} go.`);
  if (summary.argumentSwitchedOff.length > 0)
    lines.push(
      `The analyst’s argument: switched off (${summary.argumentSwitchedOff.join(', ')} held back).`,
    );
  if (summary.kind === 'briefing')
    lines.push(`Attached collection: ${summary.attachment ? 'included' : 'left out'}.`);
  lines.push(...summary.metadata.map((entry) => `${entry.label}: ${entry.value}`));
  return lines;
}
