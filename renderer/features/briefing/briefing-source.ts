/**
 * Where a briefing's excerpts come from (a collection, or the excerpts view's current filter),
 * read from the library in one transaction, and how they become the PDF engine's plain input:
 * rights, documents with their text, excerpts in order, the cover and the collection file the
 * PDF carries as an attachment (built from the very same excerpts through shared/disclosure).
 */
import {
  DEFAULT_BRIEFING_OPTIONS,
  type BriefingBlock,
  type BriefingDocument,
  type BriefingExcerpt,
  type BriefingInput,
  type BriefingOptions,
  type BriefingRight,
} from '../../../shared/briefing';
import {
  DEFAULT_DISCLOSURE,
  collectionAttachment,
  discloseBriefingInput,
  isPrivateExcerpt,
  type DisclosureOptions,
} from '../../../shared/disclosure';
import { COLLECTION_FILE_EXTENSION, type ExportInput } from '../../../shared/exchange';
import { paragraphNumbers } from '../../../shared/structure';
import { gatherExcerpts, type ExportedExcerpt } from '../../../shared/exchange/export-input';
import type {
  Collection,
  CollectionBriefingField,
  ExcerptFilter,
  ParsedBlock,
  Right,
} from '../../../shared/model';
import { gatherExportInput, type LeftOutExcerpt } from '../../db/collections-repo';
import type { RightsmarkDatabase } from '../../db/database';
import type { Environment } from '../../platform/environment';
import { loadQueryExcerpts } from '../../db/excerpts-repo';
import type { ExcerptQuery } from '../../../shared/model/excerpt-filter';
import { briefingFileStem } from './briefing-file-name';

/** What a briefing is made from: a collection, or the excerpts view's current filter. */
export type BriefingSource =
  | { readonly kind: 'collection'; readonly collectionId: string }
  | { readonly kind: 'filter'; readonly filter: ExcerptQuery };

/** A right the excerpts carry, with how many of them carry it (for the dialog's checkboxes). */
export interface MaterialRight {
  readonly right: BriefingRight;
  readonly count: number;
}

/** The excerpts of a source with everything they refer to, read once when the dialog opens. */
export interface BriefingMaterial {
  /** The collection's name, or a name for the filter: the default title. */
  readonly name: string;
  /** The collection's description ('' for a filter): the default subtitle. */
  readonly description: string;
  /** The collection the argument is remembered with; null for a filter (nothing to keep it). */
  readonly collectionId: string | null;
  /**
   * What the collection exporters read. For a filter, a stand-in smart collection whose
   * `annotations` are the matching excerpts in the view's order.
   */
  readonly exportInput: ExportInput;
  /** The excerpts in order, each with its document, rights, comment and starting block. */
  readonly excerpts: readonly ExportedExcerpt[];
  /** Rights the excerpts carry, by the library's order. */
  readonly rights: readonly MaterialRight[];
  /** The collection's excerpts left out because they, or their documents, are in the Trash. */
  readonly leftOut: readonly LeftOutExcerpt[];
}

/**
 * The cover's details, the analyst's argument and the options, as the dialog's form holds them.
 * The argument and the cover's document type, reference and cut-off (`CollectionBriefingField`)
 * are remembered with the collection; the rest with the app's preferences.
 */
export interface BriefingForm extends Readonly<Record<CollectionBriefingField, string>> {
  readonly title: string;
  readonly subtitle: string;
  readonly author: string;
  readonly organisation: string;
  /** Written as the analyst wants it on the cover ("14 March 2025"). */
  readonly date: string;
  readonly classification: string;
  readonly options: BriefingOptions;
}

/** The form's fields remembered with the collection. */
export function briefingFieldsOf(
  form: BriefingForm,
): Readonly<Record<CollectionBriefingField, string>> {
  return {
    documentType: form.documentType,
    reference: form.reference,
    cutOffDate: form.cutOffDate,
    summary: form.summary,
    findings: form.findings,
    recommendations: form.recommendations,
  };
}

/** Time, ids and the app's version, injected so tests are deterministic. */
export interface BriefingEnvironment {
  readonly now: Date;
  newId(): string;
  readonly appVersion: string;
}

/** The language the briefing's own words (labels, headings) are written in. */
const BRIEFING_LANGUAGE = 'en-GB';
/** Used for a right whose stored colour is not #rrggbb (the engine refuses other forms). */
const FALLBACK_COLOUR = '#7f8c8d';

/** Reads the excerpts of `source` and everything they refer to. */
export async function loadBriefingMaterial(
  db: RightsmarkDatabase,
  source: BriefingSource,
  env: Pick<Environment, 'now' | 'newId'>,
): Promise<BriefingMaterial> {
  if (source.kind === 'collection') {
    const { leftOut, ...exportInput } = await gatherExportInput(db, source.collectionId);
    return materialOf(
      exportInput,
      exportInput.collection.name,
      exportInput.collection.description,
      source.collectionId,
      leftOut,
    );
  }
  // The excerpts view lists no excerpt in the Trash, so a filter leaves none out.
  const exportInput = await filterExportInput(db, source.filter, env);
  return materialOf(exportInput, exportInput.collection.name, '', null, []);
}

