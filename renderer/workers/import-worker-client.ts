/**
 * The app's side of the import worker: parses files in the worker one after another, with a time
 * limit per file and cancellation. Several files may be handed over at once: they wait in the
 * worker's queue, so it moves to the next without a round trip through the page (a thousand
 * small files otherwise spent most of their import waiting for those). Files handed over while
 * the worker has others go in one message per task, and its replies come several to a message
 * (see reply-outbox.ts): a message per file cost the page a task per file each way. The time
 * limit counts from when a file's turn comes. A time-out or a cancel ends the worker outright (a
 * parser stuck in a hostile file cannot be asked to stop); the files still waiting go to a fresh
 * one.
 */
import {
  formatDuration,
  IMPORT_TIME_LIMIT_MS,
  ImportError,
  importErrorFromData,
  type ImportedDocument,
} from '../../shared/import';
import type { TextFacts } from '../db/text-facts';
import type { ParseRequest, WorkerMessage, WorkerReply } from './import-protocol';

/**
 * Options for one parse: cancel with the signal, hear when the file's turn comes (files handed
 * over together wait for the ones before them) and its progress (0–1) where it is known.
 */
export interface ParseOptions {
  readonly signal?: AbortSignal;
  readonly onStart?: () => void;
  readonly onProgress?: (fraction: number) => void;
}

/** A parsed file, with its text's facts when the parser computed them. */
export interface ParsedImport extends ImportedDocument {
  readonly facts?: TextFacts;
}

/** A file to parse: its bytes, or the file itself for the parser to read. */
export type ParseSource =
  | { readonly name: string; readonly bytes: Uint8Array }
  | { readonly name: string; readonly blob: Blob };

/** Parses a file into a document; rejects with ImportError only. */
export type ParseFile = (file: ParseSource, options?: ParseOptions) => Promise<ParsedImport>;

