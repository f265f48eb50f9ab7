/**
 * Makes a file name safe to offer in a save dialog on any platform: no separators, control or
 * bidi-override characters, Windows reserved names or trailing dots. Pure, so both ends use it:
 * the shell re-checks every name the renderer suggests (electron/lib/ipc-validation.ts), and the
 * renderer builds its suggestions with it (briefing PDFs).
 */

/** Longest name we suggest, in UTF-16 code units, extension included. */
export const MAX_FILE_NAME_LENGTH = 120;

/** Used when nothing usable is left of the suggestion. */
export const FALLBACK_FILE_NAME = 'Rightsmark export';

/** Longest extension kept when shortening ("briefing.pdf" keeps ".pdf"). */
const MAX_EXTENSION_LENGTH = 10;

/**
 * Characters replaced by a space: path separators and characters Windows forbids, C0/C1 controls,
 * and bidi embedding/override/isolate marks (U+202A–U+202E, U+2066–U+2069), which can make
 * "report\u202Efdp.exe" display as "reportexe.pdf".
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point.
const UNSAFE_CHARACTERS = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Invisible format characters that could hide an extension: zero-width and BOM. */
const INVISIBLE_CHARACTERS = /[\u200b-\u200f\u2028\u2029\ufeff]/g;

/** Device names Windows reserves with or without an extension (CON, CON.txt, COM1, LPT9…). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Cuts a string to at most `max` code units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastCode = cut.charCodeAt(cut.length - 1);
  return lastCode >= 0xd800 && lastCode <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Splits "name.ext" into stem and ".ext" (short alphanumeric extensions only). */
function splitExtension(name: string): { stem: string; extension: string } {
  const match = /^(.*[^.])(\.[A-Za-z0-9]{1,10})$/.exec(name);
  if (match === null || match[1] === undefined || match[2] === undefined) {
    return { stem: name, extension: '' };
  }
  return { stem: match[1], extension: match[2] };
}

/** Removes what Windows strips or refuses at the end of a name: dots and spaces. */
function trimEnd(text: string): string {
  return text.replace(/[. ]+$/, '');
}

/**
 * A file name safe to pass as a save dialog's default: one path component, printable, not a
 * Windows device name, at most MAX_FILE_NAME_LENGTH long with its extension preserved.
 */
export function sanitizeFileName(suggested: string): string {
  if (typeof suggested !== 'string') return FALLBACK_FILE_NAME;
  let name = suggested
    .normalize('NFC')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(UNSAFE_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Leading dots would make a hidden file or a relative-path lookalike ("..").
  name = name.replace(/^[. ]+/, '');
  name = trimEnd(name);

  const parts = splitExtension(name);
  const extension = parts.extension;
  let stem = parts.stem;
  stem = trimEnd(stem);
  if (stem === '') return FALLBACK_FILE_NAME + extension;
  // "CON.pdf" and "con" are device names on Windows whatever the extension.
  if (WINDOWS_RESERVED.test(stem.split('.')[0] ?? '')) stem = `_${stem}`;

  const maxStem = MAX_FILE_NAME_LENGTH - Math.min(extension.length, MAX_EXTENSION_LENGTH + 1);
  stem = trimEnd(truncate(stem, maxStem));
  if (stem === '') stem = FALLBACK_FILE_NAME;
  return `${stem}${extension}`;
}
