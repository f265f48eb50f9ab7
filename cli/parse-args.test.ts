import { describe, expect, it } from 'vitest';
import { defaultOut, parseArgs, UsageError } from './parse-args';

describe('parseArgs', () => {
  it('reads the brief command with its flags', () => {
    expect(
      parseArgs([
        'brief',
        'notes.rightsmark.json',
        '--out',
        'b.pdf',
        '--title',
        'T',
        '--group-by=document',
        '--no-notes',
        '--appendix',
      ]),
    ).toMatchObject({
      command: 'brief',
      input: 'notes.rightsmark.json',
      out: 'b.pdf',
      title: 'T',
      groupBy: 'document',
      notes: false,
      appendix: true,
      summary: true,
    });
  });

  it('groups in the collection’s own order with --group-by collection', () => {
    expect(parseArgs(['brief', 'a.json', '--group-by', 'collection'])).toMatchObject({
      groupBy: 'collection',
    });
  });

  it('names the output after the collection by default', () => {
    expect(parseArgs(['brief', 'dir/notes.rightsmark.json'])).toMatchObject({ out: 'notes.pdf' });
    expect(defaultOut(null)).toBe('sample-briefing.pdf');
    expect(defaultOut('export.json')).toBe('export.pdf');
  });

  it('explains mistakes', () => {
    expect(() => parseArgs(['brief'])).toThrow(UsageError);
    expect(() => parseArgs(['brief', 'a.json', '--group-by', 'topic'])).toThrow(/right.*document/);
    expect(() => parseArgs(['brief', 'a.json', '--out'])).toThrow(/needs a value/);
    expect(() => parseArgs(['brief', 'a.json', '--colour'])).toThrow(/Unknown option/);
    expect(() => parseArgs(['print', 'a.json'])).toThrow(/Unknown command/);
    expect(() => parseArgs(['brief', 'a.json', '--now', 'yesterday'])).toThrow(/ISO 8601/);
    expect(parseArgs([])).toEqual({ command: 'help' });
  });
});

describe('parseArgs: what leaves', () => {
  it('reads the disclosure flags, names everyone by default', () => {
    expect(parseArgs(['brief', 'a.json'])).toMatchObject({
      notes: true,
      argument: true,
      authors: 'names',
      attachment: true,
      sourceTexts: true,
      rights: [],
    });
    expect(
      parseArgs([
        'brief',
        'a.json',
        '--no-authors',
        '--no-attachment',
        '--no-source-texts',
        '--no-argument',
        '--rights',
        'right:privacy, right:expression',
      ]),
    ).toMatchObject({
      argument: false,
      authors: 'none',
      attachment: false,
      sourceTexts: false,
      rights: ['right:privacy', 'right:expression'],
    });
    expect(parseArgs(['brief', 'a.json', '--authors=initials'])).toMatchObject({
      authors: 'initials',
    });
  });

  it('refuses an unknown author mode and contradicting flags', () => {
    expect(() => parseArgs(['brief', 'a.json', '--authors', 'all'])).toThrow(/names.*initials/);
    expect(() => parseArgs(['brief', 'a.json', '--no-authors', '--authors', 'names'])).toThrow(
      /disagree/,
    );
  });
});
