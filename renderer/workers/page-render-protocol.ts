/** The messages between the reader and the page-render worker: a PDF in, pictures of its pages out. */
import type { PageTextItem } from '../../shared/import';

/** App → worker: hold this PDF (replacing the one held before), or draw one of its pages. */
export type PageRenderRequest =
  | { readonly type: 'open'; readonly key: string; readonly bytes: Uint8Array }
  | {
      readonly type: 'render';
      readonly id: number;
      readonly key: string;
      /** 1-based page number. */
      readonly page: number;
      /** Width of the picture in device pixels. */
      readonly pixelWidth: number;
    };

/** A page drawn: the picture, its size, and its text items for outlining a passage. */
export interface RenderedPage {
  readonly page: number;
  readonly pageCount: number;
  readonly bitmap: ImageBitmap;
  /** The page's height as a multiple of its width. */
  readonly aspect: number;
  readonly items: readonly PageTextItem[];
}

/** Worker → app: a page drawn, or why it could not be. */
export type PageRenderReply =
  | ({ readonly type: 'rendered'; readonly id: number } & RenderedPage)
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
