/**
 * Numbers in content streams: rounded to two decimals (a hundredth of a point, far below
 * anything visible) and written as short as JavaScript writes them ("73.87", "0.5", "10").
 * A page of a briefing writes thousands of them, so they are formatted from whole hundredths,
 * which gives exactly `String(Math.round(value * 100) / 100)` without printing a float.
 */
export function pdfNumber(value: number): string {
  const hundredths = Math.round(value * 100);
  // Whole numbers (and -0, which String writes as "0") print as integers.
  if (hundredths % 100 === 0) return String(hundredths / 100);
  const magnitude = Math.abs(hundredths);
  const whole = Math.floor(magnitude / 100);
  const rest = magnitude % 100;
  const decimals = rest < 10 ? `0${rest}` : rest % 10 === 0 ? String(rest / 10) : String(rest);
  return `${hundredths < 0 ? '-' : ''}${whole}.${decimals}`;
}
