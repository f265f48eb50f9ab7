/**
 * The wording worker: holds the library's wording index off the UI thread, so loading it at
 * start-up, fingerprinting an import and aligning a query never freeze the app. It reads and
 * writes the database itself; the page says which database, when documents changed, and what
 * to look for.
 */
import { RightsmarkDatabase } from '../../db/database';
import { messageOf } from '../../ui/message-of';
import { WordingEngine } from './wording-engine';
import type { WordingRequest, WordingResponse } from './wording-protocol';

const post = (message: WordingResponse) => self.postMessage(message);
let engine: WordingEngine | null = null;

const failed = (id: number | null) => (error: unknown) =>
  post({ type: 'failed', id, message: messageOf(error) });

self.addEventListener('message', (event: MessageEvent<WordingRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    engine = new WordingEngine(new RightsmarkDatabase(request.database));
    // Load the stored index at once, so the first question is answered without waiting.
    engine.sync().catch(failed(null));
    return;
  }
  if (engine === null) {
    failed(request.type === 'find' ? request.id : null)(new Error('The wording index is not open'));
    return;
  }
  if (request.type === 'sync') {
    engine.sync().catch(failed(null));
    return;
  }
  engine
    .find(request.quote, request.origin)
    .then((matches) => post({ type: 'matches', id: request.id, matches }))
    .catch(failed(request.id));
});
