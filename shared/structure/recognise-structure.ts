/**
 * Recognises the numbering a document uses for itself and gives each block its reference:
 * articles with their numbered paragraphs and lettered sub-paragraphs (treaties, declarations),
 * preambular and operative paragraphs (resolutions and decisions, English and French), numbered
 * paragraphs and sections (reports), and PDF pages. Nothing is invented: a block the document
 * does not number gets no reference (citations then fall back to its PDF page, if any).
 */
import type { ParsedBlock } from '../model/document';
import { opensPreamble, readArticle, readMarker, type Marker } from './markers';
import type { StructuralRef } from './structural-ref';

/** What recognition reads of a block. */
export type StructureInput = Pick<ParsedBlock, 'kind' | 'text' | 'page' | 'label'>;

/** How the document numbers itself, decided once for the whole document. */
type DocumentShape = 'treaty' | 'resolution' | 'report';

interface Reading {
  readonly block: StructureInput;
  readonly heading: boolean;
  readonly article: string | null;
  readonly marker: Marker | null;
  /** The text after any marker opens like a preambular paragraph. */
  readonly preamble: boolean;
}

function read(block: StructureInput): Reading {
  const heading = block.kind === 'heading';
  const article = readArticle(block.text, heading);
  const marker =
    article === null ? readMarker(block.text, block.label, block.kind === 'list-item') : null;
  const rest = marker?.rest ?? block.text;
  return { block, heading, article, marker, preamble: !heading && opensPreamble(rest) };
}

/**
 * Numbers that follow on: a bare "23 " only right after 22 (so "10 countries signed" is not a
 * paragraph number); a punctuated "23." after any smaller number or as a fresh "1.".
 */
function continues(marker: Marker, last: number): boolean {
  const value = Number(marker.value);
  if (value === last + 1) return true;
  return marker.punctuated && (value > last || value === 1);
}

/** Decides the document's shape: articles make a treaty; preambular openers a resolution. */
function documentShape(readings: readonly Reading[]): DocumentShape {
  if (readings.some((r) => r.article !== null)) return 'treaty';
  let preambles = 0;
  for (const reading of readings) {
    if (reading.heading) continue;
    if (reading.preamble) preambles += 1;
    else if (reading.marker?.kind === 'number') break;
  }
  return preambles >= 2 ? 'resolution' : 'report';
}

/** Lettered and roman sub-levels under a numbered unit. */
interface SubState {
  letter: string | null;
}

function subPath(marker: Marker, state: SubState): string[] | null {
  if (marker.kind === 'letter') {
    // "(i)" after "(h)" is the ninth letter, not a roman one.
    state.letter = marker.value;
    return [marker.value];
  }
  if (marker.kind === 'roman') {
    return state.letter === null ? [marker.value] : [state.letter, marker.value];
  }
  return null;
}

/** Lettered and small-roman markers open sub-paragraphs of the numbered unit before them. */
function isSub(marker: Marker | null): marker is Marker {
  return marker !== null && (marker.kind === 'letter' || marker.kind === 'roman');
}

function treaty(readings: readonly Reading[]): (StructuralRef | null)[] {
  let article: string | null = null;
  let paragraph: string | null = null;
  let last = 0;
  const sub: SubState = { letter: null };
  return readings.map((reading) => {
    if (reading.article !== null) {
      article = reading.article;
      paragraph = null;
      last = 0;
      sub.letter = null;
      return { unit: 'article', path: [article] };
    }
    if (article === null) return sectionOrNull(reading);
    const { marker } = reading;
    if (marker?.kind === 'number' && continues(marker, last)) {
      paragraph = marker.value;
      last = Number(marker.value);
      sub.letter = null;
      return { unit: 'article', path: [article, paragraph] };
    }
    if (isSub(marker)) {
      const path = subPath(marker, sub) ?? [];
      return {
        unit: 'article',
        path: [article, ...(paragraph === null ? [] : [paragraph]), ...path],
      };
    }
    if (reading.heading) return null;
    return { unit: 'article', path: paragraph === null ? [article] : [article, paragraph] };
  });
}

