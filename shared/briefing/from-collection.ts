/**
 * Turns a read collection file (shared/exchange's ParsedExchange: our `.rightsmark.json`, a W3C
 * annotation collection or a Hypothesis export) into a briefing's input: documents with their
 * text when the file carries it, rights (filled in from the built-in ones when a file names
 * them only), excerpts with their ¶ numbers, and the cover's details from the caller.
 */
import type {
  IncomingDocument,
  IncomingExcerpt,
  ParsedExchange,
} from '../exchange/parsed-exchange';
import { placeBlocks } from '../model/document';
import { BUILT_IN_RIGHTS, isRightColour, newRightColour } from '../model/right';
import { documentCiter, paragraphNumbers, type DocumentCiter } from '../structure/cite-passage';
import { withStructure } from '../structure/recognise-structure';
import {
  DEFAULT_BRIEFING_OPTIONS,
  type BriefingAttachment,
  type BriefingDocument,
  type BriefingExcerpt,
  type BriefingInput,
  type BriefingOptions,
  type BriefingRight,
} from './briefing-input';

/** What the file does not say: the cover's details, options, the time, the file to attach. */
export interface CollectionBriefingSettings {
  readonly now: Date;
  /** Defaults to the collection's name. */
  readonly title?: string;
  /** Defaults to the collection's description. */
  readonly subtitle?: string;
  readonly author?: string;
  readonly organisation?: string;
  /** Defaults to `now` written out in British English ("14 March 2025"). */
  readonly date?: string;
  readonly classification?: string;
  /** Default to what the file says for its briefing (`rightsmark.collection.briefing`). */
  readonly documentType?: string;
  readonly reference?: string;
  readonly cutOffDate?: string;
  readonly language?: string;
  readonly options?: Partial<BriefingOptions>;
  readonly attachment?: BriefingAttachment;
}

/** Builds the briefing input for a parsed collection file. */
export function briefingInputFromCollection(
  parsed: ParsedExchange,
  settings: CollectionBriefingSettings,
): BriefingInput {
  const documents = parsed.documents.map(toDocument);
  const findDocument = documentFinder(parsed.documents, documents);
  const rights = toRights(parsed);
  const rightIdOf = rightResolver(rights);

  // Collection files carry the texts but not their numbering: recognise it as import does, so
  // the CLI briefing cites "Art. 19(2)–(3)" and "OP 5–7" like the app.
  const citers = new Map<string, DocumentCiter>();
  parsed.documents.forEach((incoming, index) => {
    const document = documents[index];
    if (document && incoming.blocks && incoming.blocks.length > 0) {
      citers.set(
        document.id,
        documentCiter(placeBlocks(document.id, withStructure(incoming.blocks))),
      );
    }
  });
  const extraDocuments: BriefingDocument[] = [];
  const excerpts = parsed.excerpts.map((excerpt): BriefingExcerpt => {
    let document = findDocument(excerpt);
    if (!document) {
      // The file quotes a document it does not describe: cite it by what the excerpt says.
      const title = excerpt.docRef.title ?? excerpt.docRef.uri ?? 'Unnamed source';
      document = extraDocuments.find((doc) => doc.title === title);
      if (!document) {
        document = {
          id: `doc:unlisted:${extraDocuments.length + 1}`,
          title,
          publisher: null,
          year: null,
          kind: null,
        };
        extraDocuments.push(document);
      }
    }
    const place = placeOf(document, excerpt);
    const citer = citers.get(document.id);
    const cited =
      citer !== undefined && excerpt.position ? citer.passage(excerpt.position) : undefined;
    return {
      id: excerpt.id,
      docId: document.id,
      quote: excerpt.quote.exact,
      rightIds: [
        ...new Set(excerpt.rights.map(rightIdOf).filter((id): id is string => id !== null)),
      ],
      note: excerpt.note ?? '',
      comment: excerpt.comment,
      paragraph: place.paragraph,
      ...(cited?.own === true && cited.place !== null ? { reference: cited.place } : {}),
      page: place.page,
      author: excerpt.creator ?? '',
      created: excerpt.created ?? '',
      position: excerpt.position
        ? { start: excerpt.position.start, end: excerpt.position.end }
        : null,
    };
  });

  return {
    title: settings.title ?? parsed.name ?? 'Briefing',
    subtitle: settings.subtitle ?? parsed.description,
    author: settings.author ?? '',
    organisation: settings.organisation ?? '',
    date: settings.date ?? formatDate(settings.now),
    classification: settings.classification ?? '',
    ...coverDetails(parsed, settings),
    language: settings.language ?? 'en-GB',
    rights,
    documents: [...documents, ...extraDocuments],
    excerpts,
    options: { ...DEFAULT_BRIEFING_OPTIONS, ...settings.options },
    now: settings.now,
    ...(settings.attachment ? { attachment: settings.attachment } : {}),
  };
}

