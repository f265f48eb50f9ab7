/** Messages between the page and the briefing worker (one build per id; ids never reused). */
import type {
  BriefingInput,
  BriefingInputErrorCode,
  BriefingProgress,
  MissingGlyph,
} from '../../../shared/briefing';

export type BriefingWorkerRequest =
  | {
      readonly type: 'build';
      readonly id: number;
      readonly input: BriefingInput;
      /** Draw characters no font has as a box instead of failing with 'missing-glyphs'. */
      readonly allowMissingGlyphs: boolean;
    }
  /** Stops a build at its next check; the worker then answers `failed` with reason 'cancelled'. */
  | { readonly type: 'cancel'; readonly id: number };

export type BriefingWorkerResponse =
  | { readonly type: 'progress'; readonly id: number; readonly progress: BriefingProgress }
  | {
      readonly type: 'built';
      readonly id: number;
      readonly bytes: Uint8Array;
      /** Characters drawn as a box (only with allowMissingGlyphs). */
      readonly replaced: readonly MissingGlyph[];
    }
  | {
      readonly type: 'failed';
      readonly id: number;
      /**
       * 'input': the engine refused the input (BriefingInputError, with its code);
       * 'missing-glyphs': characters no font has (MissingGlyphsError, with `missing`).
       */
      readonly reason: 'input' | 'missing-glyphs' | 'cancelled' | 'error';
      readonly code: BriefingInputErrorCode | null;
      readonly missing?: readonly MissingGlyph[];
      readonly message: string;
    };
