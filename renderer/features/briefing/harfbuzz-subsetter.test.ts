import fontkit from '@pdf-lib/fontkit';
// A unit test in Node reads the wasm module from node_modules; the renderer's code fetches it.
// eslint-disable-next-line no-restricted-imports
import { readFile } from 'node:fs/promises';
import { readBriefingFace } from '../../../cli/node-briefing-fonts';
import { repoRoot } from '../../../cli/repo-root';
import { describe, expect, it } from 'vitest';
import { createHarfbuzzSubsetter, harfbuzzExports } from './harfbuzz-subsetter';

async function subsetter() {
  const wasm = await readFile(`${repoRoot()}/node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm`);
  const { instance } = await WebAssembly.instantiate(wasm, {});
  return createHarfbuzzSubsetter(harfbuzzExports(instance.exports));
}

/** A bundled face's full bytes. */
const font = (key: 'serif' | 'sans' | 'arabic') => readBriefingFace(key);

describe('createHarfbuzzSubsetter', () => {
  it('keeps exactly the characters asked for, with their widths', async () => {
    const subset = await subsetter();
    const bytes = await font('serif');
    const out = await subset(bytes, 'Privacy ¶');
    expect(out.byteLength).toBeLessThan(bytes.byteLength / 10);
    const original = fontkit.create(bytes);
    const reduced = fontkit.create(out);
    for (const character of 'Privacy¶') {
      const codePoint = character.codePointAt(0)!;
      expect(reduced.hasGlyphForCodePoint(codePoint)).toBe(true);
      expect(reduced.glyphForCodePoint(codePoint).advanceWidth).toBe(
        original.glyphForCodePoint(codePoint).advanceWidth,
      );
    }
    expect(reduced.hasGlyphForCodePoint('z'.codePointAt(0)!)).toBe(false);
  });

  it('keeps Arabic joining forms, so shaping still works on the subset', async () => {
    const subset = await subsetter();
    const bytes = await font('arabic');
    const word = 'حرية';
    const original = fontkit
      .create(bytes)
      .layout(word)
      .glyphs.map((g) => g.id);
    const shaped = fontkit.create(await subset(bytes, word)).layout(word).glyphs.length;
    expect(shaped).toBe(original.length);
    // Joined forms differ from the isolated letters' glyphs.
    const isolated = [...word].map(
      (c) => fontkit.create(bytes).glyphForCodePoint(c.codePointAt(0)!).id,
    );
    expect(original).not.toEqual(isolated.reverse());
  });

  it('reuses a parsed font across calls and serves calls one at a time', async () => {
    const subset = await subsetter();
    const bytes = await font('sans');
    const results = await Promise.all([
      subset(bytes, 'abc'),
      subset(bytes, 'xyz'),
      subset(bytes, 'abc'),
    ]);
    expect(results[0]).toEqual(results[2]);
    expect(fontkit.create(results[1]!).hasGlyphForCodePoint('x'.codePointAt(0)!)).toBe(true);
  });

  it('refuses a module that is not harfbuzz', () => {
    expect(() => harfbuzzExports({} as WebAssembly.Exports)).toThrow(/Not harfbuzz/);
  });
});