function toDocument(incoming: IncomingDocument, index: number): BriefingDocument {
  return {
    id: incoming.contentHash
      ? `sha256:${incoming.contentHash}`
      : (incoming.uri ?? `doc:${index + 1}`),
    title: incoming.title ?? incoming.sourceName ?? incoming.uri ?? `Document ${index + 1}`,
    publisher: incoming.publisher,
    year: incoming.year,
    kind: incoming.kind,
    language: incoming.language,
    ...(incoming.blocks
      ? {
          blocks: incoming.blocks.map((block) => ({
            kind: block.kind,
            text: block.text,
            ...(block.level === undefined ? {} : { level: block.level }),
            ...(block.page === undefined ? {} : { page: block.page }),
          })),
        }
      : {}),
  };
}

/** Finds an excerpt's document by content hash, then address, then title. */
function documentFinder(
  incoming: readonly IncomingDocument[],
  documents: readonly BriefingDocument[],
) {
  return (excerpt: IncomingExcerpt): BriefingDocument | undefined => {
    const { contentHash, uri, title } = excerpt.docRef;
    const index = incoming.findIndex(
      (doc) =>
        (contentHash !== null && doc.contentHash === contentHash) ||
        (uri !== null && doc.uri === uri),
    );
    const byTitle =
      index < 0 && title !== null ? incoming.findIndex((doc) => doc.title === title) : -1;
    return documents[index >= 0 ? index : byTitle];
  };
}

function toRights(parsed: ParsedExchange): BriefingRight[] {
  return parsed.rights.map((right, index) => {
    const builtIn = BUILT_IN_RIGHTS.find(
      (candidate) =>
        candidate.id === right.id ||
        candidate.name.toLocaleLowerCase() === right.name.toLocaleLowerCase(),
    );
    // Tags from W3C or Hypothesis files name no colour: they take the new rights' colours.
    const colour = right.color ?? builtIn?.color ?? newRightColour(index);
    return {
      id: right.id ?? builtIn?.id ?? `right:tag:${right.name.toLocaleLowerCase()}`,
      name: right.name,
      description: right.description ?? builtIn?.description ?? '',
      legalBasis: right.legalBasis ?? builtIn?.legalBasis ?? '',
      colour: isRightColour(colour) ? colour : '#7f8c8d',
      order: builtIn?.order ?? 100 + index,
    };
  });
}

/** Resolves an excerpt's right reference by id, else by name (case-insensitive). */
function rightResolver(rights: readonly BriefingRight[]) {
  return (ref: { readonly id: string | null; readonly name: string }): string | null => {
    const byId = ref.id === null ? undefined : rights.find((right) => right.id === ref.id);
    const byName = rights.find(
      (right) => right.name.toLocaleLowerCase() === ref.name.toLocaleLowerCase(),
    );
    return (byId ?? byName)?.id ?? null;
  };
}

/**
 * The ¶ number (as shared/structure counts paragraphs: never headings or navigation lines) and
 * page of the block the excerpt starts in, when known.
 */
function placeOf(
  document: BriefingDocument,
  excerpt: IncomingExcerpt,
): { paragraph: number | null; page: number | null } {
  const blocks = document.blocks;
  const start = excerpt.position?.start;
  if (!blocks || start === undefined) return { paragraph: null, page: null };
  const numbers = paragraphNumbers(blocks);
  let offset = 0;
  for (const [index, block] of blocks.entries()) {
    if (start < offset + block.text.length + 2)
      return { paragraph: numbers[index] ?? null, page: block.page ?? null };
    offset += block.text.length + 2;
  }
  return { paragraph: null, page: null };
}

function formatDate(now: Date): string {
  return now.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The cover's type, reference and cut-off (the caller's, else the file's) and the argument. */
function coverDetails(
  parsed: ParsedExchange,
  settings: CollectionBriefingSettings,
): Pick<BriefingInput, 'documentType' | 'reference' | 'cutOffDate' | 'argument'> {
  const file = parsed.briefing ?? {};
  const documentType = settings.documentType ?? file.documentType;
  const reference = settings.reference ?? file.reference;
  const cutOffDate = settings.cutOffDate ?? file.cutOffDate;
  const { summary, findings, recommendations } = file;
  const argument = {
    ...(summary ? { summary } : {}),
    ...(findings ? { findings } : {}),
    ...(recommendations ? { recommendations } : {}),
  };
  return {
    ...(documentType ? { documentType } : {}),
    ...(reference ? { reference } : {}),
    ...(cutOffDate ? { cutOffDate } : {}),
    ...(Object.keys(argument).length > 0 ? { argument } : {}),
  };
}
