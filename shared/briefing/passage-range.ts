/**
 * Where an excerpt lies in its document's plain text: at its stored position when the quote is
 * still there, else at the quote's first exact occurrence; null when it cannot be found.
 */
import type { BriefingExcerpt } from './briefing-input';

/** The excerpt's offsets in `text` (end exclusive), or null. */
export function passageRange(
  text: string,
  excerpt: Pick<BriefingExcerpt, 'quote' | 'position'>,
): { start: number; end: number } | null {
  const { position, quote } = excerpt;
  if (
    position &&
    Number.isInteger(position.start) &&
    Number.isInteger(position.end) &&
    position.start >= 0 &&
    position.end > position.start &&
    position.end <= text.length &&
    (quote === '' || text.slice(position.start, position.end) === quote)
  ) {
    return { start: position.start, end: position.end };
  }
  if (quote === '') return null;
  const at = text.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length };
}
