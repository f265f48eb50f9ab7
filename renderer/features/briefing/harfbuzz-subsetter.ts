/**
 * A font subsetter for the browser: harfbuzz's subsetter compiled to WebAssembly (the
 * `harfbuzz-subset.wasm` that harfbuzzjs ships, the same code `subset-font` runs for the CLI),
 * called through its C API. Keeps every layout feature, so Arabic joining forms survive, and
 * returns TrueType bytes, as the engine's FontSubsetter contract asks.
 *
 * Compiling WebAssembly needs 'wasm-unsafe-eval' in the page's script-src (electron/lib/csp.ts).
 */
import type { FontSubsetter } from '../../../shared/briefing';

/** The part of harfbuzz-subset.wasm's exports this module calls (pointers are numbers). */
export interface HarfbuzzSubsetExports {
  readonly memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(
    data: number,
    length: number,
    mode: number,
    userData: number,
    destroy: number,
  ): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthOut: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

/** hb_memory_mode_t: harfbuzz may write into the buffer (it is ours and stays alive). */
const HB_MEMORY_MODE_WRITABLE = 2;
/** hb_subset_sets_t: the set of layout feature tags to keep. */
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
/** Faces kept parsed inside harfbuzz: the seven briefing faces, so previews do not re-copy them. */
const MAX_CACHED_FACES = 8;

const REQUIRED_EXPORTS: readonly (keyof HarfbuzzSubsetExports)[] = [
  'memory',
  'malloc',
  'free',
  'hb_blob_create',
  'hb_face_create',
  'hb_subset_input_create_or_fail',
  'hb_subset_or_fail',
  '_initialize',
];

/** Checks that an instantiated module is harfbuzz's subsetter and initialises it. */
export function harfbuzzExports(exports: WebAssembly.Exports): HarfbuzzSubsetExports {
  const missing = REQUIRED_EXPORTS.filter((name) => !(name in exports));
  if (missing.length > 0) throw new Error(`Not harfbuzz's subsetter: no ${missing.join(', ')}`);
  const hb = exports as unknown as HarfbuzzSubsetExports;
  hb._initialize();
  return hb;
}

interface CachedFace {
  readonly face: number;
  readonly buffer: number;
}

/**
 * A subsetter over an initialised harfbuzz instance. Each distinct font (by its Uint8Array) is
 * copied into harfbuzz's memory once and kept parsed; calls run one at a time.
 */
export function createHarfbuzzSubsetter(hb: HarfbuzzSubsetExports): FontSubsetter {
  const faces = new Map<Uint8Array, CachedFace>();
  // The wasm memory can grow during a call, detaching older views: take a fresh one each time.
  const heap = () => new Uint8Array(hb.memory.buffer);

  const faceOf = (font: Uint8Array): number => {
    const cached = faces.get(font);
    if (cached) {
      // Most recently used last, so the oldest is evicted first.
      faces.delete(font);
      faces.set(font, cached);
      return cached.face;
    }
    const buffer = hb.malloc(font.byteLength);
    if (buffer === 0) throw new Error('Out of memory for the font subsetter.');
    heap().set(font, buffer);
    const blob = hb.hb_blob_create(buffer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    faces.set(font, { face, buffer });
    if (faces.size > MAX_CACHED_FACES) {
      const [oldest] = faces;
      if (oldest) {
        faces.delete(oldest[0]);
        hb.hb_face_destroy(oldest[1].face);
        hb.free(oldest[1].buffer);
      }
    }
    return face;
  };

  const subsetNow = (font: Uint8Array, text: string): Uint8Array => {
    const face = faceOf(font);
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('harfbuzz could not start a subset.');
    let subset: number;
    try {
      // Keep every layout feature (harfbuzz's --layout-features='*').
      const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
      hb.hb_set_clear(features);
      hb.hb_set_invert(features);
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const character of text) hb.hb_set_add(unicodes, character.codePointAt(0) ?? 0);
      subset = hb.hb_subset_or_fail(face, input);
    } finally {
      hb.hb_subset_input_destroy(input);
    }
    if (subset === 0) throw new Error('harfbuzz could not subset a briefing font.');
    const blob = hb.hb_face_reference_blob(subset);
    try {
      const data = hb.hb_blob_get_data(blob, 0);
      const length = hb.hb_blob_get_length(blob);
      if (length === 0) throw new Error('harfbuzz made an empty font subset.');
      return heap().slice(data, data + length);
    } finally {
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(subset);
    }
  };

  let queue: Promise<unknown> = Promise.resolve();
  return (font, text) => {
    const result = queue.then(() => subsetNow(font, text));
    queue = result.catch(() => undefined);
    return result;
  };
}

/** Fetches, compiles and initialises harfbuzz-subset.wasm from `url` (same origin). */
export async function loadHarfbuzzSubsetter(url: string): Promise<FontSubsetter> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font subsetter did not load (${response.status}).`);
  // instantiate() rather than instantiateStreaming(): it does not depend on the server's MIME type.
  const { instance } = await WebAssembly.instantiate(await response.arrayBuffer(), {});
  return createHarfbuzzSubsetter(harfbuzzExports(instance.exports));
}