/**
 * The excerpts the excerpts view lists for `query`, in its order (by document title, then
 * position), as the input of a stand-in smart collection named after the filter.
 */
async function filterExportInput(
  db: RightsmarkDatabase,
  query: ExcerptQuery,
  env: Pick<Environment, 'now' | 'newId'>,
): Promise<ExportInput> {
  const { titles, ...excerpts } = await loadQueryExcerpts(db, query);
  const now = env.now();
  const collection: Collection = {
    id: env.newId(),
    name: filterName(query, excerpts.rights, titles),
    description: '',
    items: [],
    filter: collectionFilterOf(query),
    createdAt: now,
    modifiedAt: now,
    deletedAt: null,
  };
  return { collection, ...excerpts };
}

/** A name for a filtered selection: what it is about, in the analyst's words. */
export function filterName(
  query: ExcerptQuery,
  rights: readonly Pick<Right, 'id' | 'name'>[],
  docTitles: ReadonlyMap<string, string>,
): string {
  const names = query.rightIds.flatMap((id) => rights.find((r) => r.id === id)?.name ?? []);
  const about =
    names.length > 0 ? names.join(query.rightsMatch === 'all' ? ' and ' : ', ') : 'human rights';
  const document = query.docId === null ? undefined : docTitles.get(query.docId);
  return document === undefined ? `Briefing on ${about}` : `Briefing on ${about}: ${document}`;
}

/**
 * The excerpts view's query as a smart collection's filter. Only recorded (the stand-in
 * collection's excerpts are given, not re-evaluated): author and dates have no place in it.
 */
function collectionFilterOf(query: ExcerptQuery): ExcerptFilter {
  return {
    rightIds: query.rightIds,
    rightsMatch: query.rightsMatch,
    docIds: query.docId === null ? [] : [query.docId],
    text: query.text,
    yearFrom: null,
    yearTo: null,
  };
}

function materialOf(
  exportInput: ExportInput,
  name: string,
  description: string,
  collectionId: string | null,
  leftOut: readonly LeftOutExcerpt[],
): BriefingMaterial {
  const excerpts = gatherExcerpts(exportInput);
  const counts = new Map<string, number>();
  for (const excerpt of excerpts) {
    for (const right of excerpt.rights) counts.set(right.id, (counts.get(right.id) ?? 0) + 1);
  }
  const rights = [...exportInput.rights]
    .filter((right) => counts.has(right.id))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
    .map((right) => ({ right: briefingRight(right), count: counts.get(right.id) ?? 0 }));
  return { name, description, collectionId, exportInput, excerpts, rights, leftOut };
}

function briefingRight(right: Right): BriefingRight {
  return {
    id: right.id,
    name: right.name,
    description: right.description,
    legalBasis: right.legalBasis,
    colour: /^#[0-9a-f]{6}$/i.test(right.color) ? right.color : FALLBACK_COLOUR,
    order: right.order,
  };
}

function briefingBlock(block: ParsedBlock): BriefingBlock {
  return {
    kind: block.kind,
    ...(block.level === undefined ? {} : { level: block.level }),
    text: block.text,
    ...(block.page === undefined ? {} : { page: block.page }),
  };
}

/**
 * Each document's ¶ numbers by block, counted as shared/structure counts them (never headings
 * or navigation lines), computed once per document.
 */
function paragraphNumbersBy(
  blocks: ReadonlyMap<string, readonly ParsedBlock[]>,
): (docId: string, blockIndex: number) => number | null {
  const cache = new Map<string, (number | null)[]>();
  return (docId, blockIndex) => {
    let numbers = cache.get(docId);
    if (numbers === undefined) {
      numbers = paragraphNumbers(blocks.get(docId) ?? []);
      cache.set(docId, numbers);
    }
    return numbers[blockIndex] ?? null;
  };
}

function briefingExcerpt(
  excerpt: ExportedExcerpt,
  paragraphOf: (docId: string, blockIndex: number) => number | null,
): BriefingExcerpt {
  const { annotation, comment, block, citation } = excerpt;
  return {
    id: annotation.id,
    docId: annotation.docId,
    quote: annotation.quote.exact,
    rightIds: excerpt.rights.map((right) => right.id),
    note: annotation.note,
    comment,
    // The engine cites from the document's text; this stands when the position is unknown.
    paragraph: paragraphOf(annotation.docId, annotation.blockIndex),
    // The document's own numbering over the whole passage ("Art. 19(2)–(3)", "OP 5–7").
    ...(citation.own && citation.place !== null ? { reference: citation.place } : {}),
    page: block?.page ?? null,
    author: annotation.author,
    created: annotation.createdAt,
    // An orphaned excerpt's offsets point into an older text: the appendix must not mark them.
    position:
      annotation.status === 'orphaned'
        ? null
        : { start: annotation.position.start, end: annotation.position.end },
    ...(annotation.privateNote === true ? { privateNote: true } : {}),
    ...(annotation.privateExcerpt === true ? { privateExcerpt: true } : {}),
  };
}

