/** How an author's name appears in an export: in full, as initials, or not at all. */
import type { AuthorDisclosure } from './disclosure-options';

/**
 * The name as the export shows it. Initials take the first letter or digit (a whole code point,
 * so a name in a script outside the BMP is not cut in half) of each word, upper-cased, each
 * followed by a full stop: "Ana María López" → "A. M. L."; quotes and brackets are skipped, and a
 * word with no letter or digit gives none. An empty name stays empty.
 */
export function authorLabel(name: string, mode: AuthorDisclosure): string {
  const trimmed = name.trim();
  if (mode === 'none') return '';
  if (mode === 'names') return trimmed;
  // Words are split at every space or hyphen; the empty words between two in a row give nothing.
  return trimmed
    .split(/[\s\-‐‑]/u)
    .flatMap((word) => {
      const first = /[\p{L}\p{N}]/u.exec(word)?.[0];
      return first === undefined ? [] : [`${first.toLocaleUpperCase()}.`];
    })
    .join(' ');
}
