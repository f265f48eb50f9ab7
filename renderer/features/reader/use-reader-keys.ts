/**
 * The reader's one keyboard listener: it asks `readerCommandFor` (reader-keys.ts, the table of
 * shortcuts) what a key press means and runs that command through the reader's actions.
 */
import { useEffect, type RefObject } from 'react';
import { readerCommandFor, type ReaderCommand } from './reader-keys';

/** The paragraph element the focus is in when the key is pressed, if any. */
export interface KeyTarget {
  readonly paragraph: HTMLElement | null;
}

/**
 * What each command does. Each returns whether it used the key: a used key's default (typing,
 * scrolling, moving the focus) is prevented; an unused one goes on as if the reader had no
 * shortcut for it.
 */
export interface ReaderKeyActions {
  focusToolbar(): boolean;
  selectParagraph(at: KeyTarget): boolean;
  extendSelection(command: { forward: boolean; byWord: boolean }, at: KeyTarget): boolean;
  openAnnotation(at: KeyTarget): boolean;
  move(command: { step: 1 | -1; headings: boolean }, at: KeyTarget): boolean;
  tag(shortcut: number): boolean;
  addNote(): boolean;
  whereElse(): boolean;
  clearSelection(): boolean;
  find(): boolean;
  print(): boolean;
  toggleOriginal(): boolean;
}

function run(actions: ReaderKeyActions, command: ReaderCommand, at: KeyTarget): boolean {
  switch (command.kind) {
    case 'focus-toolbar':
      return actions.focusToolbar();
    case 'select-paragraph':
      return actions.selectParagraph(at);
    case 'extend-selection':
      return actions.extendSelection(command, at);
    case 'open-annotation':
      return actions.openAnnotation(at);
    case 'move':
      return actions.move(command, at);
    case 'tag':
      return actions.tag(command.shortcut);
    case 'add-note':
      return actions.addNote();
    case 'where-else':
      return actions.whereElse();
    case 'clear-selection':
      return actions.clearSelection();
    case 'find':
      return actions.find();
    case 'print':
      return actions.print();
    case 'toggle-original':
      return actions.toggleOriginal();
  }
}

function isField(target: HTMLElement): boolean {
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Listens for the reader's shortcuts on the whole window while the reader is open. `textRef` is
 * the document's text (keys that move in it work only with the focus inside); `hasSelection`
 * says whether a passage is selected (its keys work wherever the focus is). Pass memoised
 * actions: the listener is replaced whenever they change.
 */
export function useReaderKeys(
  textRef: RefObject<HTMLElement | null>,
  hasSelection: boolean,
  actions: ReaderKeyActions,
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const text = textRef.current;
      const inText = target !== null && text !== null && text.contains(target);
      const paragraph = inText ? target.closest<HTMLElement>('[data-block]') : null;
      const command = readerCommandFor(event, {
        inField: target !== null && isField(target),
        inText,
        inParagraph: paragraph !== null,
        onParagraph: paragraph !== null && paragraph === target,
        hasSelection,
      });
      if (command && run(actions, command, { paragraph })) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [textRef, hasSelection, actions]);
}
