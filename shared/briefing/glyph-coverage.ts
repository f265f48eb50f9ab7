/**
 * The coverage check made before a briefing is drawn: every character it would draw must have a
 * glyph in some face of the fallback chain. Characters that have none are named — code point,
 * character and where they occur (which excerpt, which document, which part of the cover) — and
 * the build stops unless the analyst accepted a visible replacement mark. Never a silent gap.
 */
import type { BriefingInput } from './briefing-input';
import type { BriefingTextParts } from './briefing-text';
import { needsNoGlyph, type FontBook } from './font-book';

/** Where a character occurs, in the analyst's words. */
export interface GlyphPlace {
  /** "excerpt 3 (from “Report on …”), its note", "the title", "the document “…”". */
  readonly description: string;
  /** The excerpt's id, when the character is in an excerpt. */
  readonly excerptId?: string;
}

/** A character that no face of the briefing's fallback chain can draw. */
export interface MissingGlyph {
  readonly codePoint: number;
  readonly character: string;
  /** Every place it occurs (at most MAX_PLACES; `more` counts the rest). */
  readonly places: readonly GlyphPlace[];
  readonly more: number;
}

/** Places listed per character; an emoji used in fifty notes need not be named fifty times. */
const MAX_PLACES = 3;
/** Characters named in the error's message (the error itself carries them all). */
const MAX_IN_MESSAGE = 5;

/** "U+1F600" */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One missing character in a sentence: U+1F600 “😀” in excerpt 2 (from “…”), its quote. */
export function describeMissingGlyph(missing: MissingGlyph): string {
  const places = missing.places.map((place) => place.description).join('; ');
  const more =
    missing.more > 0 ? ` and ${missing.more} more place${missing.more === 1 ? '' : 's'}` : '';
  return `${codePointLabel(missing.codePoint)} “${missing.character}” in ${places}${more}`;
}

/**
 * The briefing has characters no bundled font can draw. `message` names them for the analyst;
 * `missing` lists them all. Build again with `allowMissingGlyphs` to draw a replacement mark
 * (an empty box) in their place instead.
 */
export class MissingGlyphsError extends Error {
  override readonly name = 'MissingGlyphsError';
  readonly code = 'missing-glyphs';
  readonly missing: readonly MissingGlyph[];

  constructor(missing: readonly MissingGlyph[]) {
    const named = missing.slice(0, MAX_IN_MESSAGE).map(describeMissingGlyph);
    const rest = missing.length - named.length;
    super(
      `No font in the briefing can draw ${missing.length === 1 ? 'this character' : `these ${missing.length} characters`}: ` +
        named.join('; ') +
        (rest > 0 ? `; and ${rest} more` : '') +
        '. Change the text, or accept a replacement mark (a box) in their place.',
    );
    this.missing = missing;
  }
}

/** A text the briefing draws, with where it is. */
interface PlacedText {
  readonly text: string;
  readonly place: GlyphPlace;
}

/** "“Report on the right to privacy in the digital age”", shortened to a readable length. */
function quoted(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return `“${clean.length > 60 ? `${clean.slice(0, 57)}…` : clean}”`;
}

/** Every text the briefing draws from its input, with its place (mirrors briefing-text.ts). */
function placedTexts(input: BriefingInput, parts: BriefingTextParts): PlacedText[] {
  const texts: PlacedText[] = [];
  const add = (text: string | null | undefined, description: string, excerptId?: string): void => {
    if (text) texts.push({ text, place: excerptId ? { description, excerptId } : { description } });
  };
  add(input.title, 'the title');
  add(input.subtitle, 'the subtitle');
  add(input.author, 'the author’s name');
  add(input.organisation, 'the organisation');
  add(input.date, 'the date');
  add(input.classification, 'the classification');
  for (const right of parts.rights) {
    add(right.name, `the name of the right ${quoted(right.name)}`);
    add(right.description, `the description of the right ${quoted(right.name)}`);
    if (input.options.includeLegalBasis)
      add(right.legalBasis, `the legal basis of the right ${quoted(right.name)}`);
  }
  const titles = new Map<string, string>();
  for (const document of parts.documents) {
    titles.set(document.id, document.title);
    add(document.title, `the title of the document ${quoted(document.title)}`);
    add(document.publisher, `the publisher of the document ${quoted(document.title)}`);
    add(document.kind, `the kind of the document ${quoted(document.title)}`);
    if (input.options.includeAppendix)
      for (const block of document.blocks ?? [])
        add(block.text, `the text of the document ${quoted(document.title)} (appendix)`);
  }
  parts.excerpts.forEach((excerpt, index) => {
    const title = titles.get(excerpt.docId);
    const which = `excerpt ${index + 1}${title ? ` (from ${quoted(title)})` : ''}`;
    add(excerpt.quote, `${which}, its quotation`, excerpt.id);
    if (input.options.includeNotes) add(excerpt.note, `${which}, its note`, excerpt.id);
    add(excerpt.comment, `${which}, its comment`, excerpt.id);
    add(excerpt.author, `${which}, its author`, excerpt.id);
  });
  return texts;
}

/** The characters of the briefing no loaded face can draw, in order of first appearance. */
export function findMissingGlyphs(
  input: BriefingInput,
  parts: BriefingTextParts,
  book: FontBook,
): MissingGlyph[] {
  const covered = new Map<number, boolean>();
  const found = new Map<number, { places: GlyphPlace[]; seen: Set<string>; more: number }>();
  for (const { text, place } of placedTexts(input, parts)) {
    for (const character of text) {
      const codePoint = character.codePointAt(0) ?? 0;
      let has = covered.get(codePoint);
      if (has === undefined) {
        has = needsNoGlyph(codePoint) || book.covers(codePoint);
        covered.set(codePoint, has);
      }
      if (has) continue;
      let entry = found.get(codePoint);
      if (!entry) {
        entry = { places: [], seen: new Set(), more: 0 };
        found.set(codePoint, entry);
      }
      if (entry.seen.has(place.description)) continue;
      entry.seen.add(place.description);
      if (entry.places.length < MAX_PLACES) entry.places.push(place);
      else entry.more += 1;
    }
  }
  return [...found].map(([codePoint, entry]) => ({
    codePoint,
    character: String.fromCodePoint(codePoint),
    places: entry.places,
    more: entry.more,
  }));
}
