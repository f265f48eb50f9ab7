/**
 * Decides what the briefing contains before anything is laid out: which rights and excerpts are
 * included, the sections they fall into (by right, by document or in the collection's order), the numbered list of
 * sources, and the counts the summary charts and matrix show.
 */
import { documentCiter, type DocumentCiter } from '../structure/cite-passage';
import {
  BriefingInputError,
  type BriefingDocument,
  type BriefingExcerpt,
  type BriefingInput,
  type BriefingRight,
} from './briefing-input';

/** One section of the briefing body. */
export interface PlannedSection {
  /** Stable destination name for links and bookmarks. */
  readonly id: string;
  readonly title: string;
  /** The section's right (grouping by right); absent for the untagged section. */
  readonly right?: BriefingRight;
  /** The section's document (grouping by document). */
  readonly document?: BriefingDocument;
  readonly excerpts: readonly BriefingExcerpt[];
}

/** What goes into the briefing, and the numbers about it. */
export interface BriefingPlan {
  /** Included rights, by their order. */
  readonly rights: readonly BriefingRight[];
  /** Documents with at least one included excerpt, in the input's order. */
  readonly documents: readonly BriefingDocument[];
  /** Included excerpts, in the input's order. */
  readonly excerpts: readonly BriefingExcerpt[];
  readonly sections: readonly PlannedSection[];
  /** Included rights no included excerpt is tagged with: they get no section (the summary says so). */
  readonly emptyRights: readonly BriefingRight[];
  /**
   * Each excerpt's number (E1, E2, …), given in reading order: the first section an excerpt
   * appears in numbers it, and it keeps that number wherever else it appears.
   */
  readonly excerptNumber: ReadonlyMap<string, number>;
  /** Excerpts tagged with each right (an excerpt with two rights counts for both). */
  readonly countByRight: ReadonlyMap<string, number>;
  readonly countByDocument: ReadonlyMap<string, number>;
  /** Excerpts of each document tagged with each right: matrix.get(docId)?.get(rightId). */
  readonly matrix: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The number of each document in the list of sources (1-based). */
  readonly sourceNumber: ReadonlyMap<string, number>;
  /** Included rights by id. */
  readonly rightById: ReadonlyMap<string, BriefingRight>;
  readonly documentById: ReadonlyMap<string, BriefingDocument>;
}

/** The document's plain text joins blocks with a blank line (see shared/model/document.ts). */
const BLOCK_SEPARATOR_LENGTH = 2;

/** Destination names of the fixed parts of the briefing. */
export const PART_IDS = {
  argument: 'part:argument',
  summary: 'part:summary',
  contents: 'part:contents',
  sources: 'part:sources',
  appendix: 'part:appendix',
} as const;

/** Plans the briefing; throws BriefingInputError when no excerpt is left to include. */
export function planBriefing(input: BriefingInput): BriefingPlan {
  const selected = new Set(input.options.selectedRightIds);
  const rights = [...input.rights]
    .filter((right) => selected.size === 0 || selected.has(right.id))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const rightById = new Map(rights.map((right) => [right.id, right]));

  const citers = new Map<string, DocumentCiter | null>();
  const citerOf = (docId: string): DocumentCiter | null => {
    if (!citers.has(docId))
      citers.set(docId, citerFor(input.documents.find((d) => d.id === docId)));
    return citers.get(docId) ?? null;
  };
  const excerpts = input.excerpts
    .map((excerpt) => ({
      ...citedPlace(excerpt, citerOf(excerpt.docId)),
      rightIds: excerpt.rightIds.filter((id) => rightById.has(id)),
    }))
    .filter((excerpt) => excerpt.rightIds.length > 0 || selected.size === 0);
  if (excerpts.length === 0) {
    throw new BriefingInputError(
      'no-excerpts',
      'None of the collection’s excerpts is tagged with the rights chosen for the briefing.',
    );
  }

  const cited = new Set(excerpts.map((excerpt) => excerpt.docId));
  const documents = input.documents.filter((doc) => cited.has(doc.id));
  const documentById = new Map(documents.map((doc) => [doc.id, doc]));
  const sourceNumber = new Map(documents.map((doc, index) => [doc.id, index + 1]));

  const countByRight = new Map<string, number>(rights.map((right) => [right.id, 0]));
  const countByDocument = new Map<string, number>(documents.map((doc) => [doc.id, 0]));
  const matrix = new Map<string, Map<string, number>>(documents.map((doc) => [doc.id, new Map()]));
  for (const excerpt of excerpts) {
    countByDocument.set(excerpt.docId, (countByDocument.get(excerpt.docId) ?? 0) + 1);
    const row = matrix.get(excerpt.docId);
    for (const rightId of excerpt.rightIds) {
      countByRight.set(rightId, (countByRight.get(rightId) ?? 0) + 1);
      row?.set(rightId, (row.get(rightId) ?? 0) + 1);
    }
  }

  const sections =
    input.options.grouping === 'right'
      ? rightSections(rights, excerpts)
      : input.options.grouping === 'collection'
        ? // The collection's order is the input's: one section, each excerpt once.
          [{ id: 'section:collection', title: 'Excerpts', excerpts }]
        : documents.map((document): PlannedSection => ({
            id: `section:document:${document.id}`,
            title: document.title,
            document,
            excerpts: inDocumentOrder(excerpts.filter((excerpt) => excerpt.docId === document.id)),
          }));
  const emptyRights = rights.filter((right) => (countByRight.get(right.id) ?? 0) === 0);
  const excerptNumber = new Map<string, number>();
  for (const section of sections) {
    for (const excerpt of section.excerpts) {
      if (!excerptNumber.has(excerpt.id)) excerptNumber.set(excerpt.id, excerptNumber.size + 1);
    }
  }

  return {
    rights,
    documents,
    excerpts,
    sections,
    emptyRights,
    excerptNumber,
    countByRight,
    countByDocument,
    matrix,
    sourceNumber,
    rightById,
    documentById,
  };
}

