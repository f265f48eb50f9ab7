/** The worker client with a hand-written fake worker: results, progress, errors, time limit, cancel. */
import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../shared/import';
import { ImportError } from '../../shared/import';
import type { ParseRequest, WorkerReply } from './import-protocol';
import { createWorkerParser, type WorkerLike } from './import-worker-client';

const DOCUMENT: ImportedDocument = {
  format: 'text',
  meta: { title: 'T', publisher: null, year: null, kind: null, language: null },
  sourceName: 'a.txt',
  sourceSize: 1,
  blocks: [{ kind: 'paragraph', text: 'x' }],
};

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly requests: ParseRequest[] = [];
  terminated = false;

  constructor(private readonly behaviour: (request: ParseRequest, worker: FakeWorker) => void) {}

  postMessage(message: ParseRequest): void {
    this.requests.push(message);
    queueMicrotask(() => this.behaviour(message, this));
  }

  reply(message: WorkerReply): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerReply>);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const file = { name: 'a.txt', bytes: new Uint8Array([120]) };

describe('createWorkerParser', () => {
  it('resolves with the document and passes progress on', async () => {
    const worker = new FakeWorker((request, w) => {
      w.reply({ type: 'progress', id: request.id, fraction: 0.5 });
      w.reply({ type: 'done', id: request.id, document: DOCUMENT });
    });
    const parser = createWorkerParser({ createWorker: () => worker });
    const progress: number[] = [];
    await expect(parser.parse(file, { onProgress: (f) => progress.push(f) })).resolves.toEqual(
      DOCUMENT,
    );
    expect(progress).toEqual([0.5]);
    expect(worker.requests[0]).toMatchObject({ type: 'parse', name: 'a.txt' });
  });

  it('rebuilds the ImportError a file failed with', async () => {
    const worker = new FakeWorker((request, w) =>
      w.reply({ type: 'failed', id: request.id, error: { code: 'not-pdf', message: 'not a PDF' } }),
    );
    const parser = createWorkerParser({ createWorker: () => worker });
    const error = await parser.parse(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'not-pdf', message: 'not a PDF' });
  });

  it('ends a worker that runs past the time limit and starts a fresh one for the next file', async () => {
    const workers: FakeWorker[] = [];
    const parser = createWorkerParser({
      timeLimitMs: 30,
      createWorker: () => {
        const hang = workers.length === 0;
        const worker = new FakeWorker((request, w) => {
          if (!hang) w.reply({ type: 'done', id: request.id, document: DOCUMENT });
        });
        workers.push(worker);
        return worker;
      },
    });
    await expect(parser.parse(file)).rejects.toMatchObject({
      code: 'timeout',
      message: 'took longer than 0 seconds to read',
    });
    expect(workers[0]?.terminated).toBe(true);
    await expect(parser.parse(file)).resolves.toEqual(DOCUMENT);
    expect(workers).toHaveLength(2);
  });

  it('cancelling ends the worker at once', async () => {
    const worker = new FakeWorker(() => undefined);
    const parser = createWorkerParser({ createWorker: () => worker });
    const controller = new AbortController();
    const pending = parser.parse(file, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(worker.terminated).toBe(true);
    await expect(parser.parse(file, { signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
  });
});
