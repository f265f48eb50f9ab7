/**
 * The reader's side of the page-render worker: hands it a PDF once, then asks for pages. Only
 * the latest request matters (the reading position moves on while a page is drawn): an older
 * one still under way is answered with null instead of its picture.
 */
import type { PageRenderReply, PageRenderRequest, RenderedPage } from './page-render-protocol';

/** A page that takes longer than this to draw is given up (a hostile or broken file). */
export const PAGE_RENDER_TIME_LIMIT_MS = 20_000;

/** What the client needs of a worker: the standard Worker surface it uses. */
export interface PageWorkerLike {
  postMessage(message: PageRenderRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PageRenderReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface PageRenderer {
  /** Draws a page `pixelWidth` device pixels wide; null when a later request replaced it. */
  render(page: number, pixelWidth: number): Promise<RenderedPage | null>;
  dispose(): void;
}

function startPageWorker(): PageWorkerLike {
  return new Worker(new URL('./page-render-worker.ts', import.meta.url), {
    type: 'module',
    name: 'page-render',
  }) as PageWorkerLike;
}

/** A renderer for one PDF; `createWorker` and `timeLimitMs` are for tests. */
export function createPageRenderer(
  key: string,
  bytes: Uint8Array,
  options: { createWorker?: () => PageWorkerLike; timeLimitMs?: number } = {},
): PageRenderer {
  const createWorker = options.createWorker ?? startPageWorker;
  const timeLimitMs = options.timeLimitMs ?? PAGE_RENDER_TIME_LIMIT_MS;
  let worker: PageWorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (page: RenderedPage | null) => void; reject: (error: Error) => void }
  >();

  const stop = (reason: Error | null) => {
    worker?.terminate();
    worker = null;
    for (const { resolve, reject } of pending.values()) {
      if (reason) reject(reason);
      else resolve(null);
    }
    pending.clear();
  };

  const ensureWorker = (): PageWorkerLike => {
    if (worker) return worker;
    const started = createWorker();
    started.onmessage = (event) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) {
        if (reply.type === 'rendered') reply.bitmap.close();
        return;
      }
      pending.delete(reply.id);
      if (reply.type === 'rendered') {
        waiting.resolve({
          page: reply.page,
          pageCount: reply.pageCount,
          bitmap: reply.bitmap,
          aspect: reply.aspect,
          items: reply.items,
        });
      } else {
        waiting.reject(new Error(reply.message));
      }
    };
    started.onerror = (event) => {
      event.preventDefault?.();
      stop(new Error('the page could not be drawn (the renderer stopped)'));
    };
    started.postMessage({ type: 'open', key, bytes });
    worker = started;
    return started;
  };

  return {
    render(page, pixelWidth) {
      // An older request still waiting gives way to this one.
      for (const { resolve } of pending.values()) resolve(null);
      pending.clear();
      const id = nextId++;
      const target = ensureWorker();
      return new Promise<RenderedPage | null>((resolve, reject) => {
        const timer = setTimeout(() => {
          if (!pending.delete(id)) return;
          // A page stuck in a hostile file cannot be asked to stop: the worker goes, and the
          // next request starts a fresh one.
          stop(null);
          reject(new Error(`it took longer than ${Math.round(timeLimitMs / 1000)} s to draw`));
        }, timeLimitMs);
        pending.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        target.postMessage({ type: 'render', id, key, page, pixelWidth });
      });
    },
    dispose: () => stop(null),
  };
}
