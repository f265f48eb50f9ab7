/**
 * The only place that talks to ipcMain: registers one typed handler per DesktopApi operation,
 * refusing messages from any frame but our own page and arguments that fail validation.
 */
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import {
  CLOSE_LISTENERS_CHANNEL,
  channelName,
  type DesktopApi,
  type DesktopChannel,
} from '../../shared/ipc/contract';
import { parseCloseListenerCount, validateArguments } from '../lib/ipc-validation';
import { isTrustedSender, type SenderFrameInfo } from '../lib/sender';

/** A handler receives validated arguments and returns what the contract promises. */
export type DesktopHandler<K extends DesktopChannel> = (
  ...args: Parameters<DesktopApi[K]>
) => ReturnType<DesktopApi[K]>;

/** One handler per operation: a missing one is a compile error. */
export type DesktopHandlers = { readonly [K in DesktopChannel]: DesktopHandler<K> };

/** The slice of ipcMain the registry needs (a fake in tests). */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** The slice of the invoke event we read: who sent it. */
export type InvokeEventLike = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Reads the sender frame defensively: it is null when the frame navigated or was destroyed. */
export function senderFrameInfo(event: InvokeEventLike): SenderFrameInfo | null {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return null;
  return { url: frame.url, isMainFrame: frame.parent === null };
}

/** Thrown to the renderer (as a rejected promise) when a call is refused. */
export class RefusedCallError extends Error {
  override readonly name = 'RefusedCallError';
}

/** Wraps a handler with the sender check and argument validation. */
export function guardHandler<K extends DesktopChannel>(
  operation: K,
  handler: DesktopHandler<K>,
): (event: InvokeEventLike, ...rawArgs: unknown[]) => Promise<unknown> {
  return async (event, ...rawArgs) => {
    if (!isTrustedSender(senderFrameInfo(event))) {
      throw new RefusedCallError(`${operation}: refused, untrusted sender`);
    }
    const checked = validateArguments(operation, rawArgs);
    if (!checked.ok) throw new RefusedCallError(checked.error);
    return handler(...checked.args);
  };
}

/** Registers a single operation on its channel. */
export function handle<K extends DesktopChannel>(
  ipc: IpcMainLike,
  operation: K,
  handler: DesktopHandler<K>,
): void {
  const channel = channelName(operation);
  // Replacing keeps re-registration (a window re-created on macOS) from throwing.
  ipc.removeHandler(channel);
  ipc.handle(channel, guardHandler(operation, handler));
}

/** The slice of the one-way message event we read: who sent it. */
export type MessageEventLike = Pick<IpcMainEvent, 'senderFrame' | 'sender'>;

/**
 * Listens for the preload's close-listener count (CLOSE_LISTENERS_CHANNEL), taking it only from
 * our own page in the app's window and only as a small non-negative integer.
 */
export function registerCloseListeners(
  ipc: Pick<IpcMain, 'on'>,
  isAppWindow: (sender: MessageEventLike['sender']) => boolean,
  onCount: (count: number) => void,
): void {
  ipc.on(CLOSE_LISTENERS_CHANNEL, (event: MessageEventLike, count: unknown) => {
    const checked = parseCloseListenerCount(count);
    if (checked === null || !isTrustedSender(senderFrameInfo(event))) return;
    if (!isAppWindow(event.sender)) return;
    onCount(checked);
  });
}

/** Registers every operation of the contract. */
export function registerDesktopApi(ipc: IpcMainLike, handlers: DesktopHandlers): void {
  handle(ipc, 'appVersion', handlers.appVersion);
  handle(ipc, 'openFiles', handlers.openFiles);
  handle(ipc, 'takeOpenedFiles', handlers.takeOpenedFiles);
  handle(ipc, 'print', handlers.print);
  handle(ipc, 'notify', handlers.notify);
  handle(ipc, 'saveFile', handlers.saveFile);
  handle(ipc, 'revealFile', handlers.revealFile);
  handle(ipc, 'readLibraryMarker', handlers.readLibraryMarker);
  handle(ipc, 'writeLibraryMarker', handlers.writeLibraryMarker);
  handle(ipc, 'writeAutoBackup', handlers.writeAutoBackup);
  handle(ipc, 'listAutoBackups', handlers.listAutoBackups);
  handle(ipc, 'readAutoBackup', handlers.readAutoBackup);
  handle(ipc, 'closeReady', handlers.closeReady);
}
