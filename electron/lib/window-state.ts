/**
 * The remembered size and position of the main window: parsed defensively from a small JSON file
 * (it may be missing, corrupt or written on another monitor layout) and clamped to sane values.
 */

/** A rectangle in screen coordinates (a display's work area). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowBounds {
  readonly width: number;
  readonly height: number;
  /** Absent when the window should be centred by the OS. */
  readonly x?: number;
  readonly y?: number;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_BOUNDS: WindowBounds = { width: 1280, height: 820, maximized: false };

/** Limits for stored sizes: below the layout's minimum or beyond any real screen is not trusted. */
export const WINDOW_SIZE_LIMITS = { minWidth: 800, minHeight: 560, max: 16_384 } as const;

/** How much of the window's title area must be on a display for a stored position to be kept. */
const MIN_VISIBLE_PX = 64;

/** The stored file is tiny; anything larger is not ours. */
const MAX_STATE_FILE_LENGTH = 4096;

function isFiniteNumber(value: unknown): value is number {
  // Stryker disable next-line ConditionalExpression: equivalent mutant (Number.isFinite is false
  // for every non-number); the typeof check narrows the type.
  return typeof value === 'number' && Number.isFinite(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Reads stored window state. Missing or malformed fields fall back to defaults; the position is
 * kept only when the top of the window is visible on one of `workAreas` (monitors change).
 */
export function parseWindowState(json: string | null, workAreas: readonly Rect[]): WindowBounds {
  if (typeof json !== 'string' || json.length > MAX_STATE_FILE_LENGTH) return DEFAULT_WINDOW_BOUNDS;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
    // Equivalent mutant (an empty catch block): raw stays undefined and the next
    // check returns the defaults.
  } catch {
    return DEFAULT_WINDOW_BOUNDS;
  }
  // Stryker disable next-line ConditionalExpression: equivalent for numbers and strings, whose
  // fields read as undefined and fall back one by one; null and arrays are what this refuses.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_WINDOW_BOUNDS;
  const record = raw as Record<string, unknown>;
  const { minWidth, minHeight, max } = WINDOW_SIZE_LIMITS;
  const width = isFiniteNumber(record.width)
    ? clamp(record.width, minWidth, max)
    : DEFAULT_WINDOW_BOUNDS.width;
  const height = isFiniteNumber(record.height)
    ? clamp(record.height, minHeight, max)
    : DEFAULT_WINDOW_BOUNDS.height;
  const maximized = record.maximized === true;

  if (isFiniteNumber(record.x) && isFiniteNumber(record.y)) {
    const x = Math.round(record.x);
    const y = Math.round(record.y);
    // Only the title strip needs to be reachable so the user can drag the window back.
    const titleStrip: Rect = { x, y, width, height: MIN_VISIBLE_PX };
    const visible = workAreas.some((area) => {
      const o = overlap(titleStrip, area);
      return o.width >= MIN_VISIBLE_PX && o.height >= MIN_VISIBLE_PX / 2 && y >= area.y;
    });
    if (visible) return { width, height, x, y, maximized };
  }
  return { width, height, maximized };
}

/** The JSON written on close (bounds of the normal, un-maximised window). */
export function serializeWindowState(bounds: Rect, maximized: boolean): string {
  return JSON.stringify({
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized,
  });
}
