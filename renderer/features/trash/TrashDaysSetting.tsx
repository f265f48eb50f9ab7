/** The Settings field for how long the Trash keeps deleted things before they go for good. */
import { useId, useState } from 'react';
import { db } from '../../db/database';
import { MAX_TRASH_DAYS, MIN_TRASH_DAYS, setTrashDays } from '../../db/trash-repo';
import { useTrashDays } from './use-trash';

export function TrashDaysSetting() {
  const stored = useTrashDays();
  if (stored === undefined) return <p className="muted">Loading…</p>;
  return <TrashDaysField initial={stored} />;
}

/** Saves each valid value as the analyst types; an invalid one is named and not saved. */
function TrashDaysField({ initial }: { initial: number }) {
  const id = useId();
  const [text, setText] = useState(String(initial));
  const [error, setError] = useState<string | null>(null);

  const change = (value: string) => {
    setText(value);
    const days = Number(value);
    if (value.trim() === '' || !Number.isInteger(days)) {
      setError('Enter a whole number of days.');
      return;
    }
    setTrashDays(db, days).then(
      () => setError(null),
      (problem: unknown) => setError(problem instanceof Error ? problem.message : String(problem)),
    );
  };

  return (
    <div className="field settings-field">
      <label htmlFor={`${id}-days`} className="field-label">
        Keep deleted things in the Trash for (days)
      </label>
      <input
        id={`${id}-days`}
        type="number"
        inputMode="numeric"
        min={MIN_TRASH_DAYS}
        max={MAX_TRASH_DAYS}
        step={1}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => change(event.target.value)}
      />
      <p
        id={`${id}-hint`}
        className={error ? 'field-error' : 'muted field-hint'}
        role={error ? 'alert' : undefined}
      >
        {error ??
          'Documents, excerpts, rights and collections you delete can be restored from the Trash until then; after that they go for good when Rightsmark starts.'}
      </p>
    </div>
  );
}
