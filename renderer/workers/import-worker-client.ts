/**
 * The app's side of the import worker: parses one file at a time in the worker, with a time
 * limit and cancellation. Both end the worker outright (a parser stuck in a hostile file cannot
 * be asked to stop), and the next file starts a fresh one.
 */
import {
  formatDuration,
  IMPORT_TIME_LIMIT_MS,
  ImportError,
  importErrorFromData,
  type ImportedDocument,
} from '../../shared/import';
import type { ParseRequest, WorkerReply } from './import-protocol';

/** Options for one parse: cancel with the signal, hear progress (0–1) where it is known. */
export interface ParseOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (fraction: number) => void;
}

/** Parses a file into a document; rejects with ImportError only. */
export type ParseFile = (
  file: { readonly name: string; readonly bytes: Uint8Array },
  options?: ParseOptions,
) => Promise<ImportedDocument>;

/** What a parser needs from a worker: the standard Worker surface it uses. */
export interface WorkerLike {
  postMessage(message: ParseRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

function startImportWorker(): WorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  }) as WorkerLike;
}

/** A parser backed by the import worker, and a way to stop its worker when done. */
export interface WorkerParser {
  readonly parse: ParseFile;
  dispose(): void;
}

/** Creates a parser; `createWorker` and `timeLimitMs` are for tests. */
export function createWorkerParser(
  options: { createWorker?: () => WorkerLike; timeLimitMs?: number } = {},
): WorkerParser {
  const createWorker = options.createWorker ?? startImportWorker;
  const timeLimitMs = options.timeLimitMs ?? IMPORT_TIME_LIMIT_MS;
  let worker: WorkerLike | null = null;
  let nextId = 1;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const parse: ParseFile = (file, { signal, onProgress } = {}) =>
    new Promise<ImportedDocument>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new ImportError('cancelled', 'cancelled'));
        return;
      }
      const id = nextId++;
      const current = worker ?? createWorker();
      worker = current;
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        current.onmessage = null;
        current.onerror = null;
        outcome();
      };
      const onAbort = () => {
        stopWorker();
        finish(() => reject(new ImportError('cancelled', 'cancelled')));
      };
      const timer = setTimeout(() => {
        stopWorker();
        finish(() =>
          reject(
            new ImportError('timeout', `took longer than ${formatDuration(timeLimitMs)} to read`),
          ),
        );
      }, timeLimitMs);
      signal?.addEventListener('abort', onAbort);
      current.onmessage = (event) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') onProgress?.(reply.fraction);
        else if (reply.type === 'done') finish(() => resolve(reply.document));
        else finish(() => reject(importErrorFromData(reply.error)));
      };
      current.onerror = (event) => {
        // The worker itself failed (it could not load, or ran out of memory): start afresh.
        event.preventDefault?.();
        stopWorker();
        finish(() => reject(new ImportError('failed', 'could not be read (the importer stopped)')));
      };
      current.postMessage({ type: 'parse', id, name: file.name, bytes: file.bytes });
    });

  return { parse, dispose: stopWorker };
}
