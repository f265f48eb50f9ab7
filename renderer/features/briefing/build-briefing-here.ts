/**
 * Builds a briefing PDF where it runs (the briefing worker, or the page when workers are
 * unavailable): runs the shared engine with a fetcher for the bundled fonts (same origin, cached;
 * the engine asks only for the faces the briefing's text reaches) and harfbuzz to subset them.
 */
import subsetterUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import {
  BRIEFING_FONT_FILES,
  BriefingCancelledError,
  buildBriefing,
  type BriefingInput,
  type BuildBriefingOptions,
  type FaceKey,
  type FontSubsetter,
} from '../../../shared/briefing';
import { loadHarfbuzzSubsetter } from './harfbuzz-subsetter';

/**
 * The bundled fonts' URLs, by file name. Only URLs: Vite copies the files beside the build and
 * nothing is fetched until a briefing needs the face.
 */
const FONT_URLS = import.meta.glob<string>('../../../resources/fonts/*.ttf', {
  query: '?url',
  import: 'default',
  eager: true,
});

function fontUrl(key: FaceKey): string {
  const url = FONT_URLS[`../../../resources/fonts/${BRIEFING_FONT_FILES[key]}`];
  if (url === undefined) throw new Error(`The font ${BRIEFING_FONT_FILES[key]} is not bundled.`);
  return url;
}

const faceCache = new Map<FaceKey, Promise<Uint8Array>>();

/** A face's bytes, fetched once per session (a failed fetch is retried next time). */
function fetchFace(key: FaceKey): Promise<Uint8Array> {
  let bytes = faceCache.get(key);
  if (!bytes) {
    bytes = fetch(fontUrl(key)).then(async (response) => {
      if (!response.ok) throw new Error(`The font ${BRIEFING_FONT_FILES[key]} did not load.`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => faceCache.delete(key));
    faceCache.set(key, bytes);
  }
  return bytes;
}

let subsetter: Promise<FontSubsetter> | null = null;

function harfbuzz(): Promise<FontSubsetter> {
  if (!subsetter) {
    subsetter = loadHarfbuzzSubsetter(subsetterUrl);
    subsetter.catch(() => {
      subsetter = null;
    });
  }
  return subsetter;
}

/** Builds the briefing's PDF bytes; rejects as the engine does (input, cancelled). */
export async function buildBriefingHere(
  input: BriefingInput,
  options: BuildBriefingOptions = {},
): Promise<Uint8Array> {
  options.onProgress?.({ phase: 'fonts', done: 0, total: 1 });
  const subset = await harfbuzz();
  if (options.signal?.aborted) throw new BriefingCancelledError();
  return buildBriefing(input, { face: fetchFace, subset }, options);
}
