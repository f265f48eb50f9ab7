/** Messages between the page and the briefing worker (one build per id; ids never reused). */
import type {
  BriefingInput,
  BriefingInputErrorCode,
  BriefingProgress,
} from '../../../shared/briefing';

export type BriefingWorkerRequest =
  | { readonly type: 'build'; readonly id: number; readonly input: BriefingInput }
  /** Stops a build at its next check; the worker then answers `failed` with reason 'cancelled'. */
  | { readonly type: 'cancel'; readonly id: number };

export type BriefingWorkerResponse =
  | { readonly type: 'progress'; readonly id: number; readonly progress: BriefingProgress }
  | { readonly type: 'built'; readonly id: number; readonly bytes: Uint8Array }
  | {
      readonly type: 'failed';
      readonly id: number;
      /** 'input': the engine refused the input (BriefingInputError, with its code). */
      readonly reason: 'input' | 'cancelled' | 'error';
      readonly code: BriefingInputErrorCode | null;
      readonly message: string;
    };
