/** Reads one of our own `.rightsmark.json` files into the common incoming shape. */
import { BLOCK_SEPARATOR } from '../model/document';
import { contentUuid } from './content-uuid';
import { ExchangeError } from './exchange-error';
import {
  annotationIdFromIri,
  collectionIdFromIri,
  contentHashFromIri,
  documentIri,
  rightIdFromIri,
} from './iri';
import { invalidAt, parseWith } from './parse-with';
import type {
  IncomingDocument,
  IncomingDocumentNote,
  IncomingExcerpt,
  IncomingRight,
  ParsedExchange,
} from './parsed-exchange';
import { FORMAT_VERSION } from './rightsmark-format';
import { rightsmarkFileSchema, type RightsmarkFileData } from './rightsmark-schema';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses a file written by a newer version of the format before checking anything else. */
function checkVersion(json: unknown, fileName: string): void {
  const extension = isRecord(json) ? json.rightsmark : undefined;
  const version = isRecord(extension) ? extension.formatVersion : undefined;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new ExchangeError(
      'unsupported-version',
      fileName,
      'rightsmark.formatVersion',
      `the file uses format version ${version}, newer than this Rightsmark reads ` +
        `(${FORMAT_VERSION}); update Rightsmark to import it`,
    );
  }
}

function readDocuments(data: RightsmarkFileData, fileName: string): IncomingDocument[] {
  const seen = new Map<string, number>();
  return data.rightsmark.documents.map((doc, index) => {
    const path = ['rightsmark', 'documents', index];
    const earlier = seen.get(doc.contentHash);
    if (earlier !== undefined) {
      throw invalidAt(
        fileName,
        [...path, 'contentHash'],
        `the same document is listed twice (also at rightsmark.documents[${earlier}])`,
      );
    }
    seen.set(doc.contentHash, index);
    if (doc.id !== documentIri(doc.contentHash)) {
      throw invalidAt(fileName, [...path, 'id'], `expected "${documentIri(doc.contentHash)}"`);
    }
    if (doc.blocks !== undefined) {
      const length =
        doc.blocks.reduce((sum, block) => sum + block.text.length, 0) +
        BLOCK_SEPARATOR.length * Math.max(0, doc.blocks.length - 1);
      if (length !== doc.textLength) {
        throw invalidAt(
          fileName,
          [...path, 'textLength'],
          `${doc.textLength} does not match the carried text, which is ${length} characters long`,
        );
      }
    }
    return {
      contentHash: doc.contentHash,
      uri: null,
      title: doc.title,
      publisher: doc.publisher,
      year: doc.year,
      kind: doc.kind,
      language: doc.language,
      sourceName: doc.sourceName,
      textLength: doc.textLength,
      blocks: doc.blocks ?? null,
    };
  });
}

function readRights(data: RightsmarkFileData, fileName: string): IncomingRight[] {
  const seen = new Map<string, number>();
  return data.rightsmark.rights.map((right, index) => {
    const earlier = seen.get(right.id);
    if (earlier !== undefined) {
      throw invalidAt(
        fileName,
        ['rightsmark', 'rights', index, 'id'],
        `duplicate id "${right.id}" (also at rightsmark.rights[${earlier}])`,
      );
    }
    seen.set(right.id, index);
    return { ...right };
  });
}

/** The notes on whole documents the file carries, with the same ids as in the library they left. */
function readDocumentNotes(
  data: RightsmarkFileData,
  titles: ReadonlyMap<string | null, string | null>,
  fileName: string,
): IncomingDocumentNote[] {
  const seen = new Map<string, number>();
  return (data.rightsmark.documentNotes ?? []).map((note, index) => {
    const earlier = seen.get(note.id);
    if (earlier !== undefined) {
      throw invalidAt(
        fileName,
        ['rightsmark', 'documentNotes', index, 'id'],
        `duplicate id "${note.id}" (also at rightsmark.documentNotes[${earlier}])`,
      );
    }
    seen.set(note.id, index);
    const contentHash = contentHashFromIri(note.target);
    return {
      id: annotationIdFromIri(note.id) ?? contentUuid(`w3c:${note.id}`),
      externalId: note.id,
      docRef: {
        contentHash,
        uri: contentHash === null ? note.target : null,
        // Every listed document has a hash, so a note on a page by address finds no title.
        title: titles.get(contentHash) ?? null,
      },
      text: joinBodies(note.body.filter((b) => b.purpose === 'commenting').map((b) => b.value)),
      tags: note.body.filter((b) => b.purpose === 'tagging').map((b) => b.value),
      creator: note.creator?.name ?? null,
      created: note.created,
      modified: note.modified,
    };
  });
}

