/**
 * The worker client with a hand-written fake worker: results, progress, errors, time limit,
 * cancel, and several files handed over at once.
 */
import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../shared/import';
import { ImportError } from '../../shared/import';
import type { FileToParse, ParseRequest, WorkerMessage, WorkerReply } from './import-protocol';
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

/** A fake worker: `behaviour` runs for each file handed over; `reply` sends one reply. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  /** Every file handed over, in order. */
  readonly requests: FileToParse[] = [];
  /** How many messages handed them over. */
  messages = 0;
  terminated = false;

  constructor(private readonly behaviour: (request: FileToParse, worker: FakeWorker) => void) {}

  postMessage(message: ParseRequest): void {
    this.messages += 1;
    this.requests.push(...message.files);
    queueMicrotask(() => {
      for (const request of message.files) this.behaviour(request, this);
    });
  }

  reply(message: WorkerReply): void {
    this.onmessage?.({ data: [message] } as unknown as MessageEvent<WorkerMessage>);
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
    expect(worker.requests[0]).toMatchObject({ name: 'a.txt' });
  });

  it('starts its worker when warmed, once, and parses in that same worker', async () => {
    const workers: FakeWorker[] = [];
    const parser = createWorkerParser({
      createWorker: () => {
        const worker = new FakeWorker((request, w) =>
          w.reply({ type: 'done', id: request.id, document: DOCUMENT, facts: FACTS }),
        );
        workers.push(worker);
        return worker;
      },
    });
    expect(workers).toHaveLength(0);
    parser.warm();
    parser.warm();
    expect(workers).toHaveLength(1);
    await expect(parser.parse(file)).resolves.toEqual(PARSED);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests).toHaveLength(1);
  });

  it('ignores messages that are not its replies (pdf.js in the worker announces itself)', async () => {
    const worker = new FakeWorker((request, w) => {
      w.onmessage?.({
        data: { action: 'ready', data: null },
      } as unknown as MessageEvent<WorkerMessage>);
      w.reply({ type: 'done', id: request.id, document: DOCUMENT, facts: FACTS });
    });
    const parser = createWorkerParser({ createWorker: () => worker });
    await expect(parser.parse(file)).resolves.toEqual(PARSED);
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
    // All three were posted before the first reply came back: the first at once (the worker
    // waited for it), the two handed over after it together.
    expect(workers[0]?.requests.map((r) => r.name)).toEqual(names);
    expect(workers[0]?.messages).toBe(2);
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

  it('gives each file its whole time limit from its own turn, however long the ones before took', async () => {
    // Each file takes 60% of the limit: the second ends past the limit counted from the first's
    // start, yet within its own.
    const limit = 200;
    // The fake parses one file after another, like the worker.
    let parsing: Promise<void> = Promise.resolve();
    const worker = new FakeWorker((request, w) => {
      parsing = parsing.then(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              w.reply({ type: 'done', id: request.id, document: DOCUMENT, facts: FACTS });
              resolve();
            }, limit * 0.6),
          ),
      );
    });
    const parser = createWorkerParser({ timeLimitMs: limit, createWorker: () => worker });
    const results = await Promise.all([
      parser.parse({ ...file, name: '1.txt' }),
      parser.parse({ ...file, name: '2.txt' }),
    ]);
    expect(results).toEqual([PARSED, PARSED]);
    expect(worker.terminated).toBe(false);
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
    // Files handed over after the first go at the end of the task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(replies).toHaveLength(2);
    expect(started).toEqual(['1']);
    replies[0]?.();
    await first;
    expect(started).toEqual(['1', '2']);
    replies[1]?.();
    await expect(second).resolves.toEqual(PARSED);
  });
});
