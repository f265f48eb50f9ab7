/**
 * The import worker: parses files off the UI thread so the app stays responsive while a
 * 300-page PDF is read. pdf.js runs inside this worker through its "fake worker" (its worker
 * module imported here), so no second worker or blob: script is needed under the CSP, and
 * nothing here can reach the network or the page.
 */
// First, before the parsers load: see the module for why.
import './worker-document-shim';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { importFile, ImportError } from '../../shared/import';
import { textFacts } from '../db/text-facts';
import type { FileToParse, ParseRequest, WorkerMessage, WorkerReply } from './import-protocol';
import { createReplyOutbox } from './reply-outbox';

// pdf.js looks for globalThis.pdfjsWorker and, when present, runs its worker code in this
// thread instead of starting a Worker from a URL (which would also need `window`).
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

/** Progress messages are throttled to this many per file, so a long PDF does not flood the app. */
const PROGRESS_STEPS = 100;

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

/**
 * Files arrive while one is parsed (the app hands over several at once); they are parsed one
 * after another, in order, so the app's time limit for a file counts its parse alone.
 */
let queue: Promise<void> = Promise.resolve();
/** Files received and not parsed yet: replies go out at once when none is left. */
let waiting = 0;

const outbox = createReplyOutbox((replies) => scope.postMessage(replies), {
  idle: () => waiting === 0,
});

scope.onmessage = (event) => {
  for (const file of event.data.files) {
    waiting += 1;
    // parseOne settles every file with a reply; a reply that cannot be sent must not stop the queue.
    queue = queue
      .then(() => parseOne(file))
      .catch(() => undefined)
      .finally(() => {
        waiting -= 1;
        outbox.parsed();
      });
  }
};

function send(reply: WorkerReply): void {
  outbox.add(reply);
}

/** A file's bytes: as handed over, or read from the file itself. */
async function bytesOf(file: FileToParse): Promise<Uint8Array> {
  if ('bytes' in file) return file.bytes;
  try {
    return new Uint8Array(await file.blob.arrayBuffer());
  } catch {
    // Moved, deleted or unreadable since it was chosen.
    throw new ImportError('failed', 'could not be read');
  }
}

function parseOne(file: FileToParse): Promise<void> {
  const { id, name } = file;
  let lastStep = -1;
  return bytesOf(file)
    .then((bytes) =>
      importFile(
        { name, bytes },
        {
          pdfjs,
          onProgress: (fraction) => {
            const step = Math.floor(fraction * PROGRESS_STEPS);
            if (step === lastStep) return;
            lastStep = step;
            send({ type: 'progress', id, fraction });
          },
        },
      ),
    )
    .then(
      async (document) =>
        send({ type: 'done', id, document, facts: await textFacts(document.blocks) }),
      (error: unknown) => {
        const known =
          error instanceof ImportError
            ? error
            : new ImportError('failed', 'could not be read (an unexpected error in the importer)');
        if (!(error instanceof ImportError)) console.warn('Import failed unexpectedly', error);
        send({ type: 'failed', id, error: { code: known.code, message: known.message } });
      },
    );
}
