/**
 * The import as the library view uses it: pick files through the platform (or take dropped
 * ones), run the pipeline with the import worker, keep each file's state for the progress list,
 * hold the pending "new version?" question, cancel, and announce the outcome.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { IMPORT_EXTENSIONS } from '../../../shared/import';
import { usePlatform } from '../../app/platform-context';
import { refusedFilesMessage } from '../../platform/platform';
import { db } from '../../db/database';
import { useToast } from '../../ui/toast';
import { createWorkerParser, type WorkerParser } from '../../workers/import-worker-client';
import { beginImport } from './import-activity';
import { batchSummary } from './import-messages';
import {
  runImport,
  type FileState,
  type ImportInput,
  type VersionChoice,
  type VersionQuestion,
} from './import-pipeline';

/** One file in the progress list. */
export interface ImportEntry {
  readonly name: string;
  readonly size: number;
  readonly state: FileState;
}

export interface ImportController {
  readonly entries: readonly ImportEntry[];
  readonly running: boolean;
  readonly question: VersionQuestion | null;
  answer(choice: VersionChoice): void;
  pickFiles(): Promise<void>;
  importFiles(files: readonly File[]): void;
  /** Files may come soon (dragged over the library): loads the parser meanwhile. */
  prepare(): void;
  cancel(): void;
  dismiss(): void;
}

/** The chooser's filters: every supported type at once, then each format. */
const FILTERS = [
  { name: 'Documents', extensions: Object.values(IMPORT_EXTENSIONS).flat() },
  { name: 'PDF', extensions: IMPORT_EXTENSIONS.pdf },
  { name: 'Word', extensions: IMPORT_EXTENSIONS.docx },
  { name: 'Web pages', extensions: IMPORT_EXTENSIONS.html },
  {
    name: 'Text and Markdown',
    extensions: [...IMPORT_EXTENSIONS.text, ...IMPORT_EXTENSIONS.markdown],
  },
];

/**
 * How often the progress list takes in the states reported meanwhile. A batch of a thousand
 * small files reports several thousand states within seconds; rendering the list for each one
 * cost more than the import itself (measured: most of the main thread), and no one reads
 * faster than this.
 */
const STATE_FLUSH_MS = 100;

/** A dropped file as an import input, handed to the parser unread. */
function droppedInput(file: File): ImportInput {
  return {
    name: file.name,
    size: file.size,
    blob: file,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

export function useImport(): ImportController {
  const platform = usePlatform();
  const toast = useToast();
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [running, setRunning] = useState(false);
  const [question, setQuestion] = useState<VersionQuestion | null>(null);
  const answerRef = useRef<((choice: VersionChoice) => void) | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const parserRef = useRef<WorkerParser | null>(null);
  // States reported since the list was last rendered, by file index (the latest wins).
  const pendingRef = useRef(new Map<number, FileState>());
  const flushTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flushStates = useCallback(() => {
    if (flushTimerRef.current !== null) clearTimeout(flushTimerRef.current);
    flushTimerRef.current = null;
    const pending = pendingRef.current;
    if (pending.size === 0) return;
    pendingRef.current = new Map();
    setEntries((list) => {
      const next = [...list];
      for (const [index, state] of pending) {
        const entry = next[index];
        if (entry) next[index] = { ...entry, state };
      }
      return next;
    });
  }, []);

  const reportState = useCallback(
    (index: number, state: FileState) => {
      pendingRef.current.set(index, state);
      flushTimerRef.current ??= setTimeout(flushStates, STATE_FLUSH_MS);
    },
    [flushStates],
  );

  useEffect(
    () => () => {
      if (flushTimerRef.current !== null) clearTimeout(flushTimerRef.current);
      abortRef.current?.abort();
      parserRef.current?.dispose();
      parserRef.current = null;
    },
    [],
  );

  // The parser's worker loads while the analyst chooses files (or drags them over), not after.
  const prepare = useCallback(() => {
    parserRef.current ??= createWorkerParser();
    parserRef.current.warm();
  }, []);

  const start = useCallback(
    (inputs: readonly ImportInput[]) => {
      if (inputs.length === 0 || abortRef.current) return;
      const controller = new AbortController();
      abortRef.current = controller;
      parserRef.current ??= createWorkerParser();
      const parser = parserRef.current;
      setRunning(true);
      const endActivity = beginImport();
      setEntries(inputs.map((i) => ({ name: i.name, size: i.size, state: { status: 'waiting' } })));
      void runImport(inputs, {
        db,
        parse: parser.parse,
        signal: controller.signal,
        onState: reportState,
        chooseVersion: (q) =>
          new Promise<VersionChoice>((resolve) => {
            // The file asking is shown as asking, with the question.
            flushStates();
            answerRef.current = resolve;
            setQuestion(q);
          }),
      })
        .then((results) => {
          const failed = results.some((r) => r.status === 'failed');
          const summary = batchSummary(results);
          toast.show({ message: summary, tone: failed ? 'error' : 'info' });
          // Shown by the desktop app only when the analyst is in another window meanwhile.
          void platform.notify({ title: 'Import finished', body: summary }).catch(() => false);
        })
        .finally(() => {
          // Every file's final state is in the list before the batch shows as finished.
          flushStates();
          endActivity();
          abortRef.current = null;
          setRunning(false);
          setQuestion(null);
        });
    },
    [toast, platform, reportState, flushStates],
  );

  const answer = useCallback((choice: VersionChoice) => {
    const resolve = answerRef.current;
    answerRef.current = null;
    setQuestion(null);
    resolve?.(choice);
  }, []);

  const cancel = useCallback(() => {
    abortRef.current?.abort();
    // A pending question has no answer any more: the file is not imported.
    answer('skip');
  }, [answer]);

  const pickFiles = useCallback(async () => {
    prepare();
    // Chosen files are read when their turn comes (in the browser, by the parser's worker).
    const { files: picked, refused } = await platform.chooseFiles({
      title: 'Import documents',
      filters: FILTERS,
      multiple: true,
    });
    // Refused files are named at once; the others are imported all the same.
    if (refused.length > 0) toast.show({ message: refusedFilesMessage(refused), tone: 'error' });
    if (picked.length === 0) return;
    start(picked);
  }, [platform, start, toast, prepare]);

  const importFiles = useCallback(
    (files: readonly File[]) => start(files.map(droppedInput)),
    [start],
  );

  const dismiss = useCallback(() => setEntries([]), []);

  return {
    entries,
    running,
    question,
    answer,
    pickFiles,
    importFiles,
    prepare,
    cancel,
    dismiss,
  };
}
