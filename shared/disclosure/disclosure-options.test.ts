/**
 * The disclosure switches as each kind of export reads them, and stored options read back
 * field by field: a switch a kind has no place for is off, and a malformed stored field takes
 * its default without disturbing the others.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISCLOSURE,
  EXPORT_KINDS,
  effectiveDisclosure,
  isAuthorDisclosure,
  readDisclosureOptions,
  switchApplies,
  type DisclosureOptions,
  type DisclosureSwitch,
} from './disclosure-options';

/** Every switch off, authors unnamed, one right chosen: the opposite of the defaults. */
const NOTHING: DisclosureOptions = {
  notes: false,
  comments: false,
  authors: 'none',
  sourceTexts: false,
  attachment: false,
  argument: false,
  rightIds: ['right:privacy'],
};

const SWITCHES: readonly DisclosureSwitch[] = [
  'notes',
  'comments',
  'authors',
  'sourceTexts',
  'attachment',
  'argument',
];

describe('effectiveDisclosure', () => {
  it('a briefing honours every switch, on and off', () => {
    expect(effectiveDisclosure('briefing', DEFAULT_DISCLOSURE)).toEqual(DEFAULT_DISCLOSURE);
    expect(effectiveDisclosure('briefing', NOTHING)).toEqual(NOTHING);
    expect(effectiveDisclosure('briefing', { ...DEFAULT_DISCLOSURE, authors: 'initials' })).toEqual(
      { ...DEFAULT_DISCLOSURE, authors: 'initials' },
    );
  });

  it('a collection file has no attachment; its other switches hold', () => {
    expect(effectiveDisclosure('rightsmark', DEFAULT_DISCLOSURE)).toEqual({
      ...DEFAULT_DISCLOSURE,
      attachment: false,
    });
    expect(effectiveDisclosure('rightsmark', NOTHING)).toEqual(NOTHING);
  });

  it('CSV: notes, comments and authors as chosen; never whole texts, an attachment or the argument', () => {
    expect(effectiveDisclosure('csv', { ...DEFAULT_DISCLOSURE, authors: 'initials' })).toEqual({
      notes: true,
      comments: true,
      authors: 'initials',
      sourceTexts: false,
      attachment: false,
      argument: false,
      rightIds: [],
    });
  });

  it('Markdown names no authors, whatever is chosen', () => {
    expect(effectiveDisclosure('markdown', DEFAULT_DISCLOSURE)).toEqual({
      notes: true,
      comments: true,
      authors: 'none',
      sourceTexts: false,
      attachment: false,
      argument: false,
      rightIds: [],
    });
  });

  it('a REFI-QDA project always carries its texts; a codebook carries nothing but rights', () => {
    expect(effectiveDisclosure('qdpx', NOTHING)).toEqual({ ...NOTHING, sourceTexts: true });
    expect(effectiveDisclosure('qdc', DEFAULT_DISCLOSURE)).toEqual({
      notes: false,
      comments: false,
      authors: 'none',
      sourceTexts: false,
      attachment: false,
      argument: false,
      rightIds: [],
    });
  });

  it('passes the chosen rights through for every kind', () => {
    for (const kind of EXPORT_KINDS) {
      expect(effectiveDisclosure(kind, NOTHING).rightIds).toEqual(['right:privacy']);
    }
  });

  it('switchApplies agrees with what effectiveDisclosure turns off', () => {
    for (const kind of EXPORT_KINDS) {
      for (const name of SWITCHES) {
        if (name === 'authors' || name === 'sourceTexts') continue;
        expect(effectiveDisclosure(kind, DEFAULT_DISCLOSURE)[name], `${kind} ${name}`).toBe(
          switchApplies(kind, name),
        );
      }
      expect(effectiveDisclosure(kind, DEFAULT_DISCLOSURE).authors === 'names').toBe(
        switchApplies(kind, 'authors'),
      );
    }
  });
});

describe('isAuthorDisclosure', () => {
  it('knows the three modes and nothing else', () => {
    expect(['names', 'initials', 'none'].every(isAuthorDisclosure)).toBe(true);
    for (const value of ['', 'Names', 'all', 'toString', null, undefined, 1, ['names']]) {
      expect(isAuthorDisclosure(value), String(value)).toBe(false);
    }
  });
});

describe('readDisclosureOptions', () => {
  it('reads every well-formed field', () => {
    expect(readDisclosureOptions({ ...NOTHING, authors: 'initials' })).toEqual({
      ...NOTHING,
      authors: 'initials',
    });
  });

  it('defaults each malformed field alone', () => {
    const flags = ['notes', 'comments', 'sourceTexts', 'attachment', 'argument'] as const;
    for (const flag of flags) {
      expect(readDisclosureOptions({ ...NOTHING, [flag]: 'false' }), flag).toEqual({
        ...NOTHING,
        [flag]: DEFAULT_DISCLOSURE[flag],
      });
    }
    expect(readDisclosureOptions({ ...NOTHING, authors: 'everyone' })).toEqual({
      ...NOTHING,
      authors: 'names',
    });
    expect(readDisclosureOptions({ ...NOTHING, rightIds: 'right:privacy' })).toEqual({
      ...NOTHING,
      rightIds: [],
    });
  });

  it('keeps each right once, and only ids that are strings', () => {
    expect(readDisclosureOptions({ rightIds: ['b', 'a', 'b', 7, null, 'a'] }).rightIds).toEqual([
      'b',
      'a',
    ]);
  });

  it('reads anything that is not an object as the defaults', () => {
    for (const value of [undefined, null, 'notes', 0, true]) {
      expect(readDisclosureOptions(value)).toEqual(DEFAULT_DISCLOSURE);
    }
  });
});
