/** What the import says about each file and about the batch, in the analyst's words. */
import { plural } from '../../ui/plural';
import type { FileState, FinalState } from './import-pipeline';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/** One file's state as a short sentence ("Reading… 40%", "not a PDF"). */
export function stateMessage(state: FileState): string {
  switch (state.status) {
    case 'waiting':
      return 'Waiting';
    case 'reading':
      return state.fraction === null ? 'Reading…' : `Reading… ${percent.format(state.fraction)}`;
    case 'asking':
      return 'Waiting for your answer';
    case 'saving':
      return 'Saving';
    case 'imported':
      return `Imported as “${state.document.title}”`;
    case 'replaced': {
      const { exact, moved, fuzzy, orphaned } = state.report;
      const kept = exact + moved + fuzzy;
      const annotations =
        kept + orphaned === 0
          ? ''
          : `: ${plural(kept, 'annotation', 'annotations')} kept${orphaned ? `, ${orphaned} not found (kept as orphans)` : ''}`;
      return `Replaced “${state.document.title}” with version ${state.document.version}${annotations}`;
    }
    case 'duplicate':
      return state.pagesKept
        ? `Already in the library as “${state.existing.title}”; its original pages can now be shown`
        : `Already in the library as “${state.existing.title}”`;
    case 'skipped':
      return 'Skipped';
    case 'failed':
      return state.error.message;
    case 'cancelled':
      return 'Cancelled';
  }
}

/** Whether a state is final (the file is done one way or another). */
export function isFinal(state: FileState): state is FinalState {
  return !['waiting', 'reading', 'asking', 'saving'].includes(state.status);
}

/** The batch in one sentence, for the toast at the end. */
export function batchSummary(states: readonly FinalState[]): string {
  const count = (status: FinalState['status']) => states.filter((s) => s.status === status).length;
  const parts = [
    count('imported') > 0 && `Imported ${plural(count('imported'), 'document', 'documents')}`,
    count('replaced') > 0 && `replaced ${plural(count('replaced'), 'document', 'documents')}`,
    count('duplicate') > 0 && `${count('duplicate')} already in the library`,
    count('failed') > 0 && `${count('failed')} could not be imported`,
    count('skipped') > 0 && `${count('skipped')} skipped`,
    count('cancelled') > 0 && `${count('cancelled')} cancelled`,
  ].filter((p): p is string => typeof p === 'string');
  if (parts.length === 0) return 'Nothing to import';
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
