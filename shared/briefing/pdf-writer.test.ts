import { unzlibSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { defaultDeflater, FlateStreams } from './pdf-streams';
import { writePdfFile } from './pdf-writer';

describe('writePdfFile', () => {
  it('writes a file pdf-lib reads back object for object, across several object streams', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage([200, 300]);
    doc.addPage([300, 200]);
    // More dictionaries than one object stream holds (200), each with a value of its own.
    const refs = Array.from({ length: 450 }, (_, index) =>
      doc.context.register(
        doc.context.obj({ Type: 'StructElem', K: index, T: PDFString.of(`element ${index}`) }),
      ),
    );
    const streams = new FlateStreams(doc.context);
    const text = streams.add('BT /F1 12 Tf 10 10 Td (hello) Tj ET');
    await streams.finish();
    doc.setTitle('Round trip');

    const bytes = await writePdfFile(doc.context);
    const read = await PDFDocument.load(bytes, { updateMetadata: false });

    expect(read.getPageCount()).toBe(2);
    expect(read.getPage(1).getSize()).toEqual({ width: 300, height: 200 });
    expect(read.getTitle()).toBe('Round trip');
    refs.forEach((ref, index) => {
      const dict = read.context.lookup(ref, PDFDict);
      expect(dict.get(PDFName.of('K'))).toEqual(PDFNumber.of(index));
      expect(dict.lookup(PDFName.of('T'), PDFString).decodeText()).toBe(`element ${index}`);
    });
    const stream = read.context.lookup(text);
    if (!(stream instanceof PDFRawStream)) throw new Error('The page text is not a raw stream.');
    expect(new TextDecoder().decode(unzlibSync(stream.contents))).toBe(
      'BT /F1 12 Tf 10 10 Td (hello) Tj ET',
    );
  });
});

describe('defaultDeflater', () => {
  it('gives zlib data that inflates to the very bytes it was given', async () => {
    const bytes = new TextEncoder().encode('0.11 0.12 0.14 rg 86.87 739.65 Td '.repeat(2000));
    const deflated = await defaultDeflater(bytes);
    expect(deflated.length).toBeLessThan(bytes.length / 10);
    expect(unzlibSync(deflated)).toEqual(bytes);
  });
});
