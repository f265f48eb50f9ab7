/** A count with its noun in the analyst's words: "1 excerpt", "1,204 excerpts". */

const numberFormat = new Intl.NumberFormat('en-GB');

/** The number grouped as the app writes counts ("1,204"). */
export function formatCount(count: number): string {
  return numberFormat.format(count);
}

/** "1 excerpt", "12 excerpts": the noun agrees with the count. */
export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