/** Whether an excerpt goes into a briefing with these options (as the engine's plan decides). */
function isIncluded(excerpt: ExportedExcerpt, options: BriefingOptions): boolean {
  if (options.selectedRightIds.length === 0) return true;
  return excerpt.rights.some((right) => options.selectedRightIds.includes(right.id));
}

/** How many excerpts a briefing with these options would hold (private ones never go). */
export function includedCount(material: BriefingMaterial, options: BriefingOptions): number {
  return material.excerpts.filter(
    (excerpt) => !isPrivateExcerpt(excerpt.annotation) && isIncluded(excerpt, options),
  ).length;
}

/**
 * The engine's input for the form, passed through the disclosure: private excerpts and notes
 * never go, and the attached collection file holds exactly the excerpts the briefing shows,
 * with notes, comments, authors and texts only as `disclosure` allows (by default, as the
 * form's notes and rights say).
 */
export function composeBriefingInput(
  material: BriefingMaterial,
  form: BriefingForm,
  env: BriefingEnvironment,
  disclosure?: DisclosureOptions,
): BriefingInput {
  const options: BriefingOptions = { ...DEFAULT_BRIEFING_OPTIONS, ...form.options };
  const documents: BriefingDocument[] = [];
  const seen = new Set<string>();
  for (const { document } of material.excerpts) {
    if (seen.has(document.id)) continue;
    seen.add(document.id);
    const blocks = material.exportInput.blocks.get(document.id);
    documents.push({
      id: document.id,
      title: document.title,
      publisher: document.publisher,
      year: document.year,
      kind: document.kind,
      language: document.language,
      ...(blocks === undefined ? {} : { blocks: blocks.map(briefingBlock) }),
    });
  }

  const paragraphOf = paragraphNumbersBy(material.exportInput.blocks);
  const title = form.title.trim() || material.name;
  // The attachment starts as the whole collection without anything private; the disclosure
  // then narrows it (rights, notes, comments, authors, texts) exactly as it narrows the pages.
  // The attached file carries the argument as the form has it now (remembered or not yet).
  const fields = briefingFieldsOf(form);
  const exportInput: ExportInput = {
    ...material.exportInput,
    collection: {
      ...material.exportInput.collection,
      briefing: { ...fields, modifiedAt: env.now.toISOString() },
    },
  };
  const attachment = collectionAttachment(
    exportInput,
    `${briefingFileStem(title)}${COLLECTION_FILE_EXTENSION}`,
    { now: () => env.now.toISOString(), newId: () => env.newId(), appVersion: env.appVersion },
  );
  const input: BriefingInput = {
    title,
    subtitle: form.subtitle.trim(),
    author: form.author.trim(),
    organisation: form.organisation.trim(),
    date: form.date.trim(),
    classification: form.classification.trim(),
    ...coverDetailsOf(fields),
    language: BRIEFING_LANGUAGE,
    rights: material.rights.map(({ right }) => right),
    documents,
    excerpts: material.excerpts.map((excerpt) => briefingExcerpt(excerpt, paragraphOf)),
    options,
    now: env.now,
    attachment: {
      ...attachment,
      description: 'The excerpts of this briefing as a Rightsmark collection',
    },
  };
  return discloseBriefingInput(input, disclosure ?? disclosureOf(options)).input;
}

/** The cover's document type, reference and cut-off, and the argument, without empty parts. */
function coverDetailsOf(
  fields: Readonly<Record<CollectionBriefingField, string>>,
): Pick<BriefingInput, 'documentType' | 'reference' | 'cutOffDate' | 'argument'> {
  const written = (field: CollectionBriefingField) => {
    const value =
      field === 'summary' || field === 'findings' || field === 'recommendations'
        ? fields[field].trim()
        : fields[field].trim().replace(/\s+/g, ' ');
    return value === '' ? {} : { [field]: value };
  };
  const argument = {
    ...written('summary'),
    ...written('findings'),
    ...written('recommendations'),
  };
  return {
    ...written('documentType'),
    ...written('reference'),
    ...written('cutOffDate'),
    ...(Object.keys(argument).length > 0 ? { argument } : {}),
  };
}

/** The disclosure a briefing form implies when the review has not been shown. */
export function disclosureOf(options: BriefingOptions): DisclosureOptions {
  return {
    ...DEFAULT_DISCLOSURE,
    notes: options.includeNotes,
    rightIds: options.selectedRightIds,
  };
}
