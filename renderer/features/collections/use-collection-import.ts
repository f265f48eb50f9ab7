/**
 * The import flow as a small state machine: pick a file, read and check it, plan the merge
 * against the library and show a preview; nothing is written until the analyst imports. Rights
 * the library lacks are mapped or created; a mapping re-plans, so the preview shows what the
 * import will really do.
 */
import { useCallback, useState } from 'react';
import {
  ExchangeError,
  matchRight,
  parseCollectionFile,
  planMerge,
  type LibrarySnapshot,
  type MatchableRight,
  type MergePlan,
  type ParsedExchange,
  type RightMatch,
  type RightChoice,
  type UnknownRight,
} from '../../../shared/exchange';
import {
  applyMergePlan,
  loadLibrarySnapshot,
  prepareCarriedDocuments,
  type ImportResult,
} from '../../db/collection-import';
import { db } from '../../db/database';
import { listRights } from '../../db/rights-repo';
import { LibraryError } from '../../db/library-error';
import { messageOf } from '../../ui/message-of';
import { usePlatform } from '../../app/platform-context';
import { refusedFilesMessage, type PickedFile } from '../../platform/platform';
import { IMPORT_FILTERS } from './import-filters';
import { readCollectionFile } from './read-collection-file';

/** A planned import awaiting the analyst's go-ahead. */
export interface ImportPreviewState {
  readonly parsed: ParsedExchange;
  readonly snapshot: LibrarySnapshot;
  /** The rights the file names that the library lacks, before any mapping. */
  readonly unknownRights: readonly UnknownRight[];
  readonly rightChoices: ReadonlyMap<string, RightChoice>;
  /** The library's right each unknown right was matched to by `matchRight`, by key. */
  readonly rightMatches: ReadonlyMap<string, RightMatch>;
  /** The plan with the analyst's mappings applied: what Import will do. */
  readonly plan: MergePlan;
}

export type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading' }
  | { readonly step: 'failed'; readonly message: string }
  | ({ readonly step: 'preview' } & ImportPreviewState)
  | ({ readonly step: 'applying' } & ImportPreviewState);

/** The plan with mapped rights treated as names the library has. */
function planWithChoices(
  parsed: ParsedExchange,
  snapshot: LibrarySnapshot,
  unknownRights: readonly UnknownRight[],
  choices: ReadonlyMap<string, RightChoice>,
): MergePlan {
  const aliases = unknownRights.flatMap((right) => {
    const choice = choices.get(right.key);
    return choice?.kind === 'existing' ? [{ id: choice.rightId, name: right.name }] : [];
  });
  return aliases.length === 0
    ? planMerge(parsed, snapshot)
    : planMerge(parsed, { ...snapshot, rights: [...snapshot.rights, ...aliases] });
}

/**
 * The library's right each unknown right names by the tag rule (`matchRight`: folded names,
 * aliases, UN-language names, near spellings); these are the preview's defaults, which the
 * analyst can change to another right or to "Create this right".
 */
export function matchUnknownRights(
  unknownRights: readonly UnknownRight[],
  rights: readonly MatchableRight[],
): Map<string, RightMatch> {
  const matches = new Map<string, RightMatch>();
  for (const right of unknownRights) {
    const match = matchRight(right.name, rights);
    if (match !== null) matches.set(right.key, match);
  }
  return matches;
}

/** A refusal's message for the analyst; anything unexpected is reported as it is. */
function importFailure(error: unknown): string {
  if (error instanceof ExchangeError || error instanceof LibraryError) return messageOf(error);
  return `The import failed and nothing was changed: ${messageOf(error)}`;
}

export function useCollectionImport(onImported: (result: ImportResult, plan: MergePlan) => void) {
  const platform = usePlatform();
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  /** Reads, checks and plans one file: the preview, or the reason it was refused. */
  const open = useCallback(async (file: PickedFile) => {
    setState({ step: 'reading' });
    try {
      const { text, fileName } = await readCollectionFile(file);
      const parsed = parseCollectionFile(text, fileName);
      const snapshot = await loadLibrarySnapshot(db);
      const plan = planMerge(parsed, snapshot);
      // Check every carried text now, so a changed file is refused before the preview.
      await prepareCarriedDocuments(plan);
      const rightMatches = matchUnknownRights(plan.unknownRights, await listRights(db));
      const rightChoices = new Map<string, RightChoice>(
        [...rightMatches].map(([key, match]) => [
          key,
          { kind: 'existing', rightId: match.rightId },
        ]),
      );
      setState({
        step: 'preview',
        parsed,
        snapshot,
        unknownRights: plan.unknownRights,
        rightChoices,
        rightMatches,
        plan: planWithChoices(parsed, snapshot, plan.unknownRights, rightChoices),
      });
    } catch (error) {
      setState({ step: 'failed', message: importFailure(error) });
    }
  }, []);

  const start = useCallback(async () => {
    const { files, refused } = await platform.openFiles({
      title: 'Import collection',
      filters: IMPORT_FILTERS,
      multiple: false,
    });
    const [file] = files;
    if (file) await open(file);
    else if (refused.length > 0) {
      setState({ step: 'failed', message: refusedFilesMessage(refused) });
    }
  }, [platform, open]);

  const chooseRight = useCallback((key: string, choice: RightChoice) => {
    setState((current) => {
      if (current.step !== 'preview') return current;
      const rightChoices = new Map(current.rightChoices).set(key, choice);
      return {
        ...current,
        rightChoices,
        plan: planWithChoices(
          current.parsed,
          current.snapshot,
          current.unknownRights,
          rightChoices,
        ),
      };
    });
  }, []);

  const apply = useCallback(async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'applying' });
    try {
      const result = await applyMergePlan(db, state.plan, state.rightChoices);
      setState({ step: 'idle' });
      onImported(result, state.plan);
    } catch (error) {
      setState({ step: 'failed', message: importFailure(error) });
    }
  }, [state, onImported]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);

  return { state, start, open, chooseRight, apply, reset };
}
