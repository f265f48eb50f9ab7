/**
 * Hardening applied to every web contents and to the default session: no navigation away, no new
 * windows, no webviews, no devices, no permission but persistent storage, no spellchecker
 * downloads, no request outside the app. External links go to the OS only
 * after the user confirms.
 */
import { dialog, shell, type BrowserWindow, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from '../lib/app-origin';
import { isPermissionGranted } from '../lib/permission-policy';
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
  // The URL comes from the event object (the positional argument is deprecated).
  contents.on('will-navigate', (event) => onNavigate(event, event.url));
  contents.on('will-frame-navigate', (event) => {
    // Subframes have no business in the app (frame-src 'none'); the main frame is checked above.
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Without a handler Electron picks the first Bluetooth device a page asks for: pick none.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url) === 'open-external') {
      void confirmOpenExternal(url, ownerOf(contents));
    }
    return { action: 'deny' };
  });
}

/** The slice of Session the spellchecker lockdown uses (a fake in tests). */
export type SpellcheckSession = Pick<
  Session,
  'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL'
>;

/**
 * Turns the spellchecker off for the whole session. On Windows and Linux Chromium downloads
 * Hunspell dictionaries from Google's servers even with `spellcheck: false` in the window; with
 * no languages and the download URL pointed at the app's own origin (which serves no
 * dictionaries), no dictionary request can leave the machine. macOS uses the OS's spellchecker
 * and has neither setting.
 */
export function lockDownSpellchecker(session: SpellcheckSession, platform: string): void {
  session.setSpellCheckerEnabled(false);
  if (platform === 'darwin') return;
  session.setSpellCheckerLanguages([]);
  session.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/no-dictionaries/`);
}

/**
 * Grants only persistent storage to the app's own page (lib/permission-policy), denies every
 * device chooser, and cancels every request that is not to the app itself (lib/request-policy).
 */
export function hardenSession(session: Session, options: { readonly isPackaged: boolean }): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  // Device choosers a page could open (WebHID, Web Serial, WebUSB): choose nothing.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  lockDownSpellchecker(session, process.platform);
  // No URL filter: the listener sees every request and cancels all but the allowlisted ones.
  const policy = { allowDevTools: !options.isPackaged };
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, policy) }),
  );
}
