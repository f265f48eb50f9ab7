import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import type { Right } from '../model/right';
import { exportCollection, type ExportOptions } from './export-collection';
import type { LibrarySnapshot } from './library-snapshot';
import { parseCollectionFile } from './parse-collection-file';
import type { ParsedExchange } from './parsed-exchange';
import { classifyExisting, planMerge } from './merge-planner';
import { serializeCollection } from './serialize-collection';
import {
  RIGHTS,
  T0,
  applyPlan,
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  makeSnapshot,
  sequentialUuid,
  type TestDocument,
} from './testing/fixtures';

const T1 = '2024-05-10T09:00:00.000Z';
const T2 = '2024-05-20T09:00:00.000Z';

const declaration = makeDocument('amina-doc', 'Joint Action for Free Expression on the Internet', [
  { kind: 'heading', level: 1, text: 'Joint Action for Free Expression on the Internet' },
  'The same rights that people have offline must also be protected online, in particular freedom of expression.',
  'States should refrain from arbitrary surveillance and respect the right to privacy of every user.',
  'Everyone has the right to peaceful assembly and association, online as well as offline.',
]);

const education: Right = {
  id: 'right:custom-education-7f3a',
  name: 'Right to education',
  description: 'Access to learning, online included.',
  legalBasis: 'UDHR art. 26',
  color: '#8e44ad',
  order: 4,
  builtIn: false,
  archived: false,
  createdAt: T0,
  modifiedAt: T0,
};

const x = makeAnnotation(declaration, sequentialUuid(1), 'must also be protected online', {
  rightIds: ['right:expression'],
  note: 'The core principle.',
});
const y = makeAnnotation(
  declaration,
  sequentialUuid(2),
  'respect the right to privacy of every user',
  {
    rightIds: ['right:privacy'],
  },
);
const z = makeAnnotation(declaration, sequentialUuid(3), 'peaceful assembly and association', {
  rightIds: ['right:assembly-association', education.id],
  note: 'Also relevant to schools.',
});

function fileFrom(
  annotations: readonly Annotation[],
  options: ExportOptions = { includeNotes: true, includeSourceTexts: true },
  docs: readonly TestDocument[] = [declaration],
): ParsedExchange {
  const input = makeInput(
    makeCollection(
      sequentialUuid(50),
      'Amina: online principles',
      annotations.map((a) => a.id),
    ),
    docs,
    annotations,
    [...RIGHTS, education],
  );
  const text = serializeCollection(exportCollection(input, options, fixedEnv()));
  return parseCollectionFile(text, 'amina.rightsmark.json');
}

const emptyLibrary: LibrarySnapshot = { documents: [], annotations: [], rights: RIGHTS };

describe('planMerge: Ben imports Amina’s collection', () => {
  const incoming = fileFrom([x, y, z]);
  const plan = planMerge(incoming, emptyLibrary);

  it('adds every excerpt as new, with the document from the file, anchored exactly', () => {
    expect(plan.counts).toEqual({
      new: 3,
      present: 0,
      updated: 0,
      outdated: 0,
      conflict: 0,
      orphaned: 0,
    });
    expect(plan.documentsToAdd.map((d) => d.contentHash)).toEqual([
      declaration.document.contentHash,
    ]);
    expect(plan.documentsToAdd[0]?.text).toBe(declaration.text);
    for (const [i, planned] of plan.excerpts.entries()) {
      const original = [x, y, z][i];
      expect(planned.id).toBe(original?.id);
      expect(planned.document).toEqual({
        kind: 'from-file',
        contentHash: declaration.document.contentHash,
      });
      expect(planned.anchoring).toEqual({
        kind: 'exact',
        start: original?.position.start,
        end: original?.position.end,
        moved: false,
        blockIndex: original?.blockIndex,
        status: 'anchored',
      });
      expect(planned.provenance).toEqual({
        creator: 'Amina',
        created: T0,
        modified: T0,
        fileName: 'amina.rightsmark.json',
      });
    }
  });

  it('lists the right Ben lacks, with what the file says about it', () => {
    expect(plan.unknownRights).toEqual([
      {
        key: 'name:right to education',
        id: education.id,
        name: 'Right to education',
        description: 'Access to learning, online included.',
        legalBasis: 'UDHR art. 26',
        color: '#8e44ad',
        excerptCount: 1,
      },
    ]);
    expect(plan.excerpts[2]?.rightIds).toEqual(['right:assembly-association']);
    expect(plan.excerpts[2]?.unknownRightKeys).toEqual(['name:right to education']);
  });

  it('resolves a right Ben created himself under the same name', () => {
    const own = planMerge(incoming, {
      ...emptyLibrary,
      rights: [...RIGHTS, { id: 'ben-edu', name: '  right to  Education ' }],
    });
    expect(own.unknownRights).toEqual([]);
    expect(own.excerpts[2]?.rightIds).toEqual(['right:assembly-association', 'ben-edu']);
  });

  it('finds nothing new when the same file is planned again after importing it', () => {
    const after = applyPlan(emptyLibrary, plan);
    const again = planMerge(incoming, after);
    expect(again.counts).toMatchObject({ new: 0, present: 3, updated: 0, conflict: 0 });
    expect(again.documentsToAdd).toEqual([]);
    expect(again.unknownRights).toEqual([]);
  });
});

