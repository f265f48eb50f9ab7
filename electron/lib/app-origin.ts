/**
 * The one place that names the app's own origin: the custom scheme the renderer is served from.
 * Every trust decision (URLs, IPC senders, the protocol handler) compares against these.
 */

/** The privileged scheme the renderer is served from (no trailing colon). */
export const APP_SCHEME = 'app';

/** The only host the scheme serves. */
export const APP_HOST = 'rightsmark';

/** The app's origin as the renderer sees it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page the window loads: the bare origin, so the router sees the same "/" as on the web. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;
