import { describe, expect, it } from 'vitest';
import type { DesktopNotice } from '../../shared/ipc/contract';
import { createWindowHandlers } from './window-handlers';

function fakes(options: { focused: boolean | null; supported?: boolean }) {
  const shown: DesktopNotice[] = [];
  let printed = 0;
  const handlers = createWindowHandlers({
    window: () =>
      options.focused === null
        ? null
        : {
            isFocused: () => options.focused === true,
            print: async () => {
              printed += 1;
            },
          },
    notificationsSupported: () => options.supported ?? true,
    showNotification: (notice) => shown.push(notice),
  });
  return { handlers, shown, printed: () => printed };
}

const notice = { title: 'Import finished', body: '12 documents added to the library.' };

describe('notify', () => {
  it('notifies the system when the window is not focused (work finished in the background)', async () => {
    const { handlers, shown } = fakes({ focused: false });
    await expect(handlers.notify(notice)).resolves.toBe(true);
    expect(shown).toEqual([notice]);
  });

  it('stays quiet while the analyst is looking at the window', async () => {
    const { handlers, shown } = fakes({ focused: true });
    await expect(handlers.notify(notice)).resolves.toBe(false);
    expect(shown).toEqual([]);
  });

  it('says it could not notify where the system has no notifications', async () => {
    const { handlers, shown } = fakes({ focused: false, supported: false });
    await expect(handlers.notify(notice)).resolves.toBe(false);
    expect(shown).toEqual([]);
  });
});

describe('print', () => {
  it('opens the print dialog of the window, and does nothing without one', async () => {
    const withWindow = fakes({ focused: true });
    await withWindow.handlers.print();
    expect(withWindow.printed()).toBe(1);
    const without = fakes({ focused: null });
    await expect(without.handlers.print()).resolves.toBeUndefined();
  });
});
