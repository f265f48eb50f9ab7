/**
 * Settings: the analyst's name (recorded as the author of their passages), the theme, the
 * rights taxonomy, how long the Trash keeps things, and the library's safety (backups, restore, integrity check, storage).
 */
import { useId, useState } from 'react';
import type { Theme } from '../../../shared/model';
import { db } from '../../db/database';
import { putSetting } from '../../db/settings-repo';
import { LibrarySafety } from '../safety';
import { TrashDaysSetting } from '../trash';
import { RightsSettings } from './RightsSettings';
import { useAuthorName, useStoredTheme } from './use-settings';
import './settings.css';

export function SettingsView() {
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <header className="view-header">
        <h1 id="settings-heading">Settings</h1>
      </header>

      <section className="settings-section" aria-labelledby="settings-you">
        <h2 id="settings-you">You</h2>
        <AuthorNameSetting />
      </section>

      <section className="settings-section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">Appearance</h2>
        <ThemeSetting />
      </section>

      <section className="settings-section" aria-labelledby="settings-rights">
        <h2 id="settings-rights">Rights</h2>
        <p className="muted settings-intro">
          The rights you tag passages with, in the order the toolbar offers them. Archived rights
          keep their passages but are no longer offered for tagging.
        </p>
        <RightsSettings />
      </section>

      <section className="settings-section" aria-labelledby="settings-trash">
        <h2 id="settings-trash">Trash</h2>
        <TrashDaysSetting />
      </section>

      <LibrarySafety />
    </section>
  );
}

function AuthorNameSetting() {
  const stored = useAuthorName();
  if (stored === undefined) return <p className="muted">Loading…</p>;
  return <AuthorNameField initial={stored} />;
}

/** Saves as the analyst types: there is no separate "Save" to forget. */
function AuthorNameField({ initial }: { initial: string }) {
  const id = useId();
  const [name, setName] = useState(initial);
  return (
    <div className="field settings-field">
      <label htmlFor={`${id}-name`} className="field-label">
        Your name
      </label>
      <input
        id={`${id}-name`}
        type="text"
        value={name}
        autoComplete="name"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setName(event.target.value);
          void putSetting(db, 'author-name', event.target.value.trim());
        }}
      />
      <p id={`${id}-hint`} className="muted field-hint">
        Recorded as the author of the passages you mark.
      </p>
    </div>
  );
}

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

function ThemeSetting() {
  const id = useId();
  const stored = useStoredTheme();
  // A choice shows at once, until the stored setting it was made over changes (the write landed,
  // or the header's theme button changed it).
  const [pending, setPending] = useState<{ theme: Theme; over: Theme | undefined } | null>(null);
  const current = pending && pending.over === stored ? pending.theme : stored;
  const choose = (theme: Theme) => {
    setPending({ theme, over: stored });
    void putSetting(db, 'theme', theme);
  };
  return (
    <fieldset className="settings-theme">
      <legend className="field-label">Theme</legend>
      {THEMES.map((theme) => (
        <label key={theme.value} className="theme-option">
          <input
            type="radio"
            name={`${id}-theme`}
            value={theme.value}
            checked={current === theme.value}
            disabled={current === undefined}
            onChange={() => choose(theme.value)}
          />
          {theme.label}
        </label>
      ))}
      <p className="muted field-hint">System follows your computer’s light or dark setting.</p>
    </fieldset>
  );
}