function joinBodies(values: readonly string[]): string {
  return values.join('\n\n');
}

/** Reads a file already recognised as ours. */
export function readRightsmark(json: unknown, fileName: string): ParsedExchange {
  checkVersion(json, fileName);
  const data = parseWith(rightsmarkFileSchema, json, fileName);
  const documents = readDocuments(data, fileName);
  const rights = readRights(data, fileName);
  const lengths = new Map(documents.map((d) => [d.contentHash, d.textLength]));
  const titles = new Map(documents.map((d) => [d.contentHash, d.title]));
  const notesIncluded = data.rightsmark.includesNotes;
  const seen = new Map<string, number>();

  const excerpts = data.first.items.map((item, index): IncomingExcerpt => {
    const path = ['first', 'items', index];
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      throw invalidAt(
        fileName,
        [...path, 'id'],
        `duplicate id "${item.id}" (also at first.items[${earlier}])`,
      );
    }
    seen.set(item.id, index);
    const contentHash = contentHashFromIri(item.target.source);
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const positionAt = item.target.selector.findIndex((s) => s.type === 'TextPositionSelector');
    const position = item.target.selector[positionAt];
    // Every listed document has a hash, so a passage on a page by address has no length.
    const length = lengths.get(contentHash);
    if (position?.type === 'TextPositionSelector' && length != null && position.end > length) {
      throw invalidAt(
        fileName,
        [...path, 'target', 'selector', positionAt, 'end'],
        `${position.end} is beyond the end of the document's text (${length} characters)`,
      );
    }
    const bodies = item.body ?? [];
    return {
      id: annotationIdFromIri(item.id) ?? contentUuid(`w3c:${item.id}`),
      externalId: item.id,
      docRef: {
        contentHash,
        uri: contentHash === null ? item.target.source : null,
        title: titles.get(contentHash) ?? null,
      },
      quote: {
        type: 'TextQuoteSelector',
        // Stryker disable next-line StringLiteral: equivalent mutant; the schema requires one quote
        exact: quote?.type === 'TextQuoteSelector' ? quote.exact : '',
        prefix: (quote?.type === 'TextQuoteSelector' ? quote.prefix : undefined) ?? '',
        suffix: (quote?.type === 'TextQuoteSelector' ? quote.suffix : undefined) ?? '',
      },
      position:
        position?.type === 'TextPositionSelector'
          ? { type: 'TextPositionSelector', start: position.start, end: position.end }
          : null,
      rights: bodies
        .filter((b) => b.purpose === 'tagging')
        .map((b) => ({ id: b.id === undefined ? null : rightIdFromIri(b.id), name: b.value })),
      note: notesIncluded
        ? joinBodies(bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value))
        : null,
      comment: joinBodies(bodies.filter((b) => b.purpose === 'describing').map((b) => b.value)),
      creator: item.creator?.name ?? null,
      created: item.created,
      modified: item.modified,
    };
  });

  return {
    format: 'rightsmark',
    fileName,
    collectionId: data.rightsmark.collection.id || collectionIdFromIri(data.id),
    name: data.label,
    description: data.rightsmark.collection.description,
    ...(data.rightsmark.collection.briefing
      ? { briefing: withoutUndefined(data.rightsmark.collection.briefing) }
      : {}),
    excerpts,
    documents,
    rights,
    exportedAt: data.rightsmark.exportedAt,
    generator: data.generator?.name ?? null,
    documentNotes: readDocumentNotes(data, titles, fileName),
    skipped: [],
  };
}

/** The fields that are present (zod leaves absent optional members undefined). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
