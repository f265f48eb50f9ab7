/**
 * Crash safety: the renderer is killed, or the window closed, at random moments during a large
 * import; afterwards the library must hold only whole documents. Each round picks a different
 * moment (a seeded sequence, so a failure can be replayed).
 */
import { expect, test } from '../fixtures/app';
import { libraryProblems } from '../fixtures/library-integrity';

/** A text document large enough that importing a batch of them takes a few seconds. */
function bigText(n: number): Buffer {
  const paragraphs = Array.from(
    { length: 1500 },
    (_, i) =>
      `Paragraph ${i + 1} of statement ${n}: states should protect freedom of expression, privacy and peaceful assembly online, as offline.`,
  );
  return Buffer.from(`Statement ${n} on human rights online\n\n${paragraphs.join('\n\n')}\n`);
}

const FILES = Array.from({ length: 12 }, (_, n) => ({
  name: `statement-${n + 1}.txt`,
  mimeType: 'text/plain',
  buffer: bigText(n + 1),
}));
const ROUNDS = 6;

/** Milliseconds into the import at which each round strikes: spread from early to late. */
function strikeTimes(seed: number): number[] {
  let state = seed;
  return Array.from({ length: ROUNDS }, (_, i) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return 150 + i * 450 + (state % 300);
  });
}

test.describe.configure({ timeout: 240_000 });

test('killing the renderer mid-import never leaves half a document', async ({
  library,
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await library.open();
  let current = page;
  const completedCounts: number[] = [];
  for (const [round, delay] of strikeTimes(7).entries()) {
    const chooser = current.waitForEvent('filechooser');
    await current.getByRole('button', { name: 'Import documents' }).click();
    await (await chooser).setFiles(FILES);
    await current.waitForTimeout(delay);
    // chrome://crash kills the renderer process outright, as a crash would.
    await current.goto('chrome://crash').catch(() => undefined);
    await current.close().catch(() => undefined);

    current = await context.newPage();
    await current.goto('/');
    await current.getByRole('table', { name: 'Documents' }).getByRole('link').first().waitFor();
    const { problems, counts } = await libraryProblems(current);
    expect(problems, `round ${round + 1}, killed after ${delay} ms`).toEqual([]);
    completedCounts.push(counts.documents);
  }
  // The rounds did strike at different points: some imports had got further than others.
  expect(new Set(completedCounts).size).toBeGreaterThan(1);
  await current.close();
});

test('closing the window mid-import never leaves half a document', async ({
  library,
  page,
  context,
}) => {
  await library.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents' }).click();
  await (await chooser).setFiles(FILES);
  await page.waitForTimeout(900);
  await page.close({ runBeforeUnload: false });
  const next = await context.newPage();
  await next.goto('/');
  await next.getByRole('table', { name: 'Documents' }).getByRole('link').first().waitFor();
  expect((await libraryProblems(next)).problems).toEqual([]);
  await next.close();
});
