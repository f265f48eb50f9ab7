/**
 * Briefing fonts for Node (the CLI, tests, benchmarks): the faces read from resources/fonts when
 * the engine asks for them and subset with `subset-font` (harfbuzz compiled to WebAssembly, read
 * from disk by the package).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './repo-root';
import subsetFont from 'subset-font';
import {
  BRIEFING_FONT_FILES,
  type BriefingFonts,
  type FaceKey,
  type FontSubsetter,
} from '../shared/briefing/briefing-fonts';

/** resources/fonts in this checkout. */
export function defaultFontDirectory(): string {
  return path.join(repoRoot(), 'resources', 'fonts');
}

/** Subsets a TrueType font to the characters of `text`, keeping its layout features. */
export const subsetWithHarfbuzz: FontSubsetter = async (font, text) => {
  const bytes = await subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), text, {
    targetFormat: 'sfnt',
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
};

/** Face bytes read so far, per file: each face is read once per process, when first needed. */
const cache = new Map<string, Promise<Uint8Array>>();

/** Reads one face from `directory` (cached); the error names the file when it cannot. */
export function readBriefingFace(
  key: FaceKey,
  directory = defaultFontDirectory(),
): Promise<Uint8Array> {
  const file = path.join(directory, BRIEFING_FONT_FILES[key]);
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFile(file).then(
      (buffer) => new Uint8Array(buffer),
      (error: unknown) => {
        cache.delete(file);
        throw new Error(`The briefing font ${file} could not be read: ${String(error)}`);
      },
    );
    cache.set(file, bytes);
  }
  return bytes;
}

/** The faces in `directory`, read on demand, with the harfbuzz subsetter. */
export function loadBriefingFonts(directory = defaultFontDirectory()): Promise<BriefingFonts> {
  return Promise.resolve({
    face: (key: FaceKey) => readBriefingFace(key, directory),
    subset: subsetWithHarfbuzz,
  });
}