function rightSections(
  rights: readonly BriefingRight[],
  excerpts: readonly BriefingExcerpt[],
): PlannedSection[] {
  // A right no excerpt is tagged with gets no section of its own: the summary names it.
  const sections: PlannedSection[] = rights
    .map((right) => ({
      id: `section:right:${right.id}`,
      title: right.name,
      right,
      excerpts: excerpts.filter((excerpt) => excerpt.rightIds.includes(right.id)),
    }))
    .filter((section) => section.excerpts.length > 0);
  const untagged = excerpts.filter((excerpt) => excerpt.rightIds.length === 0);
  if (untagged.length > 0) {
    sections.push({
      id: 'section:untagged',
      title: 'Excerpts not tagged with a right',
      excerpts: untagged,
    });
  }
  return sections;
}

/** The shared citer over a document's text, when the briefing has it. */
function citerFor(document: BriefingDocument | undefined): DocumentCiter | null {
  const blocks = document?.blocks;
  if (!blocks || blocks.length === 0) return null;
  let start = 0;
  return documentCiter(
    blocks.map((block) => {
      const span = {
        kind: block.kind,
        start,
        text: block.text,
        ...(block.page === undefined ? {} : { page: block.page }),
      };
      start += block.text.length + BLOCK_SEPARATOR_LENGTH;
      return span;
    }),
  );
}

/**
 * Where an excerpt is cited, with the shared formatter (shared/structure) when the briefing has
 * its document's text: the document's own numbering when the input gives it, else ¶ counting
 * paragraphs only (never headings), as a range when the passage spans several ("¶¶ 14–16"),
 * and its pages ("pp. 4–5"). Without the text, the input's place stands.
 */
function citedPlace(excerpt: BriefingExcerpt, citer: DocumentCiter | null): BriefingExcerpt {
  if (!citer || !excerpt.position) return excerpt;
  const cited = citer.passage(excerpt.position);
  return {
    ...excerpt,
    ...(excerpt.reference === undefined && cited.place !== null ? { reference: cited.place } : {}),
    ...(cited.pages === null ? {} : { pages: cited.pages }),
  };
}

/**
 * A document's excerpts in the order they occur in it: by where they start (then end); those
 * whose position is unknown follow by paragraph number, and those with no known place keep
 * their order, last.
 */
export function inDocumentOrder(excerpts: readonly BriefingExcerpt[]): BriefingExcerpt[] {
  const key = (excerpt: BriefingExcerpt, index: number): readonly number[] =>
    excerpt.position
      ? [0, excerpt.position.start, excerpt.position.end, index]
      : excerpt.paragraph !== null
        ? [1, excerpt.paragraph, 0, index]
        : [2, 0, 0, index];
  return excerpts
    .map((excerpt, index) => ({ excerpt, key: key(excerpt, index) }))
    .sort((a, b) => {
      for (let at = 0; at < a.key.length; at += 1) {
        const difference = (a.key[at] ?? 0) - (b.key[at] ?? 0);
        if (difference !== 0) return difference;
      }
      return 0;
    })
    .map(({ excerpt }) => excerpt);
}
