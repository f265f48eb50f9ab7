/**
 * Whether an IPC message comes from our own page: the top-level frame of a window showing the
 * app:// origin. Iframes and any other origin (should one ever load) are refused.
 */
import { isInternalUrl } from './trusted-url';

/** What the IPC wrapper knows about the frame that sent a message. */
export interface SenderFrameInfo {
  /** The frame's URL; absent when the frame is gone. */
  readonly url: string | null | undefined;
  /** True for a window's main frame (no parent). */
  readonly isMainFrame: boolean;
}

/** True when the sender is the main frame of a page served from app://rightsmark/. */
export function isTrustedSender(frame: SenderFrameInfo | null | undefined): boolean {
  if (frame === null || frame === undefined || !frame.isMainFrame) return false;
  return typeof frame.url === 'string' && isInternalUrl(frame.url);
}
