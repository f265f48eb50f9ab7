/**
 * The briefing's argument travels in collection files and merges on import field by field:
 * nobody's text is erased by an empty field, and where both sides wrote something different
 * the side changed later wins.
 */
import { describe, expect, it } from 'vitest';
import type { Collection, CollectionBriefing } from '../model/collection';
import { exportCollection } from './export-collection';
import { emptyBriefing, mergeBriefing } from './merge-briefing';
import { planMerge } from './merge-planner';
import { planMergeWrites } from './merge-writes';
import { parseCollectionFile } from './parse-collection-file';
import { serializeCollection } from './serialize-collection';
import {
  RIGHTS,
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from './testing/fixtures';

const EARLY = '2025-01-10T09:00:00.000Z';
const LATE = '2025-02-20T09:00:00.000Z';

function briefing(fields: Partial<CollectionBriefing>, modifiedAt: string): CollectionBriefing {
  return { ...emptyBriefing(modifiedAt), ...fields };
}

describe('mergeBriefing', () => {
  it('takes every field of a file when the library has none', () => {
    const merged = mergeBriefing(
      undefined,
      { summary: 'S', reference: 'R1', modified: LATE },
      null,
    );
    expect(merged).toEqual(briefing({ summary: 'S', reference: 'R1' }, LATE));
  });

  it('never lets an empty field erase the other side’s text, whichever is newer', () => {
    const ours = briefing({ summary: 'Our summary', recommendations: '- Act' }, EARLY);
    const merged = mergeBriefing(ours, { findings: 'Their findings', modified: LATE }, null);
    expect(merged).toEqual(
      briefing(
        { summary: 'Our summary', findings: 'Their findings', recommendations: '- Act' },
        LATE,
      ),
    );
    const older = mergeBriefing(ours, { findings: 'Their findings', summary: '' }, EARLY);
    expect(older?.summary).toBe('Our summary');
    expect(older?.findings).toBe('Their findings');
  });

  it('lets the newer side win where both wrote different text', () => {
    const ours = briefing({ summary: 'Ours' }, EARLY);
    expect(mergeBriefing(ours, { summary: 'Theirs', modified: LATE }, null)?.summary).toBe(
      'Theirs',
    );
    const newer = briefing({ summary: 'Ours' }, LATE);
    expect(mergeBriefing(newer, { summary: 'Theirs', modified: EARLY }, null)).toBe(newer);
    // A tie, or a file that says nothing of when, keeps ours.
    expect(mergeBriefing(newer, { summary: 'Theirs', modified: LATE }, null)).toBe(newer);
    expect(mergeBriefing(newer, { summary: 'Theirs' }, null)).toBe(newer);
  });

  it('dates a file’s briefing by its export time when it names none', () => {
    const ours = briefing({ summary: 'Ours' }, EARLY);
    expect(mergeBriefing(ours, { summary: 'Theirs' }, LATE)?.summary).toBe('Theirs');
  });

  it('returns ours unchanged when the file adds nothing', () => {
    const ours = briefing({ summary: 'Ours' }, EARLY);
    expect(mergeBriefing(ours, undefined, LATE)).toBe(ours);
    expect(mergeBriefing(ours, { summary: '  ' }, LATE)).toBe(ours);
    expect(mergeBriefing(ours, { summary: 'Ours', modified: LATE }, null)).toBe(ours);
    expect(mergeBriefing(undefined, {}, LATE)).toBeUndefined();
  });
});

describe('the argument in collection files', () => {
  const doc = makeDocument('doc-a', 'Joint declaration', [
    'The same rights that people have offline must also be protected online.',
  ]);
  const excerpt = makeAnnotation(doc, sequentialUuid(1), 'must also be protected online', {
    rightIds: ['right:expression'],
  });
  const id = sequentialUuid(50);

  function fileOf(collection: Collection): string {
    return serializeCollection(
      exportCollection(
        makeInput(collection, [doc], [excerpt], RIGHTS),
        { includeNotes: true, includeSourceTexts: true },
        fixedEnv(),
      ),
    );
  }

  it('writes only the fields written in, with their time, and reads them back', () => {
    const written = briefing(
      { summary: 'Shutdowns doubled.\n\n- E1 states the principle', cutOffDate: '28 Feb 2025' },
      EARLY,
    );
    const text = fileOf(makeCollection(id, 'Online', [excerpt.id], { briefing: written }));
    const json = JSON.parse(text) as {
      rightsmark: { collection: { briefing?: Record<string, string> } };
    };
    expect(json.rightsmark.collection.briefing).toEqual({
      summary: 'Shutdowns doubled.\n\n- E1 states the principle',
      cutOffDate: '28 Feb 2025',
      modified: EARLY,
    });
    expect(parseCollectionFile(text, 'online.rightsmark.json').briefing).toEqual(
      json.rightsmark.collection.briefing,
    );
    // Nothing written: no member at all.
    const blank = fileOf(
      makeCollection(id, 'Online', [excerpt.id], { briefing: emptyBriefing(EARLY) }),
    );
    expect(blank).not.toContain('"briefing"');
  });

  it('merges a colleague’s newer recommendations into ours on import, keeping our summary', () => {
    const theirs = makeCollection(id, 'Online', [excerpt.id], {
      briefing: briefing({ recommendations: '- Repeal the order' }, LATE),
    });
    const plan = planMerge(parseCollectionFile(fileOf(theirs), 'colleague.rightsmark.json'), {
      documents: [],
      annotations: [],
      rights: RIGHTS,
    });
    const ours = makeCollection(id, 'Online', [excerpt.id], {
      briefing: briefing({ summary: 'Our summary', recommendations: '- Old advice' }, EARLY),
    });
    const hash = doc.document.contentHash.toLowerCase();
    const writes = planMergeWrites(
      plan,
      {
        libraryDocIdByHash: new Map([[hash, null]]),
        preparedDocIdByHash: new Map([[hash, 'prepared-doc']]),
        rightIds: new Set(RIGHTS.map((r) => r.id)),
        lastRightOrder: 3,
        annotations: new Map(),
        collections: new Map([[id, ours]]),
      },
      new Map(),
      { now: '2025-03-01T00:00:00.000Z', newId: () => 'new' },
    );
    if (writes.refused !== null) throw new Error(writes.refused.kind);
    expect(writes.collection?.briefing).toEqual(
      briefing({ summary: 'Our summary', recommendations: '- Repeal the order' }, LATE),
    );
  });
});
