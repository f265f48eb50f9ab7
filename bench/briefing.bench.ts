/**
 * Briefing PDFs of 1,000 excerpts: our pdf-lib engine (subset fonts, outline, annotations)
 * against the alternative an Electron developer would pick, the same content as HTML printed
 * by Chromium's `page.pdf()`, in the same run: the same Noto faces (read from resources/fonts
 * through file: URLs, no system fallbacks), running heads, bookmarks and links (see
 * briefing-html.ts), tagged as the engine's are. Prints both times, the ratio, both sizes and page counts.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultFontDirectory } from '../cli/node-briefing-fonts';
import { sampleBriefingInput } from '../cli/sample-briefing';
import { round1, type Benchmark } from './benchmark';
import { briefingHtml } from './briefing-html';
import { runBriefingBenchmark } from './briefing-workload';

const COUNT = 1000;

export const benchmark: Benchmark = {
  id: 'briefing',
  title: 'Briefing PDF of 1,000 excerpts: pdf-lib engine vs Chromium page.pdf()',
  timeoutMs: 180_000,
  run: async ({ browser, signal, log, cacheDir }) => {
    log('building with the pdf-lib engine…');
    // One unmeasured run first: font loading and JIT warm-up are not what is compared.
    await runBriefingBenchmark({ count: 50 });
    const ours = await runBriefingBenchmark({ count: COUNT });
    // The live preview's case: the same briefing built again, its font subsets already made.
    const again = await runBriefingBenchmark({ count: COUNT });

    log('printing the same content with Chromium…');
    const fontDirectory = pathToFileURL(`${defaultFontDirectory()}/`);
    const page = briefingHtml(
      sampleBriefingInput({ now: new Date('2025-03-14T10:00:00Z'), count: COUNT }),
      (file) => new URL(file, fontDirectory).href,
    );
    // A file: page, so its file: fonts load as local files do in a desktop app.
    const htmlFile = join(cacheDir, 'briefing-baseline.html');
    await writeFile(htmlFile, page.html);
    const warmUpFile = join(cacheDir, 'briefing-warm-up.html');
    await writeFile(warmUpFile, page.html.replace(/<section[\s\S]*<\/section>/, ''));
    const session = await browser();
    const pdfOptions = {
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: page.headerTemplate,
      footerTemplate: page.footerTemplate,
      // The engine's page: 25 mm at the sides, 27 mm top and bottom (shared/briefing/page-geometry.ts).
      margin: { top: '27mm', bottom: '27mm', left: '25mm', right: '25mm' },
      outline: true,
      // The engine writes tagged PDFs (structure roles, artifacts): so does the baseline.
      tagged: true,
    } as const;
    const chromium = await session.withFreshProfile(signal, async (tab) => {
      // The warm-up prints the cover with the same faces: the first print's start-up cost is
      // not what is compared (the engine's run above is warmed up the same way).
      await tab.goto(pathToFileURL(warmUpFile).href, { waitUntil: 'load' });
      await tab.pdf(pdfOptions);
      const started = performance.now();
      await tab.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await tab.pdf(pdfOptions);
      const milliseconds = performance.now() - started;
      // Kept beside the HTML, to look at (pdftoppm) when the baseline is in doubt.
      await writeFile(join(cacheDir, 'briefing-baseline.pdf'), pdf);
      const families = await tab.evaluate(() =>
        [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
      );
      return { milliseconds, bytes: pdf.length, pages: pageCount(pdf), families };
    });
    log(`Chromium loaded ${[...new Set(chromium.families)].join(', ')}`);
    if (!chromium.families.some((family) => family.includes('Noto Serif'))) {
      throw new Error(
        'Chromium printed without the Noto faces: the baseline would not be like for like',
      );
    }

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
        {
          label: 'pdf-lib engine, the same briefing again',
          value: again.milliseconds,
          unit: 'ms',
          ratio: { value: again.milliseconds / chromium.milliseconds, against: 'Chromium' },
        },
        { label: 'Chromium PDF size', value: round1(chromium.bytes / 1024 / 1024), unit: 'MB' },
        {
          label: 'pdf-lib engine PDF size',
          value: round1(ours.bytes / 1024 / 1024),
          unit: 'MB',
          ratio: { value: ours.bytes / chromium.bytes, against: 'Chromium' },
        },
        { label: 'Chromium pages', value: chromium.pages, unit: 'count' },
        { label: 'pdf-lib engine pages', value: ours.pages, unit: 'count' },
        {
          label: 'pdf-lib engine, heap growth (peak)',
          value: round1(ours.peakHeapBytes / 1024 / 1024),
          unit: 'MB',
        },
      ],
      details: { excerpts: COUNT },
    };
  },
};

/** Pages of a PDF, counted from its page objects (enough for the PDFs both sides write). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}
