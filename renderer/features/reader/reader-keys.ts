/**
 * Every keyboard shortcut of the reader, in one table: which key, pressed where, does what.
 * `readerCommandFor` only decides (pure, unit-tested); `useReaderKeys` listens and runs the
 * command through the actions the reader gives it.
 *
 * To add a shortcut (say Ctrl+F to find in the document, or Ctrl+P to print it):
 * 1. add its command to `ReaderCommand`;
 * 2. add its row to `readerCommandFor`, above the row that would otherwise take the key (the
 *    rows are tried in order, and the `ctrl`/`meta` rows must come before the bare-key ones);
 * 3. add its action to `ReaderKeyActions` and implement it where ReaderView builds its actions;
 * 4. mention it in the reader's keyboard hint and test the row in `reader-keys.test.ts`.
 */

/** What a key press asks of the reader. */
export type ReaderCommand =
  /** Move the focus to the selection toolbar's first button. */
  | { readonly kind: 'focus-toolbar' }
  /** Select the whole focused paragraph. */
  | { readonly kind: 'select-paragraph' }
  /** Grow or shrink the selection by a character or a word, from the focused paragraph. */
  | { readonly kind: 'extend-selection'; readonly forward: boolean; readonly byWord: boolean }
  /** Open the focused paragraph's annotation with its note focused. */
  | { readonly kind: 'open-annotation' }
  /** Focus the next or previous paragraph (or heading). */
  | { readonly kind: 'move'; readonly step: 1 | -1; readonly headings: boolean }
  /** Tag the selection with the n-th right that can be tagged (1–9). */
  | { readonly kind: 'tag'; readonly shortcut: number }
  /** Add a note to the selection. */
  | { readonly kind: 'add-note' }
  /** List where the selection's wording appears elsewhere. */
  | { readonly kind: 'where-else' }
  /** Let the selection go. */
  | { readonly kind: 'clear-selection' }
  /** Open the find bar (or put the focus back in it). */
  | { readonly kind: 'find' }
  /** Print the document with its highlights and notes. */
  | { readonly kind: 'print' }
  /** Show or hide the original PDF page beside the text. */
  | { readonly kind: 'toggle-original' };

/** The parts of a keyboard event the table reads. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** Where the key was pressed and what the reader shows at that moment. */
export interface KeyPlace {
  /** The focus is in a text field (a note, a filter): the reader leaves every key to it. */
  readonly inField: boolean;
  /** The focus is inside the document's text (its header, a paragraph, a footnote link). */
  readonly inText: boolean;
  /** The focus is inside a paragraph of the text (or is one). */
  readonly inParagraph: boolean;
  /** The focus is on a paragraph itself, not on a link inside it. */
  readonly onParagraph: boolean;
  /** A passage is selected and its toolbar is shown. */
  readonly hasSelection: boolean;
}

/** Rights 1–9 have number-key shortcuts. */
export const TAG_SHORTCUT_COUNT = 9;

/** The command for a key press, or null when the reader leaves the key alone. */
export function readerCommandFor(press: KeyPress, place: KeyPlace): ReaderCommand | null {
  const modified = press.ctrlKey || press.metaKey || press.altKey;
  const { key } = press;
  // Ctrl+F (Cmd+F) finds in the document and Ctrl+P (Cmd+P) prints it, wherever the focus is in
  // the reader, a note or the find field included: they type nothing.
  if ((press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey) {
    const lower = key.toLowerCase();
    if (lower === 'f') return { kind: 'find' };
    if (lower === 'p') return { kind: 'print' };
  }
  if (place.inField) return null;

  if (place.inText) {
    // Tab from the text with a passage selected goes to the toolbar.
    if (key === 'Tab' && !press.shiftKey && place.hasSelection) return { kind: 'focus-toolbar' };
    // Enter selects the focused paragraph.
    if (key === 'Enter' && place.onParagraph) return { kind: 'select-paragraph' };
    // Shift+arrows (with Ctrl: by word) adjust the selection.
    if (press.shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      return place.inParagraph
        ? { kind: 'extend-selection', forward: key === 'ArrowRight', byWord: press.ctrlKey }
        : null;
    }
  }
  if (modified) return null;

  if (place.hasSelection) {
    // Number keys tag the selection with the n-th right; N adds a note; W: where else;
    // Escape lets the selection go. These work wherever the focus is (the toolbar too).
    const digit = Number(key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= TAG_SHORTCUT_COUNT) {
      return { kind: 'tag', shortcut: digit };
    }
    if (key === 'n' || key === 'N') return { kind: 'add-note' };
    if (key === 'w' || key === 'W') return { kind: 'where-else' };
    if (key === 'Escape') return { kind: 'clear-selection' };
  }
  if (!place.inText) return null;

  // a: open the focused paragraph's annotation (its note), as a click on its highlight does.
  if (key === 'a') return place.inParagraph ? { kind: 'open-annotation' } : null;
  const lower = key.toLowerCase();
  // o / O: show or hide the original page (a PDF's), which follows the reading position.
  if (lower === 'o') return { kind: 'toggle-original' };
  // j / k: next / previous paragraph; Shift+J / Shift+K: next / previous heading.
  if (lower === 'j' || lower === 'k') {
    return { kind: 'move', step: lower === 'j' ? 1 : -1, headings: press.shiftKey };
  }
  return null;
}
