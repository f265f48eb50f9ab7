/**
 * The page's handle on briefing builds: one worker for the app, started on first use (fonts and
 * harfbuzz stay loaded in it between builds), or the engine in the page where workers are
 * unavailable. Same contract as the engine: progress, an AbortSignal, its errors.
 */
import {
  BriefingCancelledError,
  BriefingInputError,
  MissingGlyphsError,
  type BriefingInput,
  type BriefingProgress,
  type MissingGlyph,
} from '../../../shared/briefing';
import type { BriefingWorkerRequest, BriefingWorkerResponse } from './briefing-protocol';

export interface BriefingBuildOptions {
  readonly onProgress?: (progress: BriefingProgress) => void;
  /** Aborting rejects at once with BriefingCancelledError and stops the worker's build. */
  readonly signal?: AbortSignal;
  /** Draw characters no font has as a box; without it the build rejects with MissingGlyphsError. */
  readonly allowMissingGlyphs?: boolean;
  /** Told which characters were drawn as a box (with allowMissingGlyphs). */
  readonly onMissingGlyphs?: (missing: readonly MissingGlyph[]) => void;
}

interface Waiting {
  readonly resolve: (bytes: Uint8Array, replaced: readonly MissingGlyph[]) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: BriefingProgress) => void;
}

let worker: Worker | null = null;
const waiting = new Map<number, Waiting>();
let nextId = 1;

function briefingWorker(): Worker {
  if (!worker) {
    const started = new Worker(new URL('./briefing.worker.ts', import.meta.url), {
      type: 'module',
      name: 'briefing',
    });
    started.addEventListener('message', (event: MessageEvent<BriefingWorkerResponse>) => {
      const message = event.data;
      const request = waiting.get(message.id);
      if (!request) return;
      if (message.type === 'progress') {
        request.onProgress?.(message.progress);
        return;
      }
      waiting.delete(message.id);
      if (message.type === 'built') request.resolve(message.bytes, message.replaced);
      else if (message.reason === 'cancelled') request.reject(new BriefingCancelledError());
      else if (message.reason === 'missing-glyphs')
        request.reject(new MissingGlyphsError(message.missing ?? []));
      else if (message.reason === 'input' && message.code !== null)
        request.reject(new BriefingInputError(message.code, message.message));
      else request.reject(new Error(message.message));
    });
    started.addEventListener('error', (event) => {
      // A worker that failed to start or crashed fails every build it holds; the next starts anew.
      const error = new Error(event.message || 'The briefing worker stopped.');
      for (const request of waiting.values()) request.reject(error);
      waiting.clear();
      started.terminate();
      worker = null;
    });
    worker = started;
  }
  return worker;
}

/** Builds the briefing's PDF off the UI thread. */
export function buildBriefingPdf(
  input: BriefingInput,
  options: BriefingBuildOptions = {},
): Promise<Uint8Array> {
  if (options.signal?.aborted) return Promise.reject(new BriefingCancelledError());
  if (typeof Worker !== 'function') {
    return import('./build-briefing-here').then(({ buildBriefingHere }) =>
      buildBriefingHere(input, options),
    );
  }
  const target = briefingWorker();
  const id = nextId++;
  const send = (request: BriefingWorkerRequest) => target.postMessage(request);
  return new Promise<Uint8Array>((resolve, reject) => {
    const onAbort = () => {
      if (!waiting.delete(id)) return;
      send({ type: 'cancel', id });
      reject(new BriefingCancelledError());
    };
    waiting.set(id, {
      resolve: (bytes, replaced) => {
        options.signal?.removeEventListener('abort', onAbort);
        if (replaced.length > 0) options.onMissingGlyphs?.(replaced);
        resolve(bytes);
      },
      reject: (error) => {
        options.signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    send({ type: 'build', id, input, allowMissingGlyphs: options.allowMissingGlyphs ?? false });
  });
}
