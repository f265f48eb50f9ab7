/**
 * Import throughput through the app itself (file chooser, worker parsing, one transaction per
 * file): 1,000 generated text documents and a generated 300-page PDF. The baseline, in the same
 * run, is writing the very rows the import produced straight into IndexedDB in one transaction:
 * the floor any import could reach.
 */
import { expect, type Page } from '@playwright/test';
import { longPdf } from '../e2e/fixtures/import-files';
import { round1, type Benchmark } from './benchmark';

const TEXT_DOCUMENTS = 1000;
const PDF_PAGES = 300;

function textDocument(n: number): { name: string; mimeType: string; buffer: Buffer } {
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) =>
      `Paragraph ${i + 1} of statement ${n}. States should respect freedom of expression, privacy and peaceful assembly online as they do offline, and refrain from shutdowns.`,
  );
  return {
    name: `statement-${String(n).padStart(4, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Statement ${n} on rights online\n\n${paragraphs.join('\n\n')}\n`),
  };
}

/** Imports through the real button and waits until the library lists `expected` documents. */
async function importFiles(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
  expected: number,
): Promise<number> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents' }).click();
  const started = performance.now();
  await (await chooser).setFiles(files);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${expected.toLocaleString('en')} documents$`) }),
  ).toBeVisible({
    timeout: 240_000,
  });
  return performance.now() - started;
}

/** Reads every document and block row back, then times writing them raw in one transaction. */
async function rawWriteOfSameRows(page: Page): Promise<{ ms: number; rows: number }> {
  return page.evaluate(async () => {
    const open = (name: string, create: boolean) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        if (create) {
          request.onupgradeneeded = () => {
            request.result.createObjectStore('documents', { keyPath: 'id' });
            request.result.createObjectStore('blocks', { keyPath: ['docId', 'index'] });
          };
        }
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const source = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('rightsmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const get = source.transaction(store).objectStore(store).getAll();
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      });
    const [documents, blocks] = await Promise.all([all('documents'), all('blocks')]);
    source.close();
    const target = await open(`baseline-${Date.now()}`, true);
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = target.transaction(['documents', 'blocks'], 'readwrite', { durability: 'strict' });
      for (const row of documents) tx.objectStore('documents').put(row);
      for (const row of blocks) tx.objectStore('blocks').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - started;
    target.close();
    return { ms, rows: documents.length + blocks.length };
  });
}

export const benchmark: Benchmark = {
  id: 'import',
  title: `Import: ${TEXT_DOCUMENTS.toLocaleString('en')} text documents and a ${PDF_PAGES}-page PDF (Chromium)`,
  timeoutMs: 280_000,
  run: async ({ browser, signal, log }) => {
    const session = await browser();
    const texts = Array.from({ length: TEXT_DOCUMENTS }, (_, i) => textDocument(i + 1));
    const textBytes = texts.reduce((sum, f) => sum + f.buffer.length, 0);
    const pdf = Buffer.from(await longPdf(PDF_PAGES));

    const text = await session.withFreshProfile(signal, async (page) => {
      await page.goto('/');
      await page.getByRole('table', { name: 'Documents' }).getByRole('link').first().waitFor();
      log(`importing ${TEXT_DOCUMENTS} text documents…`);
      const ms = await importFiles(page, texts, TEXT_DOCUMENTS + 5);
      log('writing the same rows raw…');
      return { ms, baseline: await rawWriteOfSameRows(page) };
    });
    const pdfRun = await session.withFreshProfile(signal, async (page) => {
      await page.goto('/');
      await page.getByRole('table', { name: 'Documents' }).getByRole('link').first().waitFor();
      log(`importing a ${PDF_PAGES}-page PDF…`);
      return importFiles(
        page,
        [{ name: 'long-report.pdf', mimeType: 'application/pdf', buffer: pdf }],
        6,
      );
    });

    const seconds = text.ms / 1000;
    return {
      figures: [
        {
          label: 'raw IndexedDB write of the same rows (baseline)',
          value: round1(text.baseline.ms),
          unit: 'ms',
        },
        {
          label: `${TEXT_DOCUMENTS} text documents imported`,
          value: round1(text.ms),
          unit: 'ms',
          ratio: { value: text.ms / text.baseline.ms, against: 'raw write' },
        },
        {
          label: 'text import: documents per second',
          value: round1(TEXT_DOCUMENTS / seconds),
          unit: 'count',
        },
        {
          label: 'text import: MB per second',
          value: round1(textBytes / 1024 / 1024 / seconds),
          unit: 'count',
        },
        { label: 'rows written (documents + blocks)', value: text.baseline.rows, unit: 'count' },
        { label: `${PDF_PAGES}-page PDF imported`, value: round1(pdfRun), unit: 'ms' },
        {
          label: 'PDF import: MB per second',
          value: round1(pdf.length / 1024 / 1024 / (pdfRun / 1000)),
          unit: 'count',
        },
      ],
      details: { textBytes, pdfBytes: pdf.length },
    };
  },
};
