/**
 * Places typed into search ("ICCPR art. 19(3)", "OP 5", "p. 4"): the documents that have that
 * place in their own numbering, with the passage there, read from their blocks.
 */
import { blocksAt, documentCiter, titleMatches, type PlaceQuery } from '../../shared/structure';
import type { RightsmarkDatabase } from './database';
import { listDocuments } from './documents-repo';

/** One document's block at the place asked for. */
export interface FoundPlace {
  readonly docId: string;
  readonly title: string;
  readonly year: number | null;
  /** The block to open, 0-based. */
  readonly blockIndex: number;
  /** The place as the document cites it ("Art. 19(3)–(3)(a)", "OP 5", "¶ 4"). */
  readonly citation: string;
  /** The start of the passage there, for a preview. */
  readonly text: string;
}

/** The places found, and whether the list stopped at `limit` documents. */
export interface FoundPlaces {
  readonly places: readonly FoundPlace[];
  readonly more: boolean;
}

/** How much of a place's text the result shows. */
const PREVIEW_CHARACTERS = 220;

/**
 * The documents (live, whose titles have the query's title words) that have the place, in
 * title order, each with the block range there; at most `limit` documents. Documents are read
 * one at a time, so a library of thousands answers as soon as `limit` have the place.
 */
export async function findPlaces(
  db: RightsmarkDatabase,
  query: PlaceQuery,
  limit = 20,
): Promise<FoundPlaces> {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const documents = (await listDocuments(db))
    .filter((doc) => titleMatches(`${doc.title} ${doc.sourceName}`, query.title))
    .sort((a, b) => collator.compare(a.title, b.title));
  const places: FoundPlace[] = [];
  for (const doc of documents) {
    if (places.length >= limit) return { places, more: true };
    const blocks = await db.blocks
      .where('[docId+index]')
      .between([doc.id, 0], [doc.id, Infinity])
      .toArray();
    const at = blocksAt(blocks, query.ref);
    const first = at[0];
    const last = at.at(-1);
    if (first === undefined || last === undefined) continue;
    const citation = documentCiter(blocks).blocks(first, last);
    const text = at
      .map((index) => blocks[index]?.text ?? '')
      .join(' ')
      .slice(0, PREVIEW_CHARACTERS);
    places.push({
      docId: doc.id,
      title: doc.title,
      year: doc.year,
      blockIndex: first,
      citation: [citation.place, citation.pages].filter((p) => p !== null).join(', '),
      text,
    });
  }
  return { places, more: false };
}
