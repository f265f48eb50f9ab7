/** How an author's name appears in an export: in full, as initials, or not at all. */
import type { AuthorDisclosure } from './disclosure-options';

/**
 * The name as the export shows it. Initials take the first character (a whole code point, so a
 * name in a script outside the BMP is not cut in half) of each word, upper-cased, each followed
 * by a full stop: "Ana María López" → "A. M. L.". An empty name stays empty.
 */
export function authorLabel(name: string, mode: AuthorDisclosure): string {
  const trimmed = name.trim();
  if (mode === 'none' || trimmed === '') return '';
  if (mode === 'names') return trimmed;
  return trimmed
    .split(/[\s\-‐‑]+/u)
    .flatMap((word) => {
      const first = Array.from(word.replace(/^[^\p{L}\p{N}]+/u, ''))[0];
      return first === undefined ? [] : [`${first.toLocaleUpperCase()}.`];
    })
    .join(' ');
}
