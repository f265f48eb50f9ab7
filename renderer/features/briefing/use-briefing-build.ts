/**
 * Builds the briefing for the dialog's current input, a moment after the analyst stops
 * changing it: each new input supersedes (cancels) the build before it. The analyst may
 * cancel a build; nothing is ever saved from a build that did not finish.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  BriefingInputError,
  MissingGlyphsError,
  type BriefingInput,
  type BriefingProgress,
  type MissingGlyph,
} from '../../../shared/briefing';
import { buildBriefingPdf } from './briefing-worker-client';
import { messageOf } from '../../ui/message-of';

/** Where the build for the current input is. */
export type BriefingBuildState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building'; readonly progress: BriefingProgress | null }
  | {
      readonly kind: 'ready';
      readonly bytes: Uint8Array;
      readonly input: BriefingInput;
      /** Characters drawn as a box because no font has them (only when the analyst allowed it). */
      readonly replaced: readonly MissingGlyph[];
    }
  | { readonly kind: 'cancelled' }
  /** `refused`: the engine refused the input (e.g. no excerpt has the chosen rights). */
  | {
      readonly kind: 'failed';
      readonly message: string;
      readonly refused: boolean;
      /** Characters no font has, when that is why (the analyst may accept a box for them). */
      readonly missing: readonly MissingGlyph[] | null;
    };

/** Wait this long after the last change before building: typing a title does not rebuild per key. */
export const BUILD_DELAY_MS = 400;

/** Share of the progress bar each phase fills, in order; layout and writing dominate. */
const PHASE_SHARES = {
  fonts: [0, 10],
  layout: [10, 60],
  write: [60, 95],
  save: [95, 100],
} as const;

/** The whole build's progress in percent (0–100) from the engine's phase progress. */
export function progressPercent(progress: BriefingProgress | null): number {
  if (progress === null) return 0;
  const [from, to] = PHASE_SHARES[progress.phase];
  const part = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return Math.round(from + (to - from) * part);
}

/** One build: the input and how many times the analyst asked to build it again. */
interface BuildRequest {
  readonly input: BriefingInput;
  readonly generation: number;
  readonly allowMissingGlyphs: boolean;
}

export function useBriefingBuild(
  input: BriefingInput | null,
  /** Called once each build is ready (the dialog asks the platform to notify). */
  onBuilt: () => void = () => {},
  /** Draw characters no font has as a box instead of failing (the analyst accepted it). */
  allowMissingGlyphs = false,
): {
  readonly state: BriefingBuildState;
  /** The last PDF built (for this dialog), kept on screen while the next one builds. */
  readonly lastBuilt: Uint8Array | null;
  /** Stops the current build; the state becomes 'cancelled'. */
  cancel(): void;
  /** Builds the current input again (after a cancel or a failure). */
  rebuild(): void;
} {
  const [generation, setGeneration] = useState(0);
  // The latest callback, without restarting a build when the caller passes a new one.
  const onBuiltRef = useRef(onBuilt);
  useEffect(() => {
    onBuiltRef.current = onBuilt;
  }, [onBuilt]);
  const request = useMemo<BuildRequest | null>(
    () => (input === null ? null : { input, generation, allowMissingGlyphs }),
    [input, generation, allowMissingGlyphs],
  );
  // Results are kept with the request they answer: a newer request shows as building at once.
  const [result, setResult] = useState<{ request: BuildRequest; state: BriefingBuildState } | null>(
    null,
  );
  const [lastBuilt, setLastBuilt] = useState<Uint8Array | null>(null);
  const running = useRef<{ request: BuildRequest; controller: AbortController } | null>(null);

  useEffect(() => {
    if (request === null) return undefined;
    const controller = new AbortController();
    running.current = { request, controller };
    const report = (state: BriefingBuildState) => {
      if (!controller.signal.aborted) setResult({ request, state });
    };
    const timer = setTimeout(() => {
      let replaced: readonly MissingGlyph[] = [];
      buildBriefingPdf(request.input, {
        signal: controller.signal,
        onProgress: (progress) => report({ kind: 'building', progress }),
        allowMissingGlyphs: request.allowMissingGlyphs,
        onMissingGlyphs: (missing) => {
          replaced = missing;
        },
      }).then(
        (bytes) => {
          report({ kind: 'ready', bytes, input: request.input, replaced });
          if (controller.signal.aborted) return;
          setLastBuilt(bytes);
          onBuiltRef.current();
        },
        (error: unknown) => {
          // Cancelled by the analyst: cancel() has said so. Superseded: the next build reports.
          if (controller.signal.aborted) return;
          report({
            kind: 'failed',
            message: messageOf(error),
            refused: error instanceof BriefingInputError,
            missing: error instanceof MissingGlyphsError ? error.missing : null,
          });
        },
      );
    }, BUILD_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [request]);

  const cancel = useCallback(() => {
    const current = running.current;
    if (!current || current.controller.signal.aborted) return;
    current.controller.abort();
    setResult({ request: current.request, state: { kind: 'cancelled' } });
  }, []);
  const rebuild = useCallback(() => setGeneration((n) => n + 1), []);

  const state: BriefingBuildState =
    request === null
      ? { kind: 'idle' }
      : result !== null && result.request === request
        ? result.state
        : { kind: 'building', progress: null };
  return { state, lastBuilt, cancel, rebuild };
}
