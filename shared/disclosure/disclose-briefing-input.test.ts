/**
 * A briefing's input with only what may leave, checked on the input the PDF engine receives
 * (the property test checks the PDF's bytes; this checks each rule at its source): excerpts,
 * notes, comments, authors, the argument, the engine's own switches and the attachment.
 */
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BRIEFING_OPTIONS,
  type BriefingExcerpt,
  type BriefingInput,
} from '../briefing/briefing-input';
import { ExchangeError } from '../exchange/exchange-error';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from '../exchange/testing/fixtures';
import {
  discloseAttachment,
  discloseBriefingInput,
  sharesEverything,
} from './disclose-briefing-input';
import { DEFAULT_DISCLOSURE, type DisclosureOptions } from './disclosure-options';
import { collectionAttachment } from './export-collection-file';

function excerpt(id: string, fields: Partial<BriefingExcerpt> = {}): BriefingExcerpt {
  return {
    id,
    docId: 'd1',
    quote: `Quote ${id}`,
    rightIds: ['right:privacy'],
    note: `Note ${id}`,
    comment: `Comment ${id}`,
    paragraph: 1,
    page: null,
    author: 'Ana María López',
    created: '2024-01-01T00:00:00.000Z',
    position: { start: 0, end: 5 },
    ...fields,
  };
}

const W3C_ATTACHMENT = {
  fileName: 'notes.json',
  bytes: strToU8(JSON.stringify([{ type: 'Annotation', body: 'secret', target: 'x' }])),
  mimeType: 'application/ld+json',
};

function briefing(fields: Partial<BriefingInput> = {}): BriefingInput {
  return {
    title: 'Brief',
    subtitle: 'On privacy',
    author: 'Zoë Brand',
    organisation: 'Desk',
    date: '1 June 2024',
    classification: '',
    language: 'en-GB',
    rights: [],
    documents: [],
    excerpts: [
      excerpt('e1'),
      excerpt('e2', { privateNote: true, privateExcerpt: false }),
      excerpt('e3', { privateExcerpt: true }),
      excerpt('e4', { rightIds: ['right:expression'] }),
      excerpt('e5', { rightIds: [] }),
    ],
    options: { ...DEFAULT_BRIEFING_OPTIONS, includeAppendix: true },
    now: new Date('2024-06-01T12:00:00Z'),
    argument: { summary: 'Summary', findings: 'Findings' },
    attachment: W3C_ATTACHMENT,
    ...fields,
  };
}

const options = (fields: Partial<DisclosureOptions> = {}): DisclosureOptions => ({
  ...DEFAULT_DISCLOSURE,
  ...fields,
});

describe('sharesEverything', () => {
  it('only with every switch at its default and no right chosen', () => {
    expect(sharesEverything(DEFAULT_DISCLOSURE)).toBe(true);
    // The attachment switch decides whether it goes, not what it would carry.
    expect(sharesEverything(options({ attachment: false }))).toBe(true);
    const withheld: Partial<DisclosureOptions>[] = [
      { notes: false },
      { comments: false },
      { authors: 'initials' },
      { authors: 'none' },
      { sourceTexts: false },
      { argument: false },
      { rightIds: ['right:privacy'] },
    ];
    for (const fields of withheld) {
      expect(sharesEverything(options(fields)), JSON.stringify(fields)).toBe(false);
    }
  });
});

describe('discloseAttachment', () => {
  const doc = makeDocument('d1', 'Report', ['Privacy matters online.']);
  const a = makeAnnotation(doc, sequentialUuid(1), 'Privacy', {
    rightIds: ['right:privacy'],
    note: 'Shared note',
  });
  const ours = collectionAttachment(
    makeInput(makeCollection(sequentialUuid(9), 'Set', [a.id]), [doc], [a]),
    'set.rightsmark.json',
    fixedEnv(),
  );

  it('no attachment: nothing to say', () => {
    expect(discloseAttachment(undefined, DEFAULT_DISCLOSURE)).toEqual({
      attachment: null,
      outcome: { kind: 'none' },
    });
  });

  it('switched off: left out, named', () => {
    expect(discloseAttachment(ours, options({ attachment: false }))).toEqual({
      attachment: null,
      outcome: { kind: 'switched-off', fileName: 'set.rightsmark.json' },
    });
  });

  it('ours is rebuilt with the same choices, the rest of the attachment kept', () => {
    const { attachment, outcome } = discloseAttachment(ours, options({ notes: false }));
    expect(outcome).toEqual({ kind: 'attached', fileName: 'set.rightsmark.json' });
    expect(attachment).toMatchObject({
      fileName: 'set.rightsmark.json',
      mimeType: ours.mimeType,
      description: ours.description,
    });
    expect(strFromU8(attachment?.bytes ?? new Uint8Array())).not.toContain('Shared note');
    expect(strFromU8(ours.bytes)).toContain('Shared note');
  });

  it('another format goes unchanged only when nothing is withheld', () => {
    expect(discloseAttachment(W3C_ATTACHMENT, DEFAULT_DISCLOSURE)).toEqual({
      attachment: W3C_ATTACHMENT,
      outcome: { kind: 'attached', fileName: 'notes.json' },
    });
    expect(discloseAttachment(W3C_ATTACHMENT, options({ authors: 'initials' }))).toEqual({
      attachment: null,
      outcome: { kind: 'unfilterable', fileName: 'notes.json' },
    });
  });

  it('ours, but broken: refused with the file named', () => {
    const broken = { ...ours, bytes: strToU8('{"rightsmark":{"format":"rightsmark-collection"}}') };
    expect(() => discloseAttachment(broken, DEFAULT_DISCLOSURE)).toThrow(ExchangeError);
    expect(() => discloseAttachment(broken, DEFAULT_DISCLOSURE)).toThrow(/set\.rightsmark\.json/);
  });
});

