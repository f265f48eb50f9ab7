/**
 * Serves the renderer from app://rightsmark/: registers the scheme as privileged (before ready)
 * and hands each request to the renderer server (./serve-renderer).
 */
import { protocol } from 'electron';
import { APP_SCHEME } from '../lib/app-origin';
import { createRendererServer } from './serve-renderer';

/** Must run before app 'ready': a standard, secure scheme gets an origin, fetch and storage. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Installs the app:// handler for the default session, serving files under `rendererRoot`. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createRendererServer(rendererRoot));
}
