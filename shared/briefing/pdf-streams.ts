/**
 * Compressed PDF streams, deflated by the platform's own zlib where there is one, else by fflate.
 * pdf-lib's own flateStream deflates with pako, which took a third of the build time of a
 * 1,000-excerpt briefing.
 *
 * Every stream is deflated at zlib's default level, 6. Measured on the page contents of a
 * 1,000-excerpt briefing (6.9 MB): Node's zlib takes about 50 ms of CPU at level 1 (1.49 MB),
 * 150 ms at level 6 (1.14 MB) and 190 ms at level 9 (1.14 MB); fflate took 130 ms at level 1
 * (1.52 MB) and 250 ms at level 6 (1.24 MB). Level 1 made the whole file a fifth larger (2.0 MB
 * against 1.65 MB) to save a tenth of a second; level 9 saves nothing more.
 */
import { strToU8, zlibSync } from 'fflate';
import { PDFName, PDFRawStream, type PDFContext, type PDFRef } from 'pdf-lib';

/** zlib's default balance, what CompressionStream uses (see above). */
const DEFLATE_LEVEL = 6;

/**
 * Deflates bytes in the zlib format (what FlateDecode reads) at level 6. The CLI passes Node's
 * zlib (cli/node-deflate.ts); the default is the platform's CompressionStream, else fflate.
 */
export type Deflater = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** The part of the standard CompressionStream used here (shared/ has no DOM or Node types). */
interface ZlibCompressor {
  readonly writable: {
    getWriter(): {
      write(chunk: Uint8Array): Promise<void>;
      close(): Promise<void>;
    };
  };
  readonly readable: {
    getReader(): {
      read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }>;
    };
  };
}

type ZlibCompressorConstructor = new (format: 'deflate') => ZlibCompressor;

/** The platform's CompressionStream, or undefined where there is none. */
function nativeCompressor(): ZlibCompressorConstructor | undefined {
  return (globalThis as { CompressionStream?: ZlibCompressorConstructor }).CompressionStream;
}

/**
 * The default deflater: the standard CompressionStream where there is one (browsers and workers,
 * where it is native zlib: in Chromium about as fast as fflate at level 1, for level 6's size),
 * else fflate.
 */
export const defaultDeflater: Deflater = (bytes) => {
  const Compressor = nativeCompressor();
  return Compressor
    ? deflateWithStream(Compressor, bytes)
    : zlibSync(bytes, { level: DEFLATE_LEVEL });
};

async function deflateWithStream(
  Compressor: ZlibCompressorConstructor,
  bytes: Uint8Array,
): Promise<Uint8Array> {
  const stream = new Compressor('deflate');
  const writer = stream.writable.getWriter();
  // Failures surface through the reader; these promises only settle the writing side.
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) {
      chunks.push(value);
      length += value.length;
    }
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * FlateDecode streams of one PDF, deflated while the rest of the file is being made: `add`
 * hands out the stream's reference at once; `finish` waits until every stream is in place.
 */
export class FlateStreams {
  private readonly pending: Promise<void>[] = [];

  constructor(
    private readonly context: PDFContext,
    private readonly deflate: Deflater = defaultDeflater,
  ) {}

  /** Registers a stream of `contents` (text is written as UTF-8, i.e. ASCII here). */
  add(contents: string | Uint8Array, dict: Record<string, number> = {}): PDFRef {
    return this.addDeflated(
      this.deflate(typeof contents === 'string' ? strToU8(contents) : contents),
      dict,
    );
  }

  /** Registers a stream of bytes already deflated, or on their way (see pdf-fonts.ts). */
  addDeflated(
    compressed: Uint8Array | Promise<Uint8Array>,
    dict: Record<string, number> = {},
  ): PDFRef {
    const { context } = this;
    const ref = context.nextRef();
    const place = (bytes: Uint8Array): void => {
      const streamDict = context.obj({ ...dict, Filter: 'FlateDecode' });
      streamDict.set(PDFName.of('Length'), context.obj(bytes.length));
      context.assign(ref, PDFRawStream.of(streamDict, bytes));
    };
    if (compressed instanceof Uint8Array) {
      place(compressed);
      return ref;
    }
    const placed = compressed.then(place);
    // A failure is reported by finish(); until then it must not count as unhandled.
    placed.catch(() => undefined);
    this.pending.push(placed);
    return ref;
  }

  /** Resolves once every stream added so far is deflated and registered. */
  async finish(): Promise<void> {
    await Promise.all(this.pending);
  }
}
