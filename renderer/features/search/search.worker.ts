/**
 * The search worker: holds the library's index off the UI thread, so building it for a large
 * library never freezes the app. It reads the database itself; the page only says when the
 * documents changed and what to look for.
 */
import { db } from '../../db/database';
import { LibrarySearchEngine } from './search-engine';
import type { SearchRequest, SearchResponse } from './search-protocol';
import { messageOf } from '../../ui/message-of';

const post = (message: SearchResponse) => self.postMessage(message);
const engine = new LibrarySearchEngine(db, (progress) => post({ type: 'progress', progress }));

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'sync') {
    engine
      .sync()
      .catch((error: unknown) => post({ type: 'failed', id: null, message: messageOf(error) }));
    return;
  }
  engine
    .search(request.query, request.filters)
    .then((results) => post({ type: 'results', id: request.id, results }))
    .catch((error: unknown) => post({ type: 'failed', id: request.id, message: messageOf(error) }));
});
