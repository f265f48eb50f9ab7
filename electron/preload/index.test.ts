/**
 * The real preload entry against a fake contextBridge and ipcRenderer: it exposes one object under
 * DESKTOP_API_GLOBAL with exactly the allowlisted functions, and listens on no channel but the
 * before-close event.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_BEFORE_CLOSE_EVENT,
  CLOSE_LISTENERS_CHANNEL,
  DESKTOP_API_GLOBAL,
  DESKTOP_EVENTS,
  DESKTOP_OPERATIONS,
} from '../../shared/ipc/contract';

const fake = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoked: [] as unknown[][],
  sent: [] as unknown[][],
  listeners: new Map<string, ((...args: unknown[]) => void)[]>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => fake.exposed.push([key, api]),
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      fake.invoked.push(args);
      return null;
    },
    send: (...args: unknown[]) => fake.sent.push(args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      fake.listeners.set(channel, [...(fake.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      fake.listeners.set(
        channel,
        (fake.listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
  },
}));

beforeAll(async () => {
  await import('./index');
});

describe('preload', () => {
  it('exposes one frozen object with exactly the allowlisted functions', () => {
    expect(fake.exposed).toHaveLength(1);
    const [key, api] = fake.exposed[0] ?? [];
    expect(key).toBe(DESKTOP_API_GLOBAL);
    expect(Object.keys(api as object).sort()).toEqual(
      [...DESKTOP_OPERATIONS, ...DESKTOP_EVENTS].sort(),
    );
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards calls through invoke and subscribes only to the before-close event', async () => {
    const api = fake.exposed[0]?.[1] as {
      appVersion(): Promise<string>;
      onBeforeClose(listener: () => void): () => void;
    };
    await api.appVersion();
    expect(fake.invoked).toEqual([['rightsmark:appVersion']]);
    let heard = 0;
    const stop = api.onBeforeClose(() => (heard += 1));
    expect([...fake.listeners.keys()]).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
    for (const listener of fake.listeners.get(BACKUP_BEFORE_CLOSE_EVENT) ?? []) {
      listener({ sender: 'event object' });
    }
    expect(heard).toBe(1);
    stop();
    expect(fake.listeners.get(BACKUP_BEFORE_CLOSE_EVENT)).toEqual([]);
    // The shell heard that the page listens, then that it stopped: a close never waits in vain.
    expect(fake.sent).toEqual([
      [CLOSE_LISTENERS_CHANNEL, 1],
      [CLOSE_LISTENERS_CHANNEL, 0],
    ]);
  });
});
