/** The messages between the app and the import worker: one file in, progress and a result out. */
import type { ImportedDocument, ImportErrorData } from '../../shared/import';
import type { TextFacts } from '../db/text-facts';

/** App → worker: parse this file. */
export interface ParseRequest {
  readonly type: 'parse';
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Worker → app: how far parsing got, a parsed document, or why the file cannot be imported. */
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
