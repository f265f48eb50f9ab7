/**
 * Writes a briefing's PDF file from pdf-lib's objects, as pdf-lib's PDFStreamWriter does (every
 * object that is not a stream packed into object streams, a cross-reference stream, PDF 1.7),
 * but in larger object streams, deflated by the platform's zlib (pdf-streams.ts) all at once.
 * pdf-lib's writer deflates each stream of 50 objects with pako, one after the other: for a
 * tagged 1,000-excerpt briefing (tens of thousands of structure elements) that was a fifth of
 * the whole build, most of it setting up pako for each stream.
 */
import {
  PDFHeader,
  PDFInvalidObject,
  PDFStream,
  type PDFContext,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';
import { defaultDeflater, type Deflater } from './pdf-streams';

/**
 * Objects per object stream. A reader inflates a whole stream to reach one of its objects, so
 * they stay small enough for that to be instant; 200 compresses better than pdf-lib's 50 (the
 * structure elements of neighbouring excerpts are alike) for a quarter of the deflate set-ups.
 */
const OBJECTS_PER_STREAM = 200;
/** Cross-reference stream field widths: type (1 byte), offset or stream number (4), generation or index (2). */
const XREF_WIDTHS = [1, 4, 2] as const;

/** The file's bytes: header, objects, object streams, the cross-reference stream, trailer. */
export async function writePdfFile(
  context: PDFContext,
  deflate: Deflater = defaultDeflater,
): Promise<Uint8Array> {
  const out = new ByteSink();
  const header = PDFHeader.forVersion(1, 7);
  const headerBytes = new Uint8Array(header.sizeInBytes());
  header.copyBytesInto(headerBytes, 0);
  out.bytes(headerBytes);
  out.text('\n\n');

  // Where each object is: [type, field 2, field 3] of its cross-reference entry.
  const entries = new Map<number, readonly [number, number, number]>();
  const packed: [PDFRef, PDFObject][] = [];
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const direct =
      object instanceof PDFStream ||
      object instanceof PDFInvalidObject ||
      ref.generationNumber !== 0 ||
      ref === context.trailerInfo.Encrypt;
    if (!direct) {
      packed.push([ref, object]);
      continue;
    }
    entries.set(ref.objectNumber, [1, out.length, ref.generationNumber]);
    writeObject(out, ref.objectNumber, ref.generationNumber, serialise(object));
  }

  // Each object stream's contents, then all of them deflated at once.
  let nextNumber = context.largestObjectNumber + 1;
  const objectStreams: { number: number; count: number; first: number; body: Uint8Array }[] = [];
  for (let start = 0; start < packed.length; start += OBJECTS_PER_STREAM) {
    const chunk = packed.slice(start, start + OBJECTS_PER_STREAM);
    const streamNumber = nextNumber;
    nextNumber += 1;
    const sizes = chunk.map(([, object]) => object.sizeInBytes());
    let offsets = '';
    let at = 0;
    chunk.forEach(([ref], index) => {
      offsets += `${ref.objectNumber} ${at} `;
      entries.set(ref.objectNumber, [2, streamNumber, index]);
      at += (sizes[index] ?? 0) + 1;
    });
    const body = new Uint8Array(offsets.length + at);
    let offset = copyAscii(offsets, body, 0);
    for (const [, object] of chunk) {
      offset += object.copyBytesInto(body, offset);
      body[offset] = 0x0a;
      offset += 1;
    }
    objectStreams.push({ number: streamNumber, count: chunk.length, first: offsets.length, body });
  }
  const deflated = await Promise.all(objectStreams.map((stream) => deflate(stream.body)));
  objectStreams.forEach((stream, index) => {
    entries.set(stream.number, [1, out.length, 0]);
    writeStream(
      out,
      stream.number,
      `/Type /ObjStm /N ${stream.count} /First ${stream.first}`,
      deflated[index] ?? new Uint8Array(0),
    );
  });

  const xrefNumber = nextNumber;
  const size = xrefNumber + 1;
  const xrefOffset = out.length;
  entries.set(xrefNumber, [1, xrefOffset, 0]);
  writeStream(
    out,
    xrefNumber,
    `/Type /XRef /Size ${size} /W [ ${XREF_WIDTHS.join(' ')} ]${trailerEntries(context)}`,
    await deflate(xrefTable(entries, size)),
  );
  out.text(`startxref\n${xrefOffset}\n%%EOF`);
  return out.result();
}

/** The trailer's entries (Root, Info, ID, Encrypt) as they go in the cross-reference stream. */
function trailerEntries(context: PDFContext): string {
  const { Root, Info, ID, Encrypt } = context.trailerInfo;
  const pairs: [string, PDFObject | undefined][] = [
    ['Root', Root],
    ['Encrypt', Encrypt],
    ['Info', Info],
    ['ID', ID],
  ];
  return pairs
    .filter((pair): pair is [string, PDFObject] => pair[1] !== undefined)
    .map(([key, value]) => ` /${key} ${value.toString()}`)
    .join('');
}

/** Entries 0…size-1: object 0 heads the free list; numbers no object took are free too. */
function xrefTable(
  entries: ReadonlyMap<number, readonly [number, number, number]>,
  size: number,
): Uint8Array {
  const [w1, w2, w3] = XREF_WIDTHS;
  const row = w1 + w2 + w3;
  const table = new Uint8Array(size * row);
  for (let number = 0; number < size; number += 1) {
    const [type, field, generation] =
      entries.get(number) ?? (number === 0 ? [0, 0, 65535] : [0, 0, 0]);
    let at = number * row;
    table[at] = type;
    at += w1;
    for (let shift = (w2 - 1) * 8; shift >= 0; shift -= 8, at += 1)
      table[at] = Math.floor(field / 2 ** shift) & 255;
    table[at] = (generation >> 8) & 255;
    table[at + 1] = generation & 255;
  }
  return table;
}

function serialise(object: PDFObject): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}

function writeObject(out: ByteSink, number: number, generation: number, body: Uint8Array): void {
  out.text(`${number} ${generation} obj\n`);
  out.bytes(body);
  out.text('\nendobj\n\n');
}

function writeStream(out: ByteSink, number: number, dict: string, data: Uint8Array): void {
  out.text(`${number} 0 obj\n<< ${dict} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`);
  out.bytes(data);
  out.text('\nendstream\nendobj\n\n');
}

/** Copies ASCII text into `buffer` at `offset`; returns how many bytes it wrote. */
function copyAscii(text: string, buffer: Uint8Array, offset: number): number {
  for (let at = 0; at < text.length; at += 1) buffer[offset + at] = text.charCodeAt(at);
  return text.length;
}

/** Pieces of the file, joined once at the end. */
class ByteSink {
  private readonly parts: Uint8Array[] = [];
  length = 0;

  bytes(part: Uint8Array): void {
    this.parts.push(part);
    this.length += part.length;
  }

  text(part: string): void {
    const bytes = new Uint8Array(part.length);
    copyAscii(part, bytes, 0);
    this.bytes(bytes);
  }

  result(): Uint8Array {
    const file = new Uint8Array(this.length);
    let offset = 0;
    for (const part of this.parts) {
      file.set(part, offset);
      offset += part.length;
    }
    return file;
  }
}
