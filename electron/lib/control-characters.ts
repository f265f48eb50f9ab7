/**
 * Detects C0 control characters and DEL (NUL, line breaks, escape…) in strings from the renderer
 * or the web: none belongs in a title, a path segment or a link we hand to the OS.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** True when the text contains a C0 control character or DEL. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}
