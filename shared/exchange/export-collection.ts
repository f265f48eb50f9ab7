/** Builds a `.rightsmark.json` collection file from a collection in the library. */
import { BLOCK_SEPARATOR, documentText, type ParsedBlock } from '../model/document';
import { COLLECTION_BRIEFING_FIELDS, type CollectionBriefing } from '../model/collection';
import type { Right } from '../model/right';
import {
  ExportInputError,
  gatherExcerpts,
  type ExportEnvironment,
  type ExportInput,
  type ExportedExcerpt,
} from './export-input';
import { annotationIri, collectionIri, documentIri, rightIri } from './iri';
import {
  ANNO_CONTEXT,
  FORMAT_NAME,
  FORMAT_VERSION,
  POSITION_UNIT,
  RIGHTSMARK_CONTEXT,
  type FileAnnotation,
  type FileBriefing,
  type FileBlock,
  type FileDocument,
  type FileDocumentNote,
  type FileRight,
  type FileTextualBody,
  type RightsmarkCollectionFile,
} from './rightsmark-format';

/** What to put in an exported file. */
export interface ExportOptions {
  /**
   * The analysts' notes on each excerpt. Off for sharing outside the team: excerpts, rights and
   * the collection's own comments stay.
   */
  readonly includeNotes: boolean;
  /**
   * The full text of every source document, so the receiver can add documents they do not have
   * and anchor every excerpt exactly. Off gives a small file that anchors only against copies
   * the receiver already holds.
   */
  readonly includeSourceTexts: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  includeNotes: true,
  includeSourceTexts: true,
};

/** The generator recorded in every file we write. */
export const GENERATOR_ID = 'urn:rightsmark:app';

function textualBody(
  purpose: FileTextualBody['purpose'],
  value: string,
  id?: string,
): FileTextualBody {
  return id === undefined
    ? { type: 'TextualBody', purpose, value, format: 'text/plain' }
    : { type: 'TextualBody', purpose, value, id };
}

function fileAnnotation(excerpt: ExportedExcerpt, options: ExportOptions): FileAnnotation {
  const { annotation, document, rights, comment } = excerpt;
  const body: FileTextualBody[] = [
    ...rights.map((right) => textualBody('tagging', right.name, rightIri(right.id))),
    ...(options.includeNotes && annotation.note !== ''
      ? [textualBody('commenting', annotation.note)]
      : []),
    ...(comment !== '' ? [textualBody('describing', comment)] : []),
  ];
  const { quote, position } = annotation;
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: annotation.createdAt,
    modified: annotation.modifiedAt,
    ...(annotation.author.trim() === ''
      ? {}
      : { creator: { type: 'Person' as const, name: annotation.author } }),
    ...(body.length === 0 ? {} : { body }),
    target: {
      source: documentIri(document.contentHash),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        // An orphaned excerpt's stored offsets point into an older text: leave them out rather
        // than state a position the carried text contradicts.
        ...(annotation.status === 'orphaned'
          ? []
          : [
              {
                type: 'TextPositionSelector' as const,
                start: position.start,
                end: position.end,
              },
            ]),
      ],
    },
  };
}

function fileBlock(block: ParsedBlock): FileBlock {
  return {
    kind: block.kind,
    ...(block.level === undefined ? {} : { level: block.level }),
    text: block.text,
    ...(block.page === undefined ? {} : { page: block.page }),
  };
}

function fileDocuments(
  input: ExportInput,
  excerpts: readonly ExportedExcerpt[],
  options: ExportOptions,
): FileDocument[] {
  const byHash = new Map<string, FileDocument>();
  for (const { document } of excerpts) {
    const hash = document.contentHash.toLowerCase();
    if (byHash.has(hash)) continue;
    let blocks: readonly ParsedBlock[] | undefined;
    if (options.includeSourceTexts) {
      blocks = input.blocks.get(document.id);
      if (blocks === undefined) {
        throw new ExportInputError(`The blocks of document ${document.id} were not given.`);
      }
      const length = documentText(blocks).length;
      if (length !== document.textLength) {
        throw new ExportInputError(
          `Document ${document.id} records ${document.textLength} characters, its blocks ${length}.`,
        );
      }
    }
    byHash.set(hash, {
      id: documentIri(hash),
      contentHash: hash,
      title: document.title,
      publisher: document.publisher,
      year: document.year,
      kind: document.kind,
      language: document.language,
      sourceName: document.sourceName,
      textLength: document.textLength,
      ...(blocks === undefined ? {} : { blocks: blocks.map(fileBlock) }),
    });
  }
  return [...byHash.values()];
}

