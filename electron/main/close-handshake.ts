/**
 * The close handshake: before the window closes (or the app quits), the renderer is asked to make
 * a last automatic backup (BACKUP_BEFORE_CLOSE_EVENT) and the close waits for its closeReady(),
 * or for a time limit, whichever comes first. Electron comes in as small interfaces, so the state
 * machine is tested with hand-written fakes.
 */
import { BACKUP_BEFORE_CLOSE_EVENT } from '../../shared/ipc/contract';

/**
 * How long a close waits for the renderer's closeReady(). The last backup reads the library from
 * IndexedDB, serialises it and has the shell write, flush and read back the file: well under a
 * second for a typical library, a few seconds for a very large one on a slow disk. 8 s leaves
 * that room while a hung or crashed renderer can never keep the window from closing: closing is
 * the user's decision, the backup only gets a bounded chance to finish first.
 */
export const CLOSE_TIMEOUT_MS = 8_000;

/** A preventable event ('close', 'before-quit'). */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The slice of BrowserWindow the handshake uses. */
export interface HandshakeWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  isDestroyed(): boolean;
  close(): void;
  readonly webContents: {
    send(channel: string): void;
    isDestroyed(): boolean;
    isCrashed(): boolean;
  };
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface CloseHandshakeOptions {
  /** app.quit, called again once the renderer is ready when the close came from a quit. */
  readonly quitApp: () => void;
  readonly timeoutMs?: number;
  readonly timers?: Timers;
}

/** Where the handshake stands for the current window. */
type State = 'open' | 'waiting' | 'released';

export interface CloseHandshake {
  /** Takes over the 'close' event of `window` (the app's one window). */
  attach(window: HandshakeWindow): void;
  /** The app's 'before-quit' listener. */
  onBeforeQuit(event: PreventableEvent): void;
  /** The closeReady() handler: the renderer finished (or gave up on) its last backup. */
  ready(): void;
  /**
   * How many close listeners the page has (the preload announces it on CLOSE_LISTENERS_CHANNEL;
   * the shell sets 0 when the page reloads or its renderer dies). With none, a close or quit
   * goes ahead at once: a recovery screen or the first-run seeding cannot answer.
   */
  setListeners(count: number): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Creates the handshake; attach() each main window as it is created. */
export function createCloseHandshake(options: CloseHandshakeOptions): CloseHandshake {
  const timeoutMs = options.timeoutMs ?? CLOSE_TIMEOUT_MS;
  const timers = options.timers ?? realTimers;
  let window: HandshakeWindow | null = null;
  let state: State = 'open';
  let quitAfterClose = false;
  let timer: unknown = null;
  let listeners = 0;

  /** Lets the close (or quit) that was held back go ahead. */
  function release(): void {
    if (state !== 'waiting') return;
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    state = 'released';
    if (quitAfterClose) options.quitApp();
    else if (window !== null && !window.isDestroyed()) window.close();
  }

  /** Asks the renderer for its last backup (once), remembering whether to quit afterwards. */
  function begin(quit: boolean): void {
    quitAfterClose = quitAfterClose || quit;
    if (state === 'waiting') return;
    state = 'waiting';
    const contents = window?.webContents;
    if (
      listeners === 0 ||
      contents === undefined ||
      contents.isDestroyed() ||
      contents.isCrashed()
    ) {
      // Nobody to wait for: a page that does not listen, or a crashed renderer, cannot answer.
      release();
      return;
    }
    timer = timers.setTimeout(release, timeoutMs);
    contents.send(BACKUP_BEFORE_CLOSE_EVENT);
  }

  return {
    attach(next) {
      window = next;
      state = 'open';
      quitAfterClose = false;
      listeners = 0;
      next.on('close', (event) => {
        if (window !== next || state === 'released') return;
        event.preventDefault();
        begin(false);
      });
      next.on('closed', () => {
        if (window !== next) return;
        if (timer !== null) timers.clearTimeout(timer);
        timer = null;
        window = null;
      });
    },

    onBeforeQuit(event) {
      // No window (already closed) or already released: the quit goes ahead.
      if (window === null || window.isDestroyed() || state === 'released') return;
      event.preventDefault();
      begin(true);
    },

    ready() {
      // Only an answer to our own request counts: a stray call never closes the window.
      release();
    },

    setListeners(count) {
      listeners = Number.isSafeInteger(count) && count > 0 ? count : 0;
      // The page stopped listening while a close waited for it: nobody will answer now.
      if (listeners === 0) release();
    },
  };
}
