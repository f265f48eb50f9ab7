/**
 * Shown instead of the library when the database cannot be opened (a failed upgrade, a
 * damaged store). Nothing has been changed or deleted; the analyst can save a raw copy of
 * everything IndexedDB still holds before trying again.
 */
import { useState } from 'react';
import { DATABASE_NAME } from '../../db/database';
import { exportRawDatabase } from '../../db/raw-export';
import type { Platform } from '../../platform';
import { messageOf } from '../../ui/message-of';

export function RecoveryScreen({ error, platform }: { error: unknown; platform: Platform }) {
  const [status, setStatus] = useState('');
  const message = messageOf(error);

  const saveRawCopy = async () => {
    try {
      const rows = await exportRawDatabase(DATABASE_NAME);
      const bytes = new TextEncoder().encode(
        JSON.stringify({ format: 'rightsmark-raw-export', rows }),
      );
      const saved = await platform.saveFile({
        suggestedName: `rightsmark-raw-copy-${new Date().toISOString().slice(0, 10)}.json`,
        filters: [{ name: 'JSON', extensions: ['json'] }],
        bytes,
      });
      if (saved) setStatus(`Saved a raw copy as ${saved.name}.`);
    } catch (copyError) {
      setStatus(`The raw copy could not be made: ${messageOf(copyError)}`);
    }
  };

  return (
    <section className="fatal" role="alert" aria-labelledby="recovery-heading">
      <h1 id="recovery-heading">Rightsmark could not open your library</h1>
      <p>{message}</p>
      <p>
        Nothing was changed or deleted. Save a raw copy of what the library holds, then try again or
        restore a backup after updating Rightsmark.
      </p>
      <p className="recovery-actions">
        <button type="button" onClick={() => void saveRawCopy()}>
          Save a raw copy
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </p>
      <p role="status">{status}</p>
    </section>
  );
}
