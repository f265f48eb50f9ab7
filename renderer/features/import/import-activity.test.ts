/** The import-activity flag: on while any import runs, listeners told of each change. */
import { describe, expect, it } from 'vitest';
import { beginImport, importRunning, subscribeImportActivity } from './import-activity';

describe('import activity', () => {
  it('is on while any import runs, and an import ended twice ends once', () => {
    const heard: boolean[] = [];
    const unsubscribe = subscribeImportActivity(() => heard.push(importRunning()));
    expect(importRunning()).toBe(false);
    const endFirst = beginImport();
    const endSecond = beginImport();
    endFirst();
    endFirst();
    expect(importRunning()).toBe(true);
    endSecond();
    expect(importRunning()).toBe(false);
    unsubscribe();
    beginImport()();
    expect(heard).toEqual([true, true, true, false]);
  });
});