function resolution(readings: readonly Reading[]): (StructuralRef | null)[] {
  let inPreamble = false;
  let operative = false;
  let preambular = 0;
  let current: string | null = null;
  let last = 0;
  const sub: SubState = { letter: null };
  return readings.map((reading) => {
    if (reading.heading) return null;
    const { marker } = reading;
    if (!operative) {
      // Lettered items ("A Establishing…") are the operative part's, even opening with a participle.
      if (reading.preamble && (marker === null || marker.kind === 'number')) {
        inPreamble = true;
        const own = marker?.kind === 'number' ? Number(marker.value) : null;
        preambular = own ?? preambular + 1;
        return { unit: 'preambular', path: [String(preambular)] };
      }
      // Preambular paragraphs end with a comma (or semicolon); an unnumbered one that does
      // not open with a participle ("Mindful also…" aside) still belongs to the preamble.
      if (inPreamble && marker === null && /[,;]$/u.test(reading.block.text)) {
        preambular += 1;
        return { unit: 'preambular', path: [String(preambular)] };
      }
    }
    if (marker !== null && (marker.kind === 'number' || marker.kind === 'capital')) {
      if (marker.kind === 'number' && !continues(marker, operative ? last : 0)) return null;
      operative = true;
      current = marker.value;
      last = marker.kind === 'number' ? Number(marker.value) : last;
      sub.letter = null;
      return { unit: 'operative', path: [current] };
    }
    if (operative && current !== null && isSub(marker)) {
      return { unit: 'operative', path: [current, ...(subPath(marker, sub) ?? [])] };
    }
    return null;
  });
}

function sectionOrNull(reading: Reading): StructuralRef | null {
  const { marker } = reading;
  if (!reading.heading || marker === null) return null;
  return { unit: 'section', path: [marker.value] };
}

function report(readings: readonly Reading[]): (StructuralRef | null)[] {
  let paragraph: string | null = null;
  let last = 0;
  const sub: SubState = { letter: null };
  return readings.map((reading) => {
    const { marker } = reading;
    if (reading.heading) return sectionOrNull(reading);
    if (marker === null) return null;
    if (marker.kind === 'number' && continues(marker, last)) {
      paragraph = marker.value;
      last = Number(marker.value);
      sub.letter = null;
      return { unit: 'paragraph', path: [paragraph] };
    }
    if (marker.kind === 'decimal') {
      paragraph = marker.value;
      sub.letter = null;
      return { unit: 'paragraph', path: [paragraph] };
    }
    if (paragraph !== null && isSub(marker)) {
      return { unit: 'paragraph', path: [paragraph, ...(subPath(marker, sub) ?? [])] };
    }
    return null;
  });
}

/**
 * Each block's reference in the document's own numbering, in block order; null where the
 * document numbers nothing (pages are added at citation time: see `citedRef`).
 */
export function recogniseStructure(blocks: readonly StructureInput[]): (StructuralRef | null)[] {
  const readings = blocks.map(read);
  const shape = documentShape(readings);
  return shape === 'treaty'
    ? treaty(readings)
    : shape === 'resolution'
      ? resolution(readings)
      : report(readings);
}

/**
 * The reference a block is cited by: its place in the document's numbering, else its page in
 * the source PDF ("p. 4"), else null (the reader then shows its ¶ number).
 */
export function citedRef(block: {
  readonly ref?: StructuralRef;
  readonly page?: number;
}): StructuralRef | null {
  if (block.ref !== undefined) return block.ref;
  return block.page === undefined ? null : { unit: 'page', path: [String(block.page)] };
}

/** The blocks with their references attached (`ref`), as import stores them. */
export function withStructure<T extends StructureInput>(
  blocks: readonly T[],
): (T & { ref?: StructuralRef })[] {
  const refs = recogniseStructure(blocks);
  return blocks.map((block, index) => {
    const ref = refs[index] ?? null;
    return ref === null ? block : { ...block, ref };
  });
}
