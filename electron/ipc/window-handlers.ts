/**
 * Handlers for the window-level operations of the DesktopApi: the OS print dialog for what the
 * window shows, and system notifications when long work ends while the analyst is elsewhere.
 * Electron comes in as a small interface so the handlers are tested with fakes.
 */
import type { DesktopNotice } from '../../shared/ipc/contract';
import type { DesktopHandlers } from './register';

export interface WindowHandlerDeps {
  /** The app's window, when it exists and is not destroyed. */
  readonly window: () => {
    isFocused(): boolean;
    /** webContents.print with the OS dialog; resolves when the dialog closes. */
    print(): Promise<void>;
  } | null;
  /** Notification.isSupported() */
  readonly notificationsSupported: () => boolean;
  /** new Notification({ title, body, silent: false }).show() */
  readonly showNotification: (notice: DesktopNotice) => void;
}

export type WindowHandlers = Pick<DesktopHandlers, 'print' | 'notify'>;

export function createWindowHandlers(deps: WindowHandlerDeps): WindowHandlers {
  return {
    print: async () => {
      await deps.window()?.print();
    },
    notify: async (notice) => {
      const window = deps.window();
      // The analyst is looking at the window: the in-app message is enough.
      if (window !== null && window.isFocused()) return false;
      if (!deps.notificationsSupported()) return false;
      deps.showNotification(notice);
      return true;
    },
  };
}
