/** The worker's reply outbox: when replies go out together, and that none is lost or reordered. */
import { describe, expect, it } from 'vitest';
import type { WorkerReply } from './import-protocol';
import { createReplyOutbox, MAX_REPLIES, MAX_WAIT_MS } from './reply-outbox';

const progress = (id: number): WorkerReply => ({ type: 'progress', id, fraction: 0.5 });

/** An outbox with a hand-run timer: `fire()` runs the pending timer, if any. */
function setUp(idle: () => boolean) {
  const sent: WorkerReply[][] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const outbox = createReplyOutbox((replies) => sent.push(replies), {
    idle,
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  const fire = () => {
    const pending = timers.filter((t) => !t.cleared);
    for (const t of pending) {
      t.cleared = true;
      t.run();
    }
  };
  return { sent, timers, outbox, fire };
}

describe('createReplyOutbox', () => {
  it('holds replies while more files wait, and sends them together when full, in order', () => {
    const { sent, outbox } = setUp(() => false);
    for (let id = 1; id < MAX_REPLIES; id++) {
      outbox.add(progress(id));
      outbox.parsed();
    }
    expect(sent).toEqual([]);
    outbox.add(progress(MAX_REPLIES));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.map((r) => r.id)).toEqual(Array.from({ length: MAX_REPLIES }, (_, i) => i + 1));
  });

  it('sends at once when nothing is left to parse: the app is waiting', () => {
    let idle = false;
    const { sent, outbox } = setUp(() => idle);
    outbox.add(progress(1));
    outbox.parsed();
    expect(sent).toEqual([]);
    idle = true;
    outbox.add(progress(2));
    outbox.parsed();
    expect(sent.map((batch) => batch.map((r) => r.id))).toEqual([[1, 2]]);
  });

  it('sends what waited MAX_WAIT_MS even mid-file (progress through a long PDF)', () => {
    const { sent, outbox, timers, fire } = setUp(() => false);
    outbox.add(progress(1));
    outbox.add(progress(1));
    expect(timers.map((t) => t.ms)).toEqual([MAX_WAIT_MS]);
    fire();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toHaveLength(2);
    // An empty outbox sends nothing, and a new reply starts a new wait.
    outbox.parsed();
    fire();
    expect(sent).toHaveLength(1);
    outbox.add(progress(2));
    fire();
    expect(sent).toHaveLength(2);
  });

  it('a send clears the wait, so no empty message follows', () => {
    const { sent, outbox, timers } = setUp(() => true);
    outbox.add(progress(1));
    outbox.parsed();
    expect(sent).toHaveLength(1);
    expect(timers.every((t) => t.cleared)).toBe(true);
  });
});
