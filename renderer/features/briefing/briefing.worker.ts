/**
 * The briefing worker: lays out and writes briefing PDFs off the UI thread, so a briefing of
 * thousands of excerpts never freezes the dialog. Cancels between excerpts and pages when asked.
 */
import {
  BriefingCancelledError,
  BriefingInputError,
  MissingGlyphsError,
  type BriefingProgress,
  type MissingGlyph,
} from '../../../shared/briefing';
import { buildBriefingHere } from './build-briefing-here';
import type { BriefingWorkerRequest, BriefingWorkerResponse } from './briefing-protocol';
import { messageOf } from '../../ui/message-of';

/** At most one progress message per this many milliseconds (and one per phase change). */
const PROGRESS_INTERVAL_MS = 50;

const running = new Map<number, AbortController>();

function post(message: BriefingWorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

function progressPoster(id: number): (progress: BriefingProgress) => void {
  let lastPhase = '';
  let lastTime = 0;
  return (progress) => {
    const now = performance.now();
    const finished = progress.done === progress.total;
    if (progress.phase === lastPhase && !finished && now - lastTime < PROGRESS_INTERVAL_MS) return;
    lastPhase = progress.phase;
    lastTime = now;
    post({ type: 'progress', id, progress });
  };
}

async function build(id: number, request: Extract<BriefingWorkerRequest, { type: 'build' }>) {
  const controller = new AbortController();
  running.set(id, controller);
  let replaced: readonly MissingGlyph[] = [];
  try {
    const bytes = await buildBriefingHere(request.input, {
      onProgress: progressPoster(id),
      signal: controller.signal,
      allowMissingGlyphs: request.allowMissingGlyphs,
      onMissingGlyphs: (missing) => {
        replaced = missing;
      },
    });
    post({ type: 'built', id, bytes, replaced }, [bytes.buffer]);
  } catch (error) {
    if (error instanceof BriefingCancelledError) {
      post({ type: 'failed', id, reason: 'cancelled', code: null, message: error.message });
    } else if (error instanceof MissingGlyphsError) {
      const { missing, message } = error;
      post({ type: 'failed', id, reason: 'missing-glyphs', code: null, missing, message });
    } else if (error instanceof BriefingInputError) {
      post({ type: 'failed', id, reason: 'input', code: error.code, message: error.message });
    } else {
      const message = messageOf(error);
      post({ type: 'failed', id, reason: 'error', code: null, message });
    }
  } finally {
    running.delete(id);
  }
}

self.addEventListener('message', (event: MessageEvent<BriefingWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') running.get(request.id)?.abort();
  else void build(request.id, request);
});
