/**
 * Hardening applied to every web contents and to the default session: no navigation away, no new
 * windows, no webviews, no permissions, no request outside the app. External links go to the OS only
 * after the user confirms.
 */
import { dialog, shell, type BrowserWindow, type Session, type WebContents } from 'electron';
import { isAllowedRequest } from '../lib/request-policy';
import { decideNavigation, externalUrlToOpen } from '../lib/trusted-url';

/** Asks before handing a link to the browser or mail client. */
async function confirmOpenExternal(rawUrl: string, owner: BrowserWindow | null): Promise<void> {
  // The OS gets the URL as parsed and checked, not the string the page supplied.
  const url = externalUrlToOpen(rawUrl);
  if (url === null) return;
  const options = {
    type: 'question' as const,
    buttons: ['Open link', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open link',
    message: 'Open this link outside Rightsmark?',
    detail: url,
    noLink: true,
  };
  const { response } = owner
    ? await dialog.showMessageBox(owner, options)
    : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url);
}

/** Applies navigation, window and webview rules to one web contents. */
export function hardenWebContents(
  contents: WebContents,
  ownerOf: (contents: WebContents) => BrowserWindow | null,
): void {
  const onNavigate = (event: { preventDefault(): void }, url: string): void => {
    const decision = decideNavigation(url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') void confirmOpenExternal(url, ownerOf(contents));
  };
  contents.on('will-navigate', onNavigate);
  contents.on('will-frame-navigate', (event) => {
    // Subframes have no business in the app (frame-src 'none'); the main frame is checked above.
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url) === 'open-external') {
      void confirmOpenExternal(url, ownerOf(contents));
    }
    return { action: 'deny' };
  });
}

/** Denies every permission, and every request that is not to the app itself (lib/request-policy). */
export function hardenSession(session: Session, options: { readonly isPackaged: boolean }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // No URL filter: the listener sees every request and cancels all but the allowlisted ones.
  const policy = { allowDevTools: !options.isPackaged };
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, policy) }),
  );
}