/** What a parser needs from a worker: the standard Worker surface it uses. */
export interface WorkerLike {
  postMessage(message: ParseRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
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
  /**
   * Starts the worker now if none is running, so its code (pdf.js among it, some 2 MB) is
   * loaded and compiled while the analyst is still choosing files rather than after.
   */
  warm(): void;
  dispose(): void;
}

/** Creates a parser; `createWorker` and `timeLimitMs` are for tests. */
export function createWorkerParser(
  options: { createWorker?: () => WorkerLike; timeLimitMs?: number } = {},
): WorkerParser {
  const createWorker = options.createWorker ?? startImportWorker;
  const timeLimitMs = options.timeLimitMs ?? IMPORT_TIME_LIMIT_MS;

  /** A file handed to the worker and not settled yet. */
  interface Job {
    readonly id: number;
    readonly file: ParseSource;
    readonly onStart: (() => void) | undefined;
    readonly onProgress: ((fraction: number) => void) | undefined;
    started: boolean;
    /** When its turn came (performance.now()), once started. */
    startedAt: number;
    settled: boolean;
    readonly settle: (outcome: () => void) => void;
    readonly resolve: (document: ParsedImport) => void;
    readonly reject: (error: ImportError) => void;
  }

  let worker: WorkerLike | null = null;
  /** Jobs posted to `worker`, in the order it parses them: the first is under way. */
  let queue: Job[] = [];
  /** One timer for the file under way: re-armed when it fires, not for every file. */
  let timer: ReturnType<typeof setTimeout> | null = null;
  let restartPending = false;
  let nextId = 1;
  /** Files to hand over at the end of this task, in one message to `outgoing.target`. */
  let outgoing: { target: WorkerLike; jobs: Job[] } | null = null;

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** Fails the file under way if its time is up; otherwise waits for the rest of its time. */
  const checkTime = () => {
    timer = null;
    const head = queue[0];
    if (!head) return;
    const left = head.startedAt + timeLimitMs - performance.now();
    if (left > 0) {
      timer = setTimeout(checkTime, left);
      return;
    }
    head.settle(() =>
      head.reject(
        new ImportError('timeout', `took longer than ${formatDuration(timeLimitMs)} to read`),
      ),
    );
    restart();
  };

  /** The first job's time starts when its turn comes. */
  const timeHead = () => {
    const head = queue[0];
    if (!head) {
      clearTimer();
      return;
    }
    if (!head.started) {
      head.started = true;
      head.startedAt = performance.now();
      head.onStart?.();
    }
    timer ??= setTimeout(checkTime, head.startedAt + timeLimitMs - performance.now());
  };

  const send = (target: WorkerLike, jobs: readonly Job[]) => {
    const files = jobs.map((job) => ({ id: job.id, ...job.file }));
    if (files.length > 0) target.postMessage({ type: 'parse', files });
  };

  /**
   * Hands a job to the worker: at once when it is the only one (the worker is waiting), else
   * with the others handed over in this task, in one message.
   */
  const post = (target: WorkerLike, job: Job) => {
    if (queue.length === 1) {
      send(target, [job]);
      return;
    }
    if (outgoing === null) {
      const batch = { target, jobs: [] as Job[] };
      outgoing = batch;
      setTimeout(() => {
        if (outgoing === batch) outgoing = null;
        // A worker ended meanwhile had its files handed to a fresh one already.
        if (batch.target === worker)
          send(
            batch.target,
            batch.jobs.filter((j) => !j.settled),
          );
      }, 0);
    }
    if (outgoing.target !== target) return;
    outgoing.jobs.push(job);
  };

  const receive = (reply: WorkerReply) => {
    const job = queue.find((j) => j.id === reply.id);
    // A reply for a file cancelled while it waited: nothing waits for it any more.
    if (!job) return;
    if (reply.type === 'progress') {
      job.onProgress?.(reply.fraction);
      return;
    }
    if (reply.type === 'done') {
      job.settle(() => job.resolve({ ...reply.document, facts: reply.facts }));
    } else job.settle(() => job.reject(importErrorFromData(reply.error)));
    timeHead();
  };

  const open = (): WorkerLike => {
    const current = createWorker();
    current.onmessage = (event) => {
      // pdf.js's worker code, loaded in the worker, announces itself to the page with messages
      // of its own: only an array of replies is ours.
      if (!Array.isArray(event.data)) return;
      for (const reply of event.data) {
        // A reply from a worker since ended (its files went to a fresh one) is not news.
        if (worker !== current) return;
        receive(reply);
      }
    };
    current.onerror = (event) => {
      // The worker itself failed (it could not load, or ran out of memory): the file under way
      // fails, and the files after it go to a fresh worker.
      event.preventDefault?.();
      const head = queue[0];
      head?.settle(() =>
        head.reject(new ImportError('failed', 'could not be read (the importer stopped)')),
      );
      restart();
    };
    return current;
  };

  const stopWorker = () => {
    clearTimer();
    worker?.terminate();
    worker = null;
  };

  /**
   * Ends the worker and hands the files still waiting to a fresh one. Deferred to a microtask: a
   * cancel reaches every waiting file in one go, and those need not be posted again.
   */
  const restart = () => {
    stopWorker();
    if (restartPending) return;
    restartPending = true;
    queueMicrotask(() => {
      restartPending = false;
      if (worker !== null || queue.length === 0) return;
      const fresh = open();
      worker = fresh;
      send(fresh, queue);
      timeHead();
    });
  };

  const parse: ParseFile = (file, { signal, onStart, onProgress } = {}) =>
    new Promise<ParsedImport>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new ImportError('cancelled', 'cancelled'));
        return;
      }
      const job: Job = {
        id: nextId++,
        file,
        onStart,
        onProgress,
        started: false,
        startedAt: 0,
        settled: false,
        resolve,
        reject,
        settle: (outcome) => {
          if (job.settled) return;
          job.settled = true;
          signal?.removeEventListener('abort', onAbort);
          queue = queue.filter((j) => j !== job);
          outcome();
        },
      };
      const onAbort = () => {
        const underWay = queue[0] === job;
        job.settle(() => reject(new ImportError('cancelled', 'cancelled')));
        // The parse under way is stopped with its worker; a file still waiting just leaves.
        if (underWay) restart();
      };
      signal?.addEventListener('abort', onAbort);
      queue.push(job);
      warm();
      if (worker !== null) post(worker, job);
      if (queue.length === 1) timeHead();
    });

  const warm = () => {
    if (worker === null && !restartPending) worker = open();
  };

  const dispose = () => {
    for (const job of queue)
      job.settle(() => job.reject(new ImportError('cancelled', 'cancelled')));
    stopWorker();
  };

  return { parse, warm, dispose };
}
