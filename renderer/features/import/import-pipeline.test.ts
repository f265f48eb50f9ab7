/**
 * The import pipeline against a fresh fake IndexedDB per test: duplicates, new versions with
 * annotations re-anchored, one bad file among good ones, cancelling mid-batch, and row counts
 * before and after each.
 */
import 'fake-indexeddb/auto';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { briefDocx, buildPdf, reportPdf } from '../../../e2e/fixtures/import-files';
import { describeRange } from '../../../shared/anchoring';
import { importFile, ImportError } from '../../../shared/import';
import { documentText } from '../../../shared/model';
import { addAnnotation } from '../../db/annotations-repo';
import type { RightsmarkDatabase } from '../../db/database';
import { getBlocks } from '../../db/documents-repo';
import { createTestDatabase, createTestEnvironment } from '../../db/test-support';
import type { ParseFile } from '../../workers/import-worker-client';
import {
  runImport,
  type FileState,
  type ImportInput,
  type VersionChoice,
  type VersionQuestion,
} from './import-pipeline';

/** Files the parser was handed unread (as Blobs), by name. */
let handedUnread: string[] = [];

/**
 * Parses in-process, as the worker would (reading a file handed over unread), honouring
 * cancellation between files.
 */
const parse: ParseFile = async (file, options) => {
  if (options?.signal?.aborted) throw new ImportError('cancelled', 'cancelled');
  options?.onStart?.();
  if ('blob' in file) handedUnread.push(file.name);
  const bytes = 'bytes' in file ? file.bytes : new Uint8Array(await file.blob.arrayBuffer());
  return importFile(
    { name: file.name, bytes },
    {
      pdfjs,
      ...(options?.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
};

const input = (name: string, bytes: Uint8Array): ImportInput => ({
  name,
  size: bytes.length,
  read: async () => bytes,
});
const text = (name: string, body: string) => input(name, new TextEncoder().encode(body));

async function counts(db: RightsmarkDatabase) {
  return {
    documents: await db.documents.count(),
    blocks: await db.blocks.count(),
    annotations: await db.annotations.count(),
  };
}

describe('runImport', () => {
  let db: RightsmarkDatabase;
  let env: ReturnType<typeof createTestEnvironment>;
  const never = async (): Promise<VersionChoice> => {
    throw new Error('no version question expected');
  };

  beforeEach(() => {
    handedUnread = [];
    db = createTestDatabase();
    env = createTestEnvironment('doc');
  });

  it('imports every format of a batch, each with its blocks, reporting states in order', async () => {
    const states: [number, FileState['status']][] = [];
    const results = await runImport(
      [
        input('report.pdf', await reportPdf()),
        input('brief.docx', briefDocx()),
        text('notes.md', '# Notes\n\nOne paragraph.'),
        text('page.html', '<title>Page</title><p>Hello</p>'),
      ],
      { db, parse, env, chooseVersion: never, onState: (i, s) => states.push([i, s.status]) },
    );
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
    const blockCount = results.reduce(
      (sum, r) => sum + (r.status === 'imported' ? r.document.blockCount : 0),
      0,
    );
    expect(await counts(db)).toEqual({ documents: 4, blocks: blockCount, annotations: 0 });
    const firstResult = results[0];
    const pdf = firstResult?.status === 'imported' ? firstResult.document : null;
    expect(pdf).toMatchObject({
      title: 'Digital Rights in Practice',
      format: 'pdf',
      sourceName: 'report.pdf',
    });
    expect((await getBlocks(db, pdf!.id)).map((b) => b.page)).toEqual([
      1, 1, 1, 1, 2, 2, 2, 2, 3, 3,
    ]);
    expect(states.filter(([i]) => i === 0).map(([, s]) => s)).toEqual([
      'reading',
      'reading',
      'reading',
      'reading',
      'saving',
      'imported',
    ]);
  });

  it('keeps an imported PDF’s file for its pages, and a re-import with changes replaces it', async () => {
    const first = await reportPdf();
    const [result] = await runImport(
      [input('report.pdf', first), input('brief.docx', briefDocx())],
      { db, parse, env, chooseVersion: never },
    );
    const docId = result?.status === 'imported' ? result.document.id : '';
    // Only the PDF has pages to show; the DOCX keeps no file.
    expect(await db.originals.toCollection().primaryKeys()).toEqual([docId]);
    expect([...(await db.originals.get(docId))!.bytes]).toEqual([...first]);

    // A PDF imported before files were kept gets its pages when it is imported again.
    await db.originals.clear();
    const [again] = await runImport([input('report.pdf', first)], {
      db,
      parse,
      env,
      chooseVersion: never,
    });
    expect(again).toMatchObject({ status: 'duplicate', pagesKept: true });
    expect([...(await db.originals.get(docId))!.bytes]).toEqual([...first]);

    const changed = await buildPdf({
      pages: [[{ text: 'A revised report with other words entirely.', y: 700 }]],
    });
    const [replaced] = await runImport([input('report.pdf', changed)], {
      db,
      parse,
      env,
      chooseVersion: async () => 'replace',
    });
    expect(replaced?.status).toBe('replaced');
    const stored = (await db.originals.get(docId))!;
    expect([...stored.bytes]).toEqual([...changed]);
    expect(stored.contentHash).toBe((await db.documents.get(docId))?.contentHash);
  });

  it('hands a file that is there to read (a browser File) to the parser unread, and reads only a PDF itself, to keep it', async () => {
    const pdf = await reportPdf();
    const reads: string[] = [];
    const unread = (name: string, bytes: Uint8Array): ImportInput => ({
      name,
      size: bytes.length,
      blob: new Blob([bytes.slice()]),
      read: async () => {
        reads.push(name);
        return bytes;
      },
    });
    const results = await runImport(
      [unread('note.txt', new TextEncoder().encode('A short note.')), unread('report.pdf', pdf)],
      { db, parse, env, chooseVersion: never },
    );
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
    expect(handedUnread).toEqual(['note.txt', 'report.pdf']);
    expect(reads).toEqual(['report.pdf']);
    const pdfId = results[1]?.status === 'imported' ? results[1].document.id : '';
    expect([...(await db.originals.get(pdfId))!.bytes]).toEqual([...pdf]);
  });

  it('says a re-import is already there and adds no row', async () => {
    await runImport([text('a.txt', 'Same content.')], { db, parse, env, chooseVersion: never });
    const before = await counts(db);
    const results = await runImport([text('copy.txt', 'Same content.')], {
      db,
      parse,
      env,
      chooseVersion: never,
    });
    expect(results[0]?.status).toBe('duplicate');
    expect(await counts(db)).toEqual(before);
  });

  it('replaces a changed version when asked, re-anchoring annotations and keeping orphans', async () => {
    const [first] = await runImport([input('brief.docx', briefDocx())], {
      db,
      parse,
      env,
      chooseVersion: never,
    });
    const docId = first?.status === 'imported' ? first.document.id : '';
    const blocks = await getBlocks(db, docId);
    const plain = documentText(blocks);
    for (const exact of ['Strong encryption protects', 'Do not mandate backdoors']) {
      const start = plain.indexOf(exact);
      const { quote, position } = describeRange(plain, start, start + exact.length);
      await addAnnotation(
        db,
        {
          docId,
          blockIndex: 0,
          quote,
          position,
          rightIds: ['right:privacy'],
          note: '',
          author: 'A',
        },
        env,
      );
    }
    const before = await counts(db);

    const questions: VersionQuestion[] = [];
    const changed = briefDocx({
      recommendation: 'Support end-to-end encryption by default.',
      extra: 'A new closing paragraph.',
    });
    const results = await runImport([input('brief.docx', changed)], {
      db,
      parse,
      env,
      chooseVersion: async (q) => {
        questions.push(q);
        return 'replace';
      },
    });
    expect(questions.map((q) => q.candidate.id)).toEqual([docId]);
    expect(results[0]).toMatchObject({
      status: 'replaced',
      report: { exact: 1, moved: 0, fuzzy: 0, orphaned: 1 },
    });
    expect(await counts(db)).toEqual({ ...before, blocks: before.blocks + 1 });
    const doc = await db.documents.get(docId);
    expect(doc?.version).toBe(2);
    expect((await getBlocks(db, docId)).map((b) => b.text)).toContain('A new closing paragraph.');
    expect((await db.annotations.toArray()).map((a) => a.status).sort()).toEqual([
      'anchored',
      'orphaned',
    ]);
  });

  it('within one batch, a later copy is a duplicate and a same-named file asks about a version of the earlier one', async () => {
    const questions: VersionQuestion[] = [];
    const results = await runImport(
      [
        text('first.txt', 'The first statement.'),
        text('other.txt', 'An unrelated note.'),
        text('copy.txt', 'The first statement.'),
        text('first.txt', 'The first statement, revised.'),
      ],
      {
        db,
        parse,
        env,
        chooseVersion: async (question) => {
          questions.push(question);
          return 'skip';
        },
      },
    );
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'duplicate', 'skipped']);
    const first = results[0]?.status === 'imported' ? results[0].document : undefined;
    expect(results[2]?.status === 'duplicate' && results[2].existing.id).toBe(first?.id);
    expect(questions.map((q) => [q.fileName, q.candidate.id])).toEqual([['first.txt', first?.id]]);
    expect(await db.documents.count()).toBe(2);
  });

  it('adds a changed version as a separate document, or skips it, as the analyst chooses', async () => {
    await runImport([text('statement.txt', 'Version one of the statement.')], {
      db,
      parse,
      env,
      chooseVersion: never,
    });
    const separate = await runImport([text('statement.txt', 'Version two of the statement.')], {
      db,
      parse,
      env,
      chooseVersion: async () => 'separate',
    });
    expect(separate[0]?.status).toBe('imported');
    expect(await db.documents.count()).toBe(2);
    const skipped = await runImport([text('statement.txt', 'Version three.')], {
      db,
      parse,
      env,
      chooseVersion: async () => 'skip',
    });
    expect(skipped[0]?.status).toBe('skipped');
    expect(await db.documents.count()).toBe(2);
  });

  it('fails a bad file alone, naming the problem, and imports the rest', async () => {
    const results = await runImport(
      [
        text('good-one.txt', 'First good file.'),
        text('fake.pdf', 'not a pdf at all'),
        input('empty.md', new Uint8Array()),
        {
          name: 'huge.pdf',
          size: 2.1 * 1024 ** 3,
          read: () => Promise.reject(new Error('never read')),
        },
        text('good-two.txt', 'Second good file.'),
      ],
      { db, parse, env, chooseVersion: never },
    );
    expect(results.map((r) => (r.status === 'failed' ? r.error.message : r.status))).toEqual([
      'imported',
      'not a PDF',
      'empty file',
      'too large: 2.1 GB, the limit is 200 MB',
      'imported',
    ]);
    expect(await db.documents.count()).toBe(2);
  });

  it('a failing write rolls back its file only', async () => {
    const failing = createTestDatabase();
    await runImport([text('one.txt', 'One.')], { db: failing, parse, env, chooseVersion: never });
    // Break the blocks table for the next write: the document row must not stay behind alone.
    failing.blocks.bulkAdd = (() =>
      Promise.reject(new Error('QuotaExceededError'))) as unknown as typeof failing.blocks.bulkAdd;
    const results = await runImport([text('two.txt', 'Two.')], {
      db: failing,
      parse,
      env,
      chooseVersion: never,
    });
    expect(results[0]).toMatchObject({ status: 'failed' });
    expect(await failing.documents.count()).toBe(1);
    expect(await failing.blocks.count()).toBe(1);
  });

  it('hands the next files to the parser while this one is checked and saved, a bounded number at once', async () => {
    const events: string[] = [];
    let parsing = 0;
    let mostAtOnce = 0;
    const tracked: ParseFile = async (file, options) => {
      parsing += 1;
      mostAtOnce = Math.max(mostAtOnce, parsing);
      events.push(`parse ${file.name}`);
      try {
        return await parse(file, options);
      } finally {
        parsing -= 1;
      }
    };
    const files = Array.from({ length: 40 }, (_, n) => text(`${n + 1}.txt`, `File ${n + 1}.`));
    const results = await runImport(files, {
      db,
      parse: tracked,
      env,
      chooseVersion: never,
      onState: (index, state) => {
        if (state.status === 'saving') events.push(`saving ${index + 1}.txt`);
      },
    });
    expect(results.every((r) => r.status === 'imported')).toBe(true);
    // Several files wait in the parser at once, never more than the file checked and 16 ahead.
    expect(mostAtOnce).toBeGreaterThan(1);
    expect(mostAtOnce).toBeLessThanOrEqual(17);
    // The second file's parse has begun before the first is queued for saving.
    expect(events.indexOf('parse 2.txt')).toBeLessThan(events.indexOf('saving 1.txt'));
    expect(await counts(db)).toEqual({ documents: 40, blocks: 40, annotations: 0 });
  });

  it('hands large files to the parser one ahead only', async () => {
    let parsing = 0;
    let mostAtOnce = 0;
    const tracked: ParseFile = async (file, options) => {
      parsing += 1;
      mostAtOnce = Math.max(mostAtOnce, parsing);
      try {
        return await parse(file, options);
      } finally {
        parsing -= 1;
      }
    };
    // Files of 5 MB each (as their size says; their bytes stay small for the test).
    const large = Array.from({ length: 6 }, (_, n) => ({
      ...text(`${n + 1}.txt`, `Large file ${n + 1}.`),
      size: 5 * 1024 * 1024,
    }));
    const results = await runImport(large, { db, parse: tracked, env, chooseVersion: never });
    expect(results.every((r) => r.status === 'imported')).toBe(true);
    expect(mostAtOnce).toBe(2);
  });

  it('cancelling keeps the files already parsed and queued, and writes nothing more', async () => {
    const controller = new AbortController();
    const results = await runImport(
      [text('1.txt', 'File one.'), text('2.txt', 'File two.'), text('3.txt', 'File three.')],
      {
        db,
        parse,
        env,
        chooseVersion: never,
        signal: controller.signal,
        onState: (index, state) => {
          if (index === 1 && state.status === 'saving') controller.abort();
        },
      },
    );
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'cancelled']);
    expect(await counts(db)).toEqual({ documents: 2, blocks: 2, annotations: 0 });
  });

  it('a cancel while files are being read leaves each file whole or absent', async () => {
    const controller = new AbortController();
    const files = Array.from({ length: 6 }, (_, n) => text(`${n + 1}.txt`, `File ${n + 1}.`));
    const results = await runImport(files, {
      db,
      parse,
      env,
      chooseVersion: never,
      signal: controller.signal,
      onState: (index, state) => {
        if (index === 2 && state.status === 'reading') controller.abort();
      },
    });
    expect(results.every((r) => r.status === 'imported' || r.status === 'cancelled')).toBe(true);
    expect(results.slice(2).every((r) => r.status === 'cancelled')).toBe(true);
    const imported = results.filter((r) => r.status === 'imported').length;
    expect(await counts(db)).toEqual({ documents: imported, blocks: imported, annotations: 0 });
  });
});
