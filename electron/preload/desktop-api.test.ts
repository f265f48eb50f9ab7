import { describe, expect, it } from 'vitest';
import { DESKTOP_OPERATIONS, channelName } from '../../shared/ipc/contract';
import { createDesktopApi } from './desktop-api';

describe('createDesktopApi', () => {
  it('exposes exactly the operations of the contract, as functions', () => {
    const api = createDesktopApi(async () => undefined);
    expect(Object.keys(api).sort()).toEqual([...DESKTOP_OPERATIONS].sort());
    for (const operation of DESKTOP_OPERATIONS) expect(typeof api[operation]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('is frozen, so the page cannot add a pass-through', () => {
    const api = createDesktopApi(async () => undefined);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each operation on its own channel with its arguments, and returns the reply', async () => {
    const sent: unknown[][] = [];
    const api = createDesktopApi(async (channel, ...args) => {
      sent.push([channel, ...args]);
      return channel === channelName('appVersion') ? '9.9.9' : null;
    });
    await expect(api.appVersion()).resolves.toBe('9.9.9');
    const request = { suggestedName: 'a.pdf', filters: [], bytes: new Uint8Array([1]) };
    await api.saveFile(request);
    await api.revealFile('/x/a.pdf');
    expect(sent).toEqual([
      ['rightsmark:appVersion'],
      ['rightsmark:saveFile', request],
      ['rightsmark:revealFile', '/x/a.pdf'],
    ]);
  });
});