describe('planMerge: later edits between two analysts', () => {
  const benHasAll = applyPlan(emptyLibrary, planMerge(fileFrom([x, y, z]), emptyLibrary));

  it('updates an excerpt Amina changed later, showing Ben’s version', () => {
    const edited = { ...x, note: 'The core principle, reaffirmed in 2016.', modifiedAt: T1 };
    const plan = planMerge(fileFrom([edited, y, z]), benHasAll);
    expect(plan.excerpts.map((e) => e.action)).toEqual(['updated', 'present', 'present']);
    expect(plan.excerpts[0]?.local?.note).toBe('The core principle.');
    expect(plan.excerpts[0]?.incoming.note).toBe('The core principle, reaffirmed in 2016.');
  });

  it('keeps both when Ben changed an excerpt at or after Amina’s change', () => {
    const ameliorated = { ...x, note: 'Amina’s wording.', modifiedAt: T1 };
    const ben = {
      ...benHasAll,
      annotations: benHasAll.annotations.map((a) =>
        a.id === x.id ? { ...a, note: 'Ben’s wording.', modifiedAt: T2 } : a,
      ),
    };
    const incoming = fileFrom([ameliorated, y, z]);
    const plan = planMerge(incoming, ben);
    const [conflict] = plan.excerpts;
    expect(conflict?.action).toBe('conflict');
    expect(conflict?.conflictOf).toBe(x.id);
    expect(conflict?.id).not.toBe(x.id);
    expect(plan.counts.conflict).toBe(1);
    // Importing it keeps Ben's version and adds Amina's beside it; planning again adds nothing.
    const after = applyPlan(ben, plan);
    expect(
      after.annotations.filter((a) => a.quote.exact === x.quote.exact).map((a) => a.note),
    ).toEqual(['Ben’s wording.', 'Amina’s wording.']);
    const again = planMerge(incoming, after);
    expect(again.counts).toMatchObject({ new: 0, conflict: 0, updated: 0, present: 3 });
  });

  it('keeps Ben’s edit when the file holds the never-edited original', () => {
    const ben = {
      ...benHasAll,
      annotations: benHasAll.annotations.map((a) =>
        a.id === y.id
          ? { ...a, rightIds: ['right:privacy', 'right:expression'], modifiedAt: T1 }
          : a,
      ),
    };
    const plan = planMerge(fileFrom([x, y, z]), ben);
    expect(plan.excerpts[1]?.action).toBe('outdated');
  });

  it('does not count a note left out of the file as a change', () => {
    const plan = planMerge(
      fileFrom([x, y, z], { includeNotes: false, includeSourceTexts: false }),
      benHasAll,
    );
    expect(plan.counts.present).toBe(3);
  });

  it('states the merge rule', () => {
    const created = T0;
    expect(classifyExisting({ created, modified: T1 }, { modifiedAt: T0 }, true)).toBe('present');
    expect(classifyExisting({ created, modified: T1 }, { modifiedAt: T0 }, false)).toBe('updated');
    expect(classifyExisting({ created, modified: T0 }, { modifiedAt: T1 }, false)).toBe('outdated');
    expect(classifyExisting({ created, modified: T1 }, { modifiedAt: T2 }, false)).toBe('conflict');
    expect(classifyExisting({ created, modified: T1 }, { modifiedAt: T1 }, false)).toBe('conflict');
    expect(classifyExisting({ created: null, modified: null }, { modifiedAt: T1 }, false)).toBe(
      'conflict',
    );
  });
});

