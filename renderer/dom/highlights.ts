/**
 * Paints annotation highlights over the reader without touching the document's DOM: the CSS
 * Custom Highlight API where the engine has it, an overlay of positioned boxes where it does not.
 * Each annotation's first right colours its background; every further right underlines it in
 * that right's colour, so passages with several rights stay distinguishable and overlapping
 * passages blend.
 */
import { BlockDomIndex, textOffsetsToRange, type BlockOffsets } from './text-offsets';

export interface PaintableAnnotation {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** In the order the rights appear in the toolbar. */
  readonly rightIds: readonly string[];
}

export interface PaintableRight {
  readonly id: string;
  readonly color: string;
}

/** Background alpha: strong enough to see two overlapping highlights, light enough to read. */
const BACKGROUND_ALPHA = 0.32;
const ACTIVE_ALPHA = 0.6;

export function supportsCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function hexToRgba(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return `rgba(128, 128, 128, ${alpha})`;
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

const OWN_PREFIX = 'rm-';
let sheet: CSSStyleSheet | null = null;

function setRules(css: string): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(css);
}

function clearOwnHighlights(): void {
  for (const name of [...CSS.highlights.keys()])
    if (name.startsWith(OWN_PREFIX)) CSS.highlights.delete(name);
}

/**
 * Paints the annotations and returns a function that removes the paint. `activeId` marks the
 * annotation open in the panel more strongly.
 */
export function paintHighlights(
  root: HTMLElement,
  blocks: readonly BlockOffsets[],
  annotations: readonly PaintableAnnotation[],
  rights: readonly PaintableRight[],
  activeId: string | null,
): () => void {
  const rightIndex = new Map(rights.map((r, i) => [r.id, i]));
  const dom = new BlockDomIndex(root);
  const ranges = annotations.flatMap((annotation) => {
    const range = textOffsetsToRange(root, blocks, annotation.start, annotation.end, dom);
    return range ? [{ annotation, range }] : [];
  });
  return supportsCustomHighlights()
    ? paintWithHighlightApi(ranges, rights, rightIndex, activeId)
    : paintWithOverlay(root, ranges, rights, rightIndex, activeId);
}

type RangedAnnotation = { annotation: PaintableAnnotation; range: Range };

function paintWithHighlightApi(
  ranges: readonly RangedAnnotation[],
  rights: readonly PaintableRight[],
  rightIndex: ReadonlyMap<string, number>,
  activeId: string | null,
): () => void {
  clearOwnHighlights();
  const backgrounds = rights.map(() => new Highlight());
  const underlines = rights.map(() => new Highlight());
  const active = new Highlight();
  for (const { annotation, range } of ranges) {
    const [first, ...rest] = annotation.rightIds
      .map((id) => rightIndex.get(id))
      .filter((i): i is number => i !== undefined);
    if (first !== undefined) backgrounds[first]!.add(range);
    for (const i of rest) underlines[i]!.add(range);
    if (annotation.id === activeId) active.add(range);
  }
  const rules: string[] = [];
  rights.forEach((right, i) => {
    CSS.highlights.set(`${OWN_PREFIX}bg-${i}`, backgrounds[i]!);
    CSS.highlights.set(`${OWN_PREFIX}ul-${i}`, underlines[i]!);
    rules.push(
      `::highlight(${OWN_PREFIX}bg-${i}) { background-color: ${hexToRgba(right.color, BACKGROUND_ALPHA)}; }`,
    );
    rules.push(
      `::highlight(${OWN_PREFIX}ul-${i}) { text-decoration: underline 3px ${right.color}; text-underline-offset: 4px; }`,
    );
  });
  active.priority = 1;
  CSS.highlights.set(`${OWN_PREFIX}active`, active);
  rules.push(
    `::highlight(${OWN_PREFIX}active) { background-color: rgba(255, 196, 0, ${ACTIVE_ALPHA}); color: #111; }`,
  );
  setRules(rules.join('\n'));
  return clearOwnHighlights;
}

function paintWithOverlay(
  root: HTMLElement,
  ranges: readonly RangedAnnotation[],
  rights: readonly PaintableRight[],
  rightIndex: ReadonlyMap<string, number>,
  activeId: string | null,
): () => void {
  const layer = document.createElement('div');
  layer.className = 'highlight-overlay';
  layer.setAttribute('aria-hidden', 'true');
  const origin = root.getBoundingClientRect();
  for (const { annotation, range } of ranges) {
    const colours = annotation.rightIds
      .map((id) => rightIndex.get(id))
      .filter((i): i is number => i !== undefined)
      .map((i) => rights[i]!.color);
    for (const rect of range.getClientRects()) {
      const box = document.createElement('div');
      box.className = 'highlight-box';
      box.style.left = `${rect.left - origin.left}px`;
      box.style.top = `${rect.top - origin.top}px`;
      box.style.width = `${rect.width}px`;
      box.style.height = `${rect.height}px`;
      const alpha = annotation.id === activeId ? ACTIVE_ALPHA : BACKGROUND_ALPHA;
      box.style.background = hexToRgba(colours[0] ?? '#808080', alpha);
      if (colours.length > 1) box.style.borderBottom = `3px solid ${colours[1]}`;
      layer.append(box);
    }
  }
  root.append(layer);
  return () => layer.remove();
}
