/**
 * Decides what the briefing contains before anything is laid out: which rights and excerpts are
 * included, the sections they fall into (by right or by document), the numbered list of
 * sources, and the counts the summary charts and matrix show.
 */
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

/** Destination names of the fixed parts of the briefing. */
export const PART_IDS = {
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

  const excerpts = input.excerpts
    .map((excerpt) => ({
      ...excerpt,
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
      : documents.map((document): PlannedSection => ({
          id: `section:document:${document.id}`,
          title: document.title,
          document,
          excerpts: excerpts.filter((excerpt) => excerpt.docId === document.id),
        }));

  return {
    rights,
    documents,
    excerpts,
    sections,
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
  const sections: PlannedSection[] = rights.map((right) => ({
    id: `section:right:${right.id}`,
    title: right.name,
    right,
    excerpts: excerpts.filter((excerpt) => excerpt.rightIds.includes(right.id)),
  }));
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
