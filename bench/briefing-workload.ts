/**
 * The briefing benchmark for `npm run bench`: builds a briefing of `count` excerpts (the sample
 * collection repeated) and reports how long it took and how large the PDF is.
 */
import { PDFDocument } from 'pdf-lib';
import { buildBriefing } from '../shared/briefing/build-briefing';
import { loadBriefingFonts } from '../cli/node-briefing-fonts';
import { nodeDeflate } from '../cli/node-deflate';
import { sampleBriefingInput } from '../cli/sample-briefing';

export interface BriefingBenchmarkResult {
  readonly count: number;
  /** Wall-clock milliseconds for buildBriefing (fonts already read from disk). */
  readonly milliseconds: number;
  /** CPU milliseconds of this process over the same span (wall time suffers on a busy machine). */
  readonly cpuMilliseconds: number;
  readonly bytes: number;
  readonly pages: number;
  /** The most the heap grew above where it started while building, sampled every 20 ms. */
  readonly peakHeapBytes: number;
}

/** Builds one briefing of `count` excerpts (default 1,000) and measures it. */
export async function runBriefingBenchmark({
  now = new Date('2025-03-14T10:00:00Z'),
  count = 1000,
}: { now?: Date; count?: number } = {}): Promise<BriefingBenchmarkResult> {
  const fonts = await loadBriefingFonts();
  const input = sampleBriefingInput({ now, count });
  const heapAtStart = process.memoryUsage().heapUsed;
  let peakHeap = heapAtStart;
  const sample = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 20);
  const cpu = process.cpuUsage();
  const started = performance.now();
  // Built as the CLI builds it, with Node's zlib.
  const pdf = await buildBriefing(input, fonts, { deflate: nodeDeflate });
  const milliseconds = performance.now() - started;
  const used = process.cpuUsage(cpu);
  clearInterval(sample);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
  return {
    count,
    milliseconds: Math.round(milliseconds),
    cpuMilliseconds: Math.round((used.user + used.system) / 1000),
    bytes: pdf.length,
    pages,
    peakHeapBytes: peakHeap - heapAtStart,
  };
}
