/**
 * The messages between the app and the import worker: files in, progress and results out. Both
 * ways several go in one message (the files handed over together, the replies ready together):
 * a thousand small files otherwise cost the page two thousand message tasks.
 */
import type { ImportedDocument, ImportErrorData } from '../../shared/import';
import type { TextFacts } from '../db/text-facts';

/**
 * One file to parse, with the id its replies carry: its bytes, or the file itself (a File is
 * handed over without its bytes and read here, off the page's thread).
 */
export type FileToParse =
  | { readonly id: number; readonly name: string; readonly bytes: Uint8Array }
  | { readonly id: number; readonly name: string; readonly blob: Blob };

/** App → worker: parse these files, in this order, after any it has already. */
export interface ParseRequest {
  readonly type: 'parse';
  readonly files: readonly FileToParse[];
}

/** How far parsing a file got, its parsed document, or why it cannot be imported. */
export type WorkerReply =
  | { readonly type: 'progress'; readonly id: number; readonly fraction: number }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly document: ImportedDocument;
      /** Its text's hash, length and words, computed here rather than in the page. */
      readonly facts: TextFacts;
    }
  | { readonly type: 'failed'; readonly id: number; readonly error: ImportErrorData };

/** Worker → app: the replies ready since the last message, in the order they were made. */
export type WorkerMessage = readonly WorkerReply[];
