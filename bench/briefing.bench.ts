/**
 * Briefing PDFs of 1,000 excerpts: our pdf-lib engine (subset fonts, outline, annotations)
 * against the alternative an Electron developer would pick, the same content as HTML printed
 * by Chromium's `page.pdf()`, in the same run. Prints both times, the ratio, and both sizes.
 */
import { sampleBriefingInput } from '../cli/sample-briefing';
import { round1, type Benchmark } from './benchmark';
import { briefingHtml } from './briefing-html';
import { runBriefingBenchmark } from './briefing-workload';

const COUNT = 1000;

export const benchmark: Benchmark = {
  id: 'briefing',
  title: 'Briefing PDF of 1,000 excerpts: pdf-lib engine vs Chromium page.pdf()',
  timeoutMs: 180_000,
  run: async ({ browser, signal, log }) => {
    log('building with the pdf-lib engine…');
    // One unmeasured run first: font loading and JIT warm-up are not what is compared.
    await runBriefingBenchmark({ count: 50 });
    const ours = await runBriefingBenchmark({ count: COUNT });

    log('printing the same content with Chromium…');
    const html = briefingHtml(
      sampleBriefingInput({ now: new Date('2025-03-14T10:00:00Z'), count: COUNT }),
    );
    const session = await browser();
    const chromium = await session.withFreshProfile(signal, async (page) => {
      await page.setContent('<p>warm-up</p>');
      await page.pdf({ format: 'A4' });
      const started = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      return { milliseconds: performance.now() - started, bytes: pdf.length };
    });

    return {
      figures: [
        {
          label: 'Chromium page.pdf() (baseline)',
          value: round1(chromium.milliseconds),
          unit: 'ms',
        },
        {
          label: 'pdf-lib engine',
          value: ours.milliseconds,
          unit: 'ms',
          ratio: { value: ours.milliseconds / chromium.milliseconds, against: 'Chromium' },
        },
        { label: 'pdf-lib engine, CPU time', value: ours.cpuMilliseconds, unit: 'ms' },
        { label: 'Chromium PDF size', value: round1(chromium.bytes / 1024 / 1024), unit: 'MB' },
        {
          label: 'pdf-lib engine PDF size',
          value: round1(ours.bytes / 1024 / 1024),
          unit: 'MB',
          ratio: { value: ours.bytes / chromium.bytes, against: 'Chromium' },
        },
      ],
      details: { excerpts: COUNT },
    };
  },
};
