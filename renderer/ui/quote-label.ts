/** Short forms of quotes for controls' accessible names, so each names its own excerpt. */

/** How much of a quote a control's name repeats. */
const NAME_QUOTE_LENGTH = 50;

/** The quote on one line, cut to NAME_QUOTE_LENGTH with an ellipsis. */
export function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= NAME_QUOTE_LENGTH
    ? flat
    : `${flat.slice(0, NAME_QUOTE_LENGTH - 1).trimEnd()}…`;
}
