/**
 * The page's handle on the wording index: a worker that owns it, or the same engine in the page
 * where workers are unavailable (unit tests). One per database, created on first use.
 */
import type { RightsmarkDatabase } from '../../db/database';
import { wordingEngine, type WordingMatch } from './wording-engine';
import type { WordingOrigin, WordingRequest, WordingResponse } from './wording-protocol';

export interface WordingService {
  /** Asks for the index to follow the database (imports, replacements, deletes, restores). */
  sync(): void;
  /** Passages whose wording matches `quote`, best first, leaving out the selection itself. */
  find(quote: string, origin: WordingOrigin): Promise<WordingMatch[]>;
}

/** The wording index in the page itself. */
export function createInPageWordingService(db: RightsmarkDatabase): WordingService {
  const engine = wordingEngine(db);
  return {
    sync: () => void engine.sync().catch((error: unknown) => console.warn(error)),
    find: (quote, origin) => engine.find(quote, origin),
  };
}

/** The wording index in a worker that opens the database by name. */
export function createWorkerWordingService(worker: Worker, database: string): WordingService {
  const waiting = new Map<
    number,
    { resolve: (matches: WordingMatch[]) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  worker.addEventListener('message', (event: MessageEvent<WordingResponse>) => {
    const message = event.data;
    const request = message.id === null ? undefined : waiting.get(message.id);
    if (message.id !== null) waiting.delete(message.id);
    if (message.type === 'matches') request?.resolve(message.matches);
    else if (request) request.reject(new Error(message.message));
    else console.warn(`Wording index: ${message.message}`);
  });
  const send = (request: WordingRequest) => worker.postMessage(request);
  send({ type: 'open', database });
  return {
    sync: () => send({ type: 'sync' }),
    find: (quote, origin) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        send({ type: 'find', id, quote, origin });
      }),
  };
}

const services = new WeakMap<RightsmarkDatabase, WordingService>();

/** The wording service of a database, started (and its stored index loaded) on first use. */
export function wordingService(db: RightsmarkDatabase): WordingService {
  let service = services.get(db);
  if (service === undefined) {
    service =
      typeof Worker === 'function'
        ? createWorkerWordingService(
            new Worker(new URL('./wording.worker.ts', import.meta.url), {
              type: 'module',
              name: 'wording',
            }),
            db.name,
          )
        : createInPageWordingService(db);
    services.set(db, service);
  }
  return service;
}
