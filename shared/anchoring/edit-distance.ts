/**
 * Small edit-distance routines for comparing a stored context (a few dozen characters) with the
 * text beside a candidate match. Quadratic, so only ever called on short strings.
 */

// One reusable row: scoring thousands of candidates should not allocate thousands of arrays.
let row = new Int32Array(128);

function rowOf(length: number): Int32Array {
  if (row.length < length) row = new Int32Array(Math.max(length, row.length * 2));
  return row;
}

/**
 * Fewest insertions, deletions and substitutions that turn `pattern` into some suffix of
 * `window` (the window's start is free, its end is fixed). Compares a stored prefix with the
 * text that ends where a candidate match starts.
 */
export function distanceToEnd(pattern: string, window: string): number {
  const m = pattern.length;
  const n = window.length;
  const d = rowOf(n + 1);
  d.fill(0, 0, n + 1);
  for (let i = 1; i <= m; i += 1) {
    const p = pattern.charCodeAt(i - 1);
    let diagonal = d[0] ?? 0;
    d[0] = i;
    for (let j = 1; j <= n; j += 1) {
      const above = d[j] ?? 0;
      const left = d[j - 1] ?? 0;
      const substitute = diagonal + (p === window.charCodeAt(j - 1) ? 0 : 1);
      d[j] = Math.min(substitute, above + 1, left + 1);
      diagonal = above;
    }
  }
  return d[n] ?? m;
}

/**
 * Fewest insertions, deletions and substitutions that turn `pattern` into some prefix of
 * `window` (the window's start is fixed, its end is free). Compares a stored suffix with the
 * text that starts where a candidate match ends.
 */
export function distanceFromStart(pattern: string, window: string): number {
  const m = pattern.length;
  const n = window.length;
  const d = rowOf(n + 1);
  for (let j = 0; j <= n; j += 1) d[j] = j;
  for (let i = 1; i <= m; i += 1) {
    const p = pattern.charCodeAt(i - 1);
    let diagonal = d[0] ?? 0;
    d[0] = i;
    for (let j = 1; j <= n; j += 1) {
      const above = d[j] ?? 0;
      const left = d[j - 1] ?? 0;
      const substitute = diagonal + (p === window.charCodeAt(j - 1) ? 0 : 1);
      d[j] = Math.min(substitute, above + 1, left + 1);
      diagonal = above;
    }
  }
  let best = m;
  for (let j = 0; j <= n; j += 1) best = Math.min(best, d[j] ?? m);
  return best;
}
