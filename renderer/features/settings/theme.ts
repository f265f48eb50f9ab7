/** Light and dark theme: the analyst's choice, stored in settings, applied to <html>. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Theme } from '../../../shared/model';
import { db } from '../../db/database';
import { getSetting, putSetting } from '../../db/settings-repo';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The theme actually shown: 'system' follows the operating system. */
export function resolveTheme(theme: Theme, systemPrefersDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemPrefersDark ? 'dark' : 'light') : theme;
}

export function applyTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

/** The current theme, kept applied to the page; undefined while the setting loads. */
export function useTheme(): { theme: 'light' | 'dark'; setTheme: (theme: Theme) => Promise<void> } {
  const stored = useLiveQuery(() => getSetting(db, 'theme'), []) ?? 'system';
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);
  useEffect(() => {
    const query = darkQuery();
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const theme = resolveTheme(stored, systemDark);
  useEffect(() => applyTheme(theme), [theme]);
  return { theme, setTheme: (next) => putSetting(db, 'theme', next) };
}

/** Applies the stored theme before the first render, so a dark library never flashes white. */
export async function applyStoredTheme(): Promise<void> {
  const stored = (await getSetting(db, 'theme')) ?? 'system';
  applyTheme(resolveTheme(stored, darkQuery().matches));
}
