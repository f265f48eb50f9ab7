/**
 * The reading text's size, which the analyst sets with the reader's A− / A+ buttons; kept in
 * the browser's storage so every document opens at the same size.
 */
import { useCallback, useState } from 'react';

/** Sizes offered, in CSS pixels; 19 px is the reader's default. */
export const TEXT_SIZES = [15, 17, 19, 21, 24, 28] as const;
const DEFAULT_SIZE = 19;
const STORAGE_KEY = 'rightsmark.reader.textSize';

function storedSize(): number {
  try {
    const value = Number(globalThis.localStorage?.getItem(STORAGE_KEY));
    return (TEXT_SIZES as readonly number[]).includes(value) ? value : DEFAULT_SIZE;
  } catch {
    return DEFAULT_SIZE;
  }
}

/** The current size and a step up or down through TEXT_SIZES (null at either end). */
export function useTextSize(): {
  size: number;
  step: (direction: 1 | -1) => void;
  canStep: (direction: 1 | -1) => boolean;
} {
  const [size, setSize] = useState(storedSize);
  const at = (TEXT_SIZES as readonly number[]).indexOf(size);
  const canStep = useCallback(
    (direction: 1 | -1) => at + direction >= 0 && at + direction < TEXT_SIZES.length,
    [at],
  );
  const step = useCallback(
    (direction: 1 | -1) => {
      const next = TEXT_SIZES[at + direction];
      if (next === undefined) return;
      setSize(next);
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, String(next));
      } catch {
        // Storage may be unavailable (private mode); the size still applies for this view.
      }
    },
    [at],
  );
  return { size, step, canStep };
}