describe('discloseBriefingInput', () => {
  it('leaves out private excerpts and those outside the chosen rights, in order', () => {
    const ids = (fields: Partial<DisclosureOptions>) =>
      discloseBriefingInput(briefing(), options(fields)).input.excerpts.map((e) => e.id);
    expect(ids({})).toEqual(['e1', 'e2', 'e4', 'e5']);
    expect(ids({ rightIds: ['right:privacy'] })).toEqual(['e1', 'e2']);
  });

  it('empties private notes always, notes and comments when switched off', () => {
    const out = (fields: Partial<DisclosureOptions>) =>
      discloseBriefingInput(briefing(), options(fields)).input.excerpts;
    expect(out({}).map((e) => [e.note, e.comment])).toEqual([
      ['Note e1', 'Comment e1'],
      ['', 'Comment e2'],
      ['Note e4', 'Comment e4'],
      ['Note e5', 'Comment e5'],
    ]);
    expect(
      out({ notes: false, comments: false }).every((e) => e.note === '' && e.comment === ''),
    ).toBe(true);
  });

  it('leaves the private marks behind and keeps the rest of each excerpt', () => {
    const [first, second] = discloseBriefingInput(briefing(), DEFAULT_DISCLOSURE).input.excerpts;
    expect(first).toEqual(excerpt('e1'));
    expect(second && ('privateNote' in second || 'privateExcerpt' in second)).toBe(false);
  });

  it('names the excerpts’ authors and the preparer as chosen', () => {
    const authors = (mode: DisclosureOptions['authors']) => {
      const { input } = discloseBriefingInput(briefing(), options({ authors: mode }));
      return [input.author, input.excerpts[0]?.author];
    };
    expect(authors('names')).toEqual(['Zoë Brand', 'Ana María López']);
    expect(authors('initials')).toEqual(['Z. B.', 'A. M. L.']);
    expect(authors('none')).toEqual(['', '']);
  });

  it('passes the argument only when it may go', () => {
    expect(discloseBriefingInput(briefing(), DEFAULT_DISCLOSURE).input.argument).toEqual({
      summary: 'Summary',
      findings: 'Findings',
    });
    const off = discloseBriefingInput(briefing(), options({ argument: false })).input;
    expect('argument' in off).toBe(false);
    const { argument: _argument, ...unargued } = briefing();
    expect('argument' in discloseBriefingInput(unargued, DEFAULT_DISCLOSURE).input).toBe(false);
  });

  it('sets the engine’s switches: notes and appendix only when both allow, the chosen rights', () => {
    const engine = (fields: Partial<DisclosureOptions>, includeAppendix = true) =>
      discloseBriefingInput(
        briefing({ options: { ...DEFAULT_BRIEFING_OPTIONS, includeAppendix } }),
        options(fields),
      ).input.options;
    expect(engine({})).toMatchObject({
      includeNotes: true,
      includeAppendix: true,
      selectedRightIds: [],
      grouping: 'right',
      includeLegalBasis: true,
    });
    expect(engine({ notes: false, sourceTexts: false, rightIds: ['right:privacy'] })).toMatchObject(
      {
        includeNotes: false,
        includeAppendix: false,
        selectedRightIds: ['right:privacy'],
      },
    );
    expect(engine({}, false).includeAppendix).toBe(false);
    const notesOff = discloseBriefingInput(
      briefing({ options: { ...DEFAULT_BRIEFING_OPTIONS, includeNotes: false } }),
      DEFAULT_DISCLOSURE,
    ).input.options;
    expect(notesOff.includeNotes).toBe(false);
  });

  it('keeps the cover and everything else of the input', () => {
    const { input } = discloseBriefingInput(briefing({ reference: 'RM/1' }), DEFAULT_DISCLOSURE);
    expect(input).toMatchObject({
      title: 'Brief',
      subtitle: 'On privacy',
      organisation: 'Desk',
      date: '1 June 2024',
      reference: 'RM/1',
      language: 'en-GB',
    });
  });

  it('carries the attachment as it may leave, and says what became of it', () => {
    const shared = discloseBriefingInput(briefing(), DEFAULT_DISCLOSURE);
    expect(shared.input.attachment).toEqual(W3C_ATTACHMENT);
    expect(shared.attachment).toEqual({ kind: 'attached', fileName: 'notes.json' });
    const withheld = discloseBriefingInput(briefing(), options({ notes: false }));
    expect('attachment' in withheld.input).toBe(false);
    expect(withheld.attachment).toEqual({ kind: 'unfilterable', fileName: 'notes.json' });
    const { attachment: _attachment, ...bare } = briefing();
    const none = discloseBriefingInput(bare, DEFAULT_DISCLOSURE);
    expect('attachment' in none.input).toBe(false);
    expect(none.attachment).toEqual({ kind: 'none' });
  });
});
