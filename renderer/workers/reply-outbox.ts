/**
 * The import worker's outgoing replies, sent several to a message: a message costs the page a
 * task of its own, and a thousand small files parsed in a few milliseconds each made two
 * thousand of them. Replies wait at most MAX_WAIT_MS (progress through a long PDF still moves)
 * and at most MAX_REPLIES of them; they go at once when nothing is left to parse, since the app
 * is then waiting for them.
 */
import type { WorkerReply } from './import-protocol';

/** Replies sent together at most: the app handles them in one task, then hands over more files. */
export const MAX_REPLIES = 8;
/** How long a reply may wait for others, at most: below what anyone sees of a progress bar. */
export const MAX_WAIT_MS = 16;

export interface ReplyOutbox {
  /** Queues a reply; sends the queue when it is full or has waited long enough. */
  add(reply: WorkerReply): void;
  /** A file is finished: sends the queue at once if no other file waits to be parsed. */
  parsed(): void;
}

export interface ReplyOutboxOptions {
  /** Whether no file waits to be parsed. */
  readonly idle: () => boolean;
  /** For tests. */
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export function createReplyOutbox(
  send: (replies: WorkerReply[]) => void,
  options: ReplyOutboxOptions,
): ReplyOutbox {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let replies: WorkerReply[] = [];
  let timer: unknown = null;

  const flush = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (replies.length === 0) return;
    const out = replies;
    replies = [];
    send(out);
  };

  return {
    add(reply) {
      replies.push(reply);
      if (replies.length >= MAX_REPLIES) flush();
      else timer ??= setTimer(flush, MAX_WAIT_MS);
    },
    parsed() {
      if (options.idle()) flush();
    },
  };
}
