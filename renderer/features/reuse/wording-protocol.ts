/** The messages between the page and the wording worker. */
import type { WordingMatch } from './wording-engine';

/** Where the selection is, so it does not find itself. */
export interface WordingOrigin {
  readonly docId: string;
  readonly start: number;
  readonly end: number;
}

/** Page → worker. The first message names the database the worker opens. */
export type WordingRequest =
  | { readonly type: 'open'; readonly database: string }
  | { readonly type: 'sync' }
  | {
      readonly type: 'find';
      readonly id: number;
      readonly quote: string;
      readonly origin: WordingOrigin;
    };

/** Worker → page. */
export type WordingResponse =
  | { readonly type: 'matches'; readonly id: number; readonly matches: WordingMatch[] }
  | { readonly type: 'failed'; readonly id: number | null; readonly message: string };