describe('planMerge: finding documents and passages', () => {
  // Ben's copy of the declaration was imported from another source: one word differs, and a
  // paragraph was added at the top, so the content hash differs and positions moved.
  const bensCopy = makeDocument('ben-doc', 'Joint Action for Free Expression on the Internet', [
    { kind: 'heading', level: 1, text: 'Joint Action for Free Expression on the Internet' },
    'Preamble added by the web page.',
    'The same rights that people have offline must also be protected online, in particular freedom of expression.',
    'States should refrain from arbitrary surveillance and respect the right to privacy of each user.',
    'Everyone has the right to peaceful assembly and association, online as well as offline.',
  ]);
  const ben = makeSnapshot([bensCopy], []);
  const withoutTexts = fileFrom([x, y, z], { includeNotes: true, includeSourceTexts: false });

  it('matches by title and re-anchors: moved exact, or fuzzy showing both versions', () => {
    const plan = planMerge(withoutTexts, ben);
    expect(plan.documentsToAdd).toEqual([]);
    expect(plan.excerpts.map((e) => e.document)).toEqual([
      { kind: 'library', docId: 'ben-doc', by: 'title' },
      { kind: 'library', docId: 'ben-doc', by: 'title' },
      { kind: 'library', docId: 'ben-doc', by: 'title' },
    ]);
    const [moved, fuzzy] = plan.excerpts.map((e) => e.anchoring);
    // Another copy's positions only hint: the exact quote found elsewhere is simply anchored.
    expect(moved).toMatchObject({ kind: 'exact', moved: true, blockIndex: 2, status: 'anchored' });
    expect(fuzzy).toMatchObject({
      kind: 'fuzzy',
      receiverText: 'respect the right to privacy of each user',
      incomingText: 'respect the right to privacy of every user',
      blockIndex: 3,
      status: 'reanchored',
    });
  });

  it('prefers the library’s copy over the carried text when the hashes agree', () => {
    const same = makeSnapshot(
      [{ ...declaration, document: { ...declaration.document, id: 'b1' } }],
      [],
    );
    const plan = planMerge(fileFrom([x]), same);
    expect(plan.documentsToAdd).toEqual([]);
    expect(plan.excerpts[0]?.document).toEqual({
      kind: 'library',
      docId: 'b1',
      by: 'content-hash',
    });
  });

  it('keeps a passage that cannot be found as an orphan, with its quote and note', () => {
    const rewritten = makeDocument('ben-doc', declaration.document.title, [
      'An entirely different text about something else.',
    ]);
    const plan = planMerge(withoutTexts, makeSnapshot([rewritten], []));
    expect(plan.excerpts).toHaveLength(3);
    expect(plan.counts.orphaned).toBe(3);
    expect(plan.excerpts[0]).toMatchObject({
      action: 'new',
      anchoring: { kind: 'none', reason: 'not-found', status: 'orphaned' },
      incoming: { note: 'The core principle.', quote: { exact: x.quote.exact } },
    });
  });

  it('orphans excerpts whose document is nowhere', () => {
    const plan = planMerge(withoutTexts, makeSnapshot([], []));
    expect(plan.excerpts[0]?.anchoring).toEqual({
      kind: 'none',
      reason: 'no-document',
      status: 'orphaned',
    });
  });
});

describe('planMerge: files from other tools', () => {
  const report = makeDocument(
    'r1',
    'Surveillance report',
    [
      'Governments acquire powerful surveillance technology from private firms.',
      'Companies can positively affect users’ freedom of expression and privacy.',
    ],
    { sourceName: 'surveillance-report.pdf' },
  );
  const other = makeDocument('r2', 'Unrelated', ['Trade statistics for the third quarter.']);
  const hypothesis = (uri: string, title: string, exact: string) =>
    parseCollectionFile(
      JSON.stringify([
        {
          id: 'h1',
          created: '2024-01-01T00:00:00Z',
          updated: '2024-01-01T00:00:00Z',
          user: 'acct:carla@hypothes.is',
          uri,
          text: 'note',
          tags: ['privacy', 'Surveillance'],
          document: { title: [title] },
          target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact }] }],
        },
      ]),
      'h.json',
    );

  it('finds the document by the file name in its uri, and rights by name', () => {
    const plan = planMerge(
      hypothesis(
        'file:///C:/Users/carla/surveillance-report.pdf',
        'x',
        'powerful surveillance technology',
      ),
      makeSnapshot([report, other], []),
    );
    const [excerpt] = plan.excerpts;
    expect(excerpt?.document).toEqual({ kind: 'library', docId: 'r1', by: 'uri' });
    expect(excerpt?.anchoring).toMatchObject({ kind: 'exact', status: 'anchored' });
    expect(excerpt?.rightIds).toEqual(['right:privacy']);
    expect(plan.unknownRights.map((r) => r.name)).toEqual(['Surveillance']);
  });

  it('searches the quote across the library when nothing else identifies the document', () => {
    const plan = planMerge(
      hypothesis('https://example.org/page', 'Some web page', 'freedom of expression and privacy'),
      makeSnapshot([other, report], []),
    );
    expect(plan.excerpts[0]?.document).toEqual({ kind: 'library', docId: 'r1', by: 'quote' });
  });

  it('orphans a quote that two documents fit equally well', () => {
    const twin = makeDocument(
      'r3',
      'Copy',
      report.blocks.map((b) => b.text),
    );
    const plan = planMerge(
      hypothesis('https://example.org/page', 'Some web page', 'freedom of expression and privacy'),
      makeSnapshot([report, twin], []),
    );
    expect(plan.excerpts[0]?.document).toEqual({ kind: 'none', reason: 'ambiguous' });
    expect(plan.excerpts[0]?.anchoring).toMatchObject({
      kind: 'none',
      reason: 'ambiguous-document',
    });
  });
});
