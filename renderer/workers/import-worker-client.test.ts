/**
 * The worker client with a hand-written fake worker: results, progress, errors, time limit,
 * cancel, and several files handed over at once.
 */
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

const FACTS = { contentHash: 'hash', textLength: 1, wordCount: 1 };
const PARSED = { ...DOCUMENT, facts: FACTS };

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
  it('resolves with the document and its text facts, and passes progress on', async () => {
    const worker = new FakeWorker((request, w) => {
      w.reply({ type: 'progress', id: request.id, fraction: 0.5 });
      w.reply({ type: 'done', id: request.id, document: DOCUMENT, facts: FACTS });
    });
    const parser = createWorkerParser({ createWorker: () => worker });
    const progress: number[] = [];
    await expect(parser.parse(file, { onProgress: (f) => progress.push(f) })).resolves.toEqual(
      PARSED,
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
          if (!hang) w.reply({ type: 'done', id: request.id, document: DOCUMENT, facts: FACTS });
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
    await expect(parser.parse(file)).resolves.toEqual(PARSED);
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

  it('hands several files over at once, and they resolve in order from one worker', async () => {
    const workers: FakeWorker[] = [];
    const parser = createWorkerParser({
      createWorker: () => {
        const worker = new FakeWorker((request, w) =>
          w.reply({
            type: 'done',
            id: request.id,
            document: { ...DOCUMENT, sourceName: request.name },
            facts: FACTS,
          }),
        );
        workers.push(worker);
        return worker;
      },
    });
    const names = ['1.txt', '2.txt', '3.txt'];
    const parsed = await Promise.all(names.map((name) => parser.parse({ ...file, name })));
    expect(parsed.map((d) => d.sourceName)).toEqual(names);
    expect(workers).toHaveLength(1);
    // All three were posted before the first reply came back.
    expect(workers[0]?.requests.map((r) => r.name)).toEqual(names);
  });

  it('a time-out ends the worker and hands the files waiting to a fresh one', async () => {
    const workers: FakeWorker[] = [];
    const replies: (() => void)[] = [];
    const parser = createWorkerParser({
      timeLimitMs: 40,
      createWorker: () => {
        // The first worker hangs on the first file; the second answers at once.
        const hang = workers.length === 0;
        const worker = new FakeWorker((request, w) => {
          const answer = () =>
            w.reply({ type: 'done', id: request.id, document: DOCUMENT, facts: FACTS });
          if (!hang) answer();
          else replies.push(answer);
        });
        workers.push(worker);
        return worker;
      },
    });
    const first = parser.parse({ ...file, name: 'stuck.pdf' });
    const second = parser.parse({ ...file, name: 'next.txt' });
    await expect(first).rejects.toMatchObject({ code: 'timeout' });
    await expect(second).resolves.toEqual(PARSED);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.requests.map((r) => r.name)).toEqual(['next.txt']);
  });

  it('a file cancelled while it waits leaves the queue without stopping the file under way', async () => {
    const replies = new Map<string, () => void>();
    const worker = new FakeWorker((request, w) =>
      replies.set(request.name, () =>
        w.reply({ type: 'done', id: request.id, document: DOCUMENT, facts: FACTS }),
      ),
    );
    const parser = createWorkerParser({ createWorker: () => worker });
    const controller = new AbortController();
    const underWay = parser.parse({ ...file, name: 'a.txt' });
    const waiting = parser.parse({ ...file, name: 'b.txt' }, { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' });
    await Promise.resolve();
    replies.get('a.txt')?.();
    await expect(underWay).resolves.toEqual(PARSED);
    expect(worker.terminated).toBe(false);
    // Its late answer is ignored.
    replies.get('b.txt')?.();
  });

  it('cancelling a whole batch ends the worker once and posts nothing again', async () => {
    const workers: FakeWorker[] = [];
    const parser = createWorkerParser({
      createWorker: () => {
        const worker = new FakeWorker(() => undefined);
        workers.push(worker);
        return worker;
      },
    });
    const controller = new AbortController();
    const pending = ['1.txt', '2.txt', '3.txt'].map((name) =>
      parser.parse({ ...file, name }, { signal: controller.signal }),
    );
    controller.abort();
    for (const p of pending) await expect(p).rejects.toMatchObject({ code: 'cancelled' });
    await Promise.resolve();
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('dispose rejects the files still waiting', async () => {
    const parser = createWorkerParser({ createWorker: () => new FakeWorker(() => undefined) });
    const pending = parser.parse(file);
    parser.dispose();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('tells each file when its turn comes, not when it is handed over', async () => {
    const replies: (() => void)[] = [];
    const worker = new FakeWorker((request, w) =>
      replies.push(() =>
        w.reply({ type: 'done', id: request.id, document: DOCUMENT, facts: FACTS }),
      ),
    );
    const parser = createWorkerParser({ createWorker: () => worker });
    const started: string[] = [];
    const first = parser.parse({ ...file, name: '1.txt' }, { onStart: () => started.push('1') });
    const second = parser.parse({ ...file, name: '2.txt' }, { onStart: () => started.push('2') });
    await Promise.resolve();
    expect(started).toEqual(['1']);
    replies[0]?.();
    await first;
    expect(started).toEqual(['1', '2']);
    replies[1]?.();
    await expect(second).resolves.toEqual(PARSED);
  });
});
