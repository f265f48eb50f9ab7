/**
 * The import limits as people read them: sizes in the units a file manager shows, durations as
 * said aloud, and the size check every file passes before anything reads it, at its edges.
 */
import { describe, expect, it } from 'vitest';
import { formatDuration, formatSize, MAX_IMPORT_BYTES, sizeProblem } from './limits';

describe('formatSize', () => {
  it('counts single bytes and switches to KB at 1,024 bytes, not before', () => {
    expect(formatSize(0)).toBe('0 bytes');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(2)).toBe('2 bytes');
    expect(formatSize(1023)).toBe('1023 bytes');
    expect(formatSize(1024)).toBe('1 KB');
  });

  it('steps through each unit at 1,024 of the one below', () => {
    expect(formatSize(1024 ** 2 - 1)).toBe('1024 KB');
    expect(formatSize(1024 ** 2)).toBe('1 MB');
    expect(formatSize(1024 ** 3)).toBe('1 GB');
    expect(formatSize(1024 ** 4)).toBe('1 TB');
  });

  it('stays at TB, the largest unit, for anything larger', () => {
    expect(formatSize(1024 ** 5)).toBe('1024 TB');
    expect(formatSize(3 * 1024 ** 5)).toBe('3072 TB');
  });

  it('gives one decimal below 10 of a unit and none from 10 up', () => {
    expect(formatSize(1.25 * 1024)).toBe('1.3 KB');
    expect(formatSize(9.94 * 1024)).toBe('9.9 KB');
    expect(formatSize(10.4 * 1024)).toBe('10 KB');
    expect(formatSize(10.6 * 1024)).toBe('11 KB');
    expect(formatSize(200.5 * 1024 ** 2)).toBe('201 MB');
  });
});

describe('formatDuration', () => {
  it('says whole minutes as minutes, one minute in the singular', () => {
    expect(formatDuration(120_000)).toBe('2 minutes');
    expect(formatDuration(60_000)).toBe('1 minute');
  });

  it('says anything else in seconds, rounded, one second in the singular', () => {
    expect(formatDuration(30_000)).toBe('30 seconds');
    expect(formatDuration(90_000)).toBe('90 seconds');
    expect(formatDuration(1_000)).toBe('1 second');
    expect(formatDuration(1_400)).toBe('1 second');
    expect(formatDuration(1_600)).toBe('2 seconds');
    expect(formatDuration(0)).toBe('0 seconds');
  });
});

describe('sizeProblem', () => {
  it('calls a file of no bytes empty', () => {
    expect(sizeProblem(0)).toEqual({ code: 'empty', message: 'empty file' });
  });

  it('accepts every size from one byte up to the limit itself', () => {
    expect(sizeProblem(1)).toBeNull();
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeNull();
  });

  it('refuses one byte over the limit, naming the size and the limit', () => {
    expect(sizeProblem(MAX_IMPORT_BYTES + 1)).toEqual({
      code: 'too-large',
      message: 'too large: 200 MB, the limit is 200 MB',
    });
    expect(sizeProblem(Math.round(2.1 * 1024 ** 3))).toEqual({
      code: 'too-large',
      message: 'too large: 2.1 GB, the limit is 200 MB',
    });
  });
});
