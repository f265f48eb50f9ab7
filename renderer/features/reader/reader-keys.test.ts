import { describe, expect, it } from 'vitest';
import { readerCommandFor, type KeyPlace, type KeyPress } from './reader-keys';

function press(key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers };
}

const onParagraph: KeyPlace = {
  inField: false,
  inText: true,
  inParagraph: true,
  onParagraph: true,
  hasSelection: false,
};
const withSelection: KeyPlace = { ...onParagraph, hasSelection: true };
/** Focus on the selection toolbar or the annotations panel: outside the text. */
const outsideWithSelection: KeyPlace = {
  inField: false,
  inText: false,
  inParagraph: false,
  onParagraph: false,
  hasSelection: true,
};

describe('readerCommandFor', () => {
  it('finds with Ctrl+F and prints with Ctrl+P (Cmd on a Mac) wherever the focus is', () => {
    const inField = { ...withSelection, inField: true };
    for (const place of [onParagraph, outsideWithSelection, inField]) {
      expect(readerCommandFor(press('f', { ctrlKey: true }), place)).toEqual({ kind: 'find' });
      expect(readerCommandFor(press('F', { metaKey: true }), place)).toEqual({ kind: 'find' });
      expect(readerCommandFor(press('p', { ctrlKey: true }), place)).toEqual({ kind: 'print' });
    }
    // Other chords stay the browser's (Ctrl+Shift+P, AltGr+F typing a character).
    expect(readerCommandFor(press('P', { ctrlKey: true, shiftKey: true }), onParagraph)).toBeNull();
    expect(readerCommandFor(press('f', { ctrlKey: true, altKey: true }), onParagraph)).toBeNull();
    // A bare f or p is no shortcut.
    expect(readerCommandFor(press('f'), onParagraph)).toBeNull();
  });

  it('shows or hides the original page with o from the text, never while typing or with a chord', () => {
    const toggle = { kind: 'toggle-original' };
    expect(readerCommandFor(press('o'), onParagraph)).toEqual(toggle);
    expect(readerCommandFor(press('O', { shiftKey: true }), onParagraph)).toEqual(toggle);
    // With a passage selected it still toggles (o is no tagging key).
    expect(readerCommandFor(press('o'), withSelection)).toEqual(toggle);
    expect(readerCommandFor(press('o'), { ...onParagraph, inField: true })).toBeNull();
    expect(readerCommandFor(press('o'), outsideWithSelection)).toBeNull();
    expect(readerCommandFor(press('o', { ctrlKey: true }), onParagraph)).toBeNull();
  });

  it('leaves every key to a text field', () => {
    const inField = { ...withSelection, inField: true };
    for (const key of ['j', '1', 'n', 'Escape', 'Enter', 'Tab', 'a']) {
      expect(readerCommandFor(press(key), inField)).toBeNull();
    }
  });

  it('moves by paragraph with j / k and by heading with Shift', () => {
    expect(readerCommandFor(press('j'), onParagraph)).toEqual({
      kind: 'move',
      step: 1,
      headings: false,
    });
    expect(readerCommandFor(press('k'), onParagraph)).toEqual({
      kind: 'move',
      step: -1,
      headings: false,
    });
    expect(readerCommandFor(press('J', { shiftKey: true }), onParagraph)).toEqual({
      kind: 'move',
      step: 1,
      headings: true,
    });
    // From the header (not a paragraph) j still starts reading.
    expect(readerCommandFor(press('j'), { ...onParagraph, inParagraph: false })).toMatchObject({
      kind: 'move',
    });
  });

  it('keeps moving keys to the text, and browser shortcuts to the browser', () => {
    expect(readerCommandFor(press('j'), { ...onParagraph, inText: false })).toBeNull();
    expect(readerCommandFor(press('j', { ctrlKey: true }), onParagraph)).toBeNull();
    expect(readerCommandFor(press('a', { metaKey: true }), onParagraph)).toBeNull();
  });

  it('selects the paragraph with Enter only on the paragraph itself', () => {
    expect(readerCommandFor(press('Enter'), onParagraph)).toEqual({ kind: 'select-paragraph' });
    // On a footnote link inside it, Enter follows the link.
    expect(readerCommandFor(press('Enter'), { ...onParagraph, onParagraph: false })).toBeNull();
  });

  it('adjusts the selection with Shift+arrows, by word with Ctrl, inside a paragraph only', () => {
    expect(readerCommandFor(press('ArrowRight', { shiftKey: true }), onParagraph)).toEqual({
      kind: 'extend-selection',
      forward: true,
      byWord: false,
    });
    expect(
      readerCommandFor(press('ArrowLeft', { shiftKey: true, ctrlKey: true }), onParagraph),
    ).toEqual({ kind: 'extend-selection', forward: false, byWord: true });
    expect(
      readerCommandFor(press('ArrowRight', { shiftKey: true }), {
        ...onParagraph,
        inParagraph: false,
        onParagraph: false,
      }),
    ).toBeNull();
  });

  it('opens the paragraph annotation with a, but not from outside a paragraph', () => {
    expect(readerCommandFor(press('a'), onParagraph)).toEqual({ kind: 'open-annotation' });
    expect(readerCommandFor(press('a'), { ...onParagraph, inParagraph: false })).toBeNull();
    expect(readerCommandFor(press('A', { shiftKey: true }), onParagraph)).toBeNull();
  });

  it('sends Tab to the toolbar only while a passage is selected, and not Shift+Tab', () => {
    expect(readerCommandFor(press('Tab'), withSelection)).toEqual({ kind: 'focus-toolbar' });
    expect(readerCommandFor(press('Tab'), onParagraph)).toBeNull();
    expect(readerCommandFor(press('Tab', { shiftKey: true }), withSelection)).toBeNull();
  });

  it('tags, notes, searches elsewhere and lets go of a selection wherever the focus is', () => {
    for (const place of [withSelection, outsideWithSelection]) {
      expect(readerCommandFor(press('1'), place)).toEqual({ kind: 'tag', shortcut: 1 });
      expect(readerCommandFor(press('9'), place)).toEqual({ kind: 'tag', shortcut: 9 });
      expect(readerCommandFor(press('N', { shiftKey: true }), place)).toEqual({
        kind: 'add-note',
      });
      expect(readerCommandFor(press('w'), place)).toEqual({ kind: 'where-else' });
      expect(readerCommandFor(press('Escape'), place)).toEqual({ kind: 'clear-selection' });
    }
    expect(readerCommandFor(press('0'), withSelection)).toBeNull();
    expect(readerCommandFor(press('1', { altKey: true }), withSelection)).toBeNull();
  });

  it('gives the selection keys no meaning without a selection', () => {
    for (const key of ['1', 'n', 'w', 'Escape']) {
      expect(readerCommandFor(press(key), onParagraph)).toBeNull();
    }
  });
});
