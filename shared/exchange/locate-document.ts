/**
 * Finds the document an incoming excerpt belongs to: in the library by content hash, else in
 * the file (a text it carries), else by the file's uri or title, else by searching the quote
 * across the whole library.
 */
import { matchQuote } from '../anchoring/match-quote';
import type { IncomingExcerpt } from './parsed-exchange';
import { normaliseName, type SnapshotDocument } from './library-snapshot';

/**
 * Where an excerpt's document is:
 * - `library`: a document the receiver has, and how it was recognised;
 * - `from-file`: a text the file carries that the library lacks (added by the import);
 * - `none`: no document, or several equally likely (`ambiguous`).
 */
export type DocumentMatch =
  | {
      readonly kind: 'library';
      readonly docId: string;
      readonly by: 'content-hash' | 'uri' | 'title' | 'quote';
    }
  | { readonly kind: 'from-file'; readonly contentHash: string }
  | { readonly kind: 'none'; readonly reason: 'not-found' | 'ambiguous' };

/** Scores closer than this are a tie: two documents fit the quote equally well. */
const SCORE_TIE = 1e-9;

/** The documents of a library, indexed for the lookups below. */
export class DocumentIndex {
  private readonly byId = new Map<string, SnapshotDocument>();
  private readonly byHash = new Map<string, SnapshotDocument>();
  private readonly byName = new Map<string, SnapshotDocument[]>();
  private readonly byTitle = new Map<string, SnapshotDocument[]>();
  /** Documents already found by quote search for a uri or title, reused for its next excerpts. */
  private readonly foundFor = new Map<string, SnapshotDocument>();

  constructor(
    private readonly documents: readonly SnapshotDocument[],
    private readonly carried: ReadonlySet<string>,
  ) {
    for (const doc of documents) {
      this.byId.set(doc.id, doc);
      this.byHash.set(doc.contentHash.toLowerCase(), doc);
      push(this.byName, normaliseName(doc.sourceName), doc);
      push(this.byTitle, normaliseName(doc.title), doc);
    }
  }

  /** A library document by id. */
  document(id: string): SnapshotDocument | undefined {
    return this.byId.get(id);
  }

  /** Finds the document for one excerpt (see the module comment for the order). */
  locate(excerpt: Pick<IncomingExcerpt, 'docRef' | 'quote' | 'position'>): DocumentMatch {
    const { contentHash, uri, title } = excerpt.docRef;
    if (contentHash !== null) {
      const doc = this.byHash.get(contentHash);
      if (doc !== undefined) return { kind: 'library', docId: doc.id, by: 'content-hash' };
      if (this.carried.has(contentHash)) return { kind: 'from-file', contentHash };
    }
    const key = `${uri ?? ''}\u0000${title ?? ''}`;
    const remembered = this.foundFor.get(key);
    if (remembered !== undefined) return { kind: 'library', docId: remembered.id, by: 'quote' };

    if (uri !== null) {
      const named = this.byName.get(normaliseName(lastSegment(uri))) ?? [];
      if (named.length === 1 && named[0] !== undefined) {
        return { kind: 'library', docId: named[0].id, by: 'uri' };
      }
    }
    let candidates: readonly SnapshotDocument[] = this.documents;
    if (title !== null) {
      const titled = this.byTitle.get(normaliseName(title)) ?? [];
      if (titled.length === 1 && titled[0] !== undefined) {
        return { kind: 'library', docId: titled[0].id, by: 'title' };
      }
      // Several documents share the title (versions of one report): search only those.
      if (titled.length > 1) candidates = titled;
    }
    const match = this.searchQuote(candidates, excerpt);
    if (match.kind === 'library' && key !== '\u0000') {
      const doc = this.document(match.docId);
      if (doc !== undefined) this.foundFor.set(key, doc);
    }
    return match;
  }

  private searchQuote(
    candidates: readonly SnapshotDocument[],
    excerpt: Pick<IncomingExcerpt, 'quote' | 'position'>,
  ): DocumentMatch {
    if (excerpt.quote.exact === '') return { kind: 'none', reason: 'not-found' };
    let best: { doc: SnapshotDocument; score: number } | null = null;
    let tied = false;
    for (const doc of candidates) {
      const match = matchQuote(
        doc.text,
        excerpt.quote,
        excerpt.position === null ? {} : { hint: excerpt.position.start },
      );
      if (match === null) continue;
      if (best === null || match.score > best.score + SCORE_TIE) {
        best = { doc, score: match.score };
        tied = false;
      } else if (Math.abs(match.score - best.score) <= SCORE_TIE) {
        tied = true;
      }
    }
    if (best === null) return { kind: 'none', reason: 'not-found' };
    if (tied) return { kind: 'none', reason: 'ambiguous' };
    return { kind: 'library', docId: best.doc.id, by: 'quote' };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The file name at the end of a uri or path (`file:///C:/docs/report.pdf` → `report.pdf`). */
function lastSegment(uri: string): string {
  const withoutQuery = uri.replace(/[?#].*$/, '');
  const segment =
    withoutQuery
      .split(/[\\/]/)
      .filter((part) => part !== '')
      .at(-1) ?? uri;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
