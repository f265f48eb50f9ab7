import { describe, expect, it } from 'vitest';
import { BACKUP_BEFORE_CLOSE_EVENT } from '../../shared/ipc/contract';
import {
  CLOSE_TIMEOUT_MS,
  createCloseHandshake,
  type HandshakeWindow,
  type PreventableEvent,
  type Timers,
} from './close-handshake';

/** Timers that run only when the test advances them. */
class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  readonly pending = new Map<number, { at: number; callback: () => void }>();
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.pending]) {
      if (timer.at <= this.now) {
        this.pending.delete(id);
        timer.callback();
      }
    }
  }
}

/** A window that behaves like BrowserWindow: close() emits 'close' and closes unless prevented. */
class FakeWindow implements HandshakeWindow {
  readonly sent: string[] = [];
  closed = false;
  crashed = false;
  private readonly closeListeners: ((event: PreventableEvent) => void)[] = [];
  private readonly closedListeners: (() => void)[] = [];
  readonly webContents = {
    send: (channel: string) => {
      this.sent.push(channel);
    },
    isDestroyed: () => this.closed,
    isCrashed: () => this.crashed,
  };
  on(event: 'close' | 'closed', listener: (event: PreventableEvent) => void): this {
    if (event === 'close') this.closeListeners.push(listener);
    else this.closedListeners.push(listener as () => void);
    return this;
  }
  isDestroyed(): boolean {
    return this.closed;
  }
  /** What the user's click on the close button does. */
  close(): void {
    if (this.closed) return;
    const event = new Event();
    for (const listener of this.closeListeners) listener(event);
    if (event.prevented) return;
    this.closed = true;
    for (const listener of this.closedListeners) listener();
  }
}

class Event implements PreventableEvent {
  prevented = false;
  preventDefault(): void {
    this.prevented = true;
  }
}

function setUp() {
  const timers = new FakeTimers();
  const quits: number[] = [];
  const handshake = createCloseHandshake({ quitApp: () => quits.push(1), timers });
  const window = new FakeWindow();
  handshake.attach(window);
  // The library's page listens for the handshake (the preload announces its listener).
  handshake.setListeners(1);
  return { timers, quits, handshake, window };
}

describe('close handshake', () => {
  it('holds the first close, asks for a backup, and closes once the renderer is ready', () => {
    const { handshake, window, timers } = setUp();
    window.close();
    expect(window.closed).toBe(false);
    expect(window.sent).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
    handshake.ready();
    expect(window.closed).toBe(true);
    expect(timers.pending.size).toBe(0);
  });

  it('closes after the time limit when the renderer never answers', () => {
    const { window, timers } = setUp();
    window.close();
    timers.advance(CLOSE_TIMEOUT_MS - 1);
    expect(window.closed).toBe(false);
    timers.advance(1);
    expect(window.closed).toBe(true);
    expect(CLOSE_TIMEOUT_MS).toBe(8_000);
  });

  it('asks only once when the user clicks close again while waiting', () => {
    const { handshake, window } = setUp();
    window.close();
    window.close();
    window.close();
    expect(window.sent).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
    expect(window.closed).toBe(false);
    handshake.ready();
    expect(window.closed).toBe(true);
  });

  it('ignores a closeReady nobody asked for', () => {
    const { handshake, window } = setUp();
    handshake.ready();
    expect(window.closed).toBe(false);
    expect(window.sent).toEqual([]);
    // …and the next close still gets its handshake.
    window.close();
    expect(window.sent).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
  });

  it('closes at once when the renderer has crashed (nobody can answer)', () => {
    const { window } = setUp();
    window.crashed = true;
    window.close();
    expect(window.sent).toEqual([]);
    expect(window.closed).toBe(true);
  });

  it('holds a quit the same way, then quits once the renderer is ready', () => {
    const { handshake, window, quits } = setUp();
    const quit = new Event();
    handshake.onBeforeQuit(quit);
    expect(quit.prevented).toBe(true);
    expect(window.sent).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
    // Electron then closes the windows as part of the quit: that close waits too.
    window.close();
    expect(window.closed).toBe(false);
    handshake.ready();
    expect(quits).toEqual([1]);
    // The quit that follows goes through, and so does the window's close.
    const again = new Event();
    handshake.onBeforeQuit(again);
    expect(again.prevented).toBe(false);
    window.close();
    expect(window.closed).toBe(true);
  });

  it('quits after the time limit when the renderer never answers a quit', () => {
    const { handshake, timers, quits } = setUp();
    handshake.onBeforeQuit(new Event());
    timers.advance(CLOSE_TIMEOUT_MS);
    expect(quits).toEqual([1]);
  });

  it('turns a pending close into a quit when the user quits meanwhile', () => {
    const { handshake, window, quits } = setUp();
    window.close();
    const quit = new Event();
    handshake.onBeforeQuit(quit);
    expect(quit.prevented).toBe(true);
    expect(window.sent).toHaveLength(1);
    handshake.ready();
    expect(quits).toEqual([1]);
  });

  it('lets a quit through when the window is already closed', () => {
    const { handshake, window } = setUp();
    window.close();
    handshake.ready();
    const quit = new Event();
    handshake.onBeforeQuit(quit);
    expect(quit.prevented).toBe(false);
  });

  it('closes at once, without waiting, when the page does not listen (recovery screen, seeding)', () => {
    const { handshake, window, timers } = setUp();
    handshake.setListeners(0);
    window.close();
    expect(window.sent).toEqual([]);
    expect(window.closed).toBe(true);
    expect(timers.pending.size).toBe(0);
  });

  it('quits at once when the page does not listen', () => {
    const { handshake, quits } = setUp();
    handshake.setListeners(0);
    const quit = new Event();
    handshake.onBeforeQuit(quit);
    expect(quits).toEqual([1]);
  });

  it('lets a waiting close go ahead when the page stops listening (it reloaded or crashed)', () => {
    const { handshake, window } = setUp();
    window.close();
    expect(window.closed).toBe(false);
    handshake.setListeners(0);
    expect(window.closed).toBe(true);
  });

  it('treats a nonsense listener count as none', () => {
    const { handshake, window } = setUp();
    handshake.setListeners(Number.NaN);
    window.close();
    expect(window.closed).toBe(true);
  });

  it('gives a re-created window (macOS) its own handshake', () => {
    const { handshake, window } = setUp();
    window.close();
    handshake.ready();
    const second = new FakeWindow();
    handshake.attach(second);
    // A new page starts with no listener until its preload says otherwise.
    second.close();
    expect(second.closed).toBe(true);
    const third = new FakeWindow();
    handshake.attach(third);
    handshake.setListeners(1);
    third.close();
    expect(third.closed).toBe(false);
    handshake.ready();
    expect(third.closed).toBe(true);
  });

  it('gives a second re-created window its handshake too', () => {
    const { handshake, window } = setUp();
    window.close();
    handshake.ready();
    const second = new FakeWindow();
    handshake.attach(second);
    handshake.setListeners(1);
    second.close();
    expect(second.closed).toBe(false);
    expect(second.sent).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
    handshake.ready();
    expect(second.closed).toBe(true);
  });
});