/**
 * The notes on the documents the file describes, oldest first, each a W3C Annotation on the
 * whole document: its text as a `commenting` body, its labels as `tagging` bodies.
 */
function fileDocumentNotes(
  input: ExportInput,
  documents: readonly FileDocument[],
  options: ExportOptions,
): FileDocumentNote[] {
  if (!options.includeNotes) return [];
  const hashOf = new Map(input.documents.map((d) => [d.id, d.contentHash.toLowerCase()]));
  const described = new Set(documents.map((d) => d.contentHash));
  return (input.documentNotes ?? [])
    .filter((note) => note.deletedAt === null && note.text.trim() !== '')
    .filter((note) => described.has(hashOf.get(note.docId) ?? ''))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((note) => ({
      id: annotationIri(note.id),
      type: 'Annotation',
      motivation: 'commenting',
      created: note.createdAt,
      modified: note.modifiedAt,
      ...(note.author.trim() === ''
        ? {}
        : { creator: { type: 'Person' as const, name: note.author } }),
      body: [
        textualBody('commenting', note.text),
        ...note.tags.map((tag) => textualBody('tagging', tag)),
      ],
      target: documentIri(hashOf.get(note.docId) ?? ''),
    }));
}

function fileRights(excerpts: readonly ExportedExcerpt[]): FileRight[] {
  const used = new Map<string, Right>();
  for (const { rights } of excerpts) for (const right of rights) used.set(right.id, right);
  return [...used.values()]
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((right) => ({
      id: right.id,
      name: right.name,
      description: right.description,
      legalBasis: right.legalBasis,
      color: right.color,
    }));
}

/** The briefing member: only the fields written in, or nothing when all are empty. */
function fileBriefing(briefing: CollectionBriefing): { briefing?: FileBriefing } {
  const written = COLLECTION_BRIEFING_FIELDS.filter((field) => briefing[field].trim() !== '');
  if (written.length === 0) return {};
  return {
    briefing: {
      ...Object.fromEntries(written.map((field) => [field, briefing[field]])),
      modified: briefing.modifiedAt,
    },
  };
}

/**
 * Exports one collection as a `.rightsmark.json` file (as data: `serializeCollection` turns it
 * into text). Pure and deterministic: the time and the page id come from `env`.
 *
 * Deleted excerpts and items whose excerpt is gone are left out; a smart collection is written
 * as the excerpts it matches now. Only the rights and documents the excerpts use are included,
 * and (with notes) the notes on those documents.
 *
 * @throws ExportInputError when an excerpt's document, or (with source texts) its blocks, are
 *   missing from the input, or the blocks do not make the document's recorded text length.
 */
export function exportCollection(
  input: ExportInput,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  env: ExportEnvironment,
): RightsmarkCollectionFile {
  const excerpts = gatherExcerpts(input);
  const exportedAt = env.now();
  const { collection } = input;
  const documents = fileDocuments(input, excerpts, options);
  const documentNotes = fileDocumentNotes(input, documents, options);
  return {
    '@context': [ANNO_CONTEXT, RIGHTSMARK_CONTEXT],
    id: collectionIri(collection.id),
    type: 'AnnotationCollection',
    label: collection.name,
    total: excerpts.length,
    created: collection.createdAt,
    modified: collection.modifiedAt,
    generator: { id: GENERATOR_ID, type: 'Software', name: `Rightsmark ${env.appVersion}` },
    generated: exportedAt,
    first: {
      id: `urn:uuid:${env.newId()}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: excerpts.map((excerpt) => fileAnnotation(excerpt, options)),
    },
    rightsmark: {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      positionUnit: POSITION_UNIT,
      blockSeparator: BLOCK_SEPARATOR,
      exportedAt,
      includesNotes: options.includeNotes,
      includesSourceTexts: options.includeSourceTexts,
      collection: {
        id: collection.id,
        description: collection.description,
        ...(collection.briefing === undefined ? {} : fileBriefing(collection.briefing)),
      },
      rights: fileRights(excerpts),
      documents,
      ...(documentNotes.length === 0 ? {} : { documentNotes }),
    },
  };
}
