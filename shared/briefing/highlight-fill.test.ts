/**
 * Highlights in the appendix: an excerpt with several rights is highlighted in every right's
 * colour (stacked bands, one per right, in the rights' order), every fill keeps the text at
 * WCAG's 4.5:1, and the appendix's introduction and colour key say how to read the stripes.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  PDFHexString,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadBriefingFonts } from '../../cli/node-briefing-fonts';
import { sampleBriefingInput } from '../../cli/sample-briefing';
import { readPdf, squash } from '../../cli/testing/pdf-read-back';
import { buildBriefing } from './build-briefing';
import { contrastRatio } from './contrast';
import { highlightBands, highlightFill } from './highlight-fill';
import { hexToRgb, STYLES } from './typography';

describe('highlightFill', () => {
  it('keeps the appendix text at 4.5:1 on every highlight, however dark the right’s colour', () => {
    for (const hex of [
      '#000000',
      '#1a237e',
      '#7f0000',
      '#2f80ed',
      '#e0a100',
      '#27ae60',
      '#ffffff',
    ]) {
      const ratio = contrastRatio(highlightFill(hexToRgb(hex)), STYLES.appendixBody.colour);
      expect(ratio, hex).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('highlightBands', () => {
  it('stacks one band per colour from the top, covering the quad exactly', () => {
    const quad = { left: 10, right: 90, top: 100, bottom: 112 };
    const colours = ['#ff0000', '#00ff00', '#0000ff'].map(hexToRgb);
    const bands = highlightBands(quad, colours);
    expect(bands.map((band) => band.colour)).toEqual(colours);
    expect(bands[0]?.top).toBe(100);
    expect(bands.at(-1)?.bottom).toBe(112);
    bands.slice(1).forEach((band, index) => expect(band.top).toBe(bands[index]?.bottom));
    expect(highlightBands(quad, [colours[0]!])).toEqual([
      { top: 100, bottom: 112, colour: colours[0] },
    ]);
  });
});

describe('the sample appendix', async () => {
  const input = sampleBriefingInput({
    now: new Date('2025-03-14T10:00:00Z'),
    options: { includeAppendix: true },
  });
  const bytes = await buildBriefing(input, await loadBriefingFonts());
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const colourOf = (id: string) =>
    hexToRgb(input.rights.find((right) => right.id === id)?.colour ?? '#000000');
  /** The fill colours (`r g b rg`) an appearance stream sets, in order, deduplicated. */
  const fills = (stream: PDFRawStream): string[] => [
    ...new Set(
      new TextDecoder()
        .decode(decodePDFRawStream(stream).decode())
        .split('\n')
        .filter((line) => line.endsWith(' rg')),
    ),
  ];
  const rg = (hex: string) => {
    const { r, g, b } = highlightFill(colourOf(hex));
    return [r, g, b].map((v) => Math.round(v * 100) / 100).join(' ') + ' rg';
  };
  const highlights = pdf.getPages().flatMap((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return (annots?.asArray() ?? [])
      .map((ref) => pdf.context.lookup(ref, PDFDict))
      .filter((annot) => annot.get(PDFName.of('Subtype')) === PDFName.of('Highlight'));
  });
  const excerptOf = (annot: PDFDict) => {
    const name = annot.lookup(PDFName.of('NM'));
    const text = name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : '';
    return input.excerpts.find((excerpt) => text.startsWith(`${excerpt.id}#`));
  };

  it('draws each excerpt’s highlight in all its rights’ colours, in the rights’ order', () => {
    const order = [...input.rights].sort((a, b) => a.order - b.order).map((right) => right.id);
    let several = 0;
    for (const annot of highlights) {
      const excerpt = excerptOf(annot);
      expect(excerpt).toBeDefined();
      const rights = order.filter((id) => excerpt?.rightIds.includes(id));
      const appearance = annot.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'));
      expect(appearance).toBeInstanceOf(PDFRawStream);
      if (!(appearance instanceof PDFRawStream)) continue;
      expect(fills(appearance)).toEqual(rights.map(rg));
      if (rights.length > 1) several += 1;
    }
    expect(several).toBeGreaterThan(0);
  });

  it('says in the introduction and the colour key how stripes read', async () => {
    const text = squash((await readPdf(bytes)).pages.map((page) => page.text).join(' '));
    expect(text).toContain(squash('a passage with several rights is striped, one band per right'));
    expect(text).toContain(
      squash('Key: Freedom of expression, Privacy, Assembly and association, Several rights'),
    );
  });
});
