/** Live reads for the settings view: the analyst's name, the stored theme, rights with usage. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Right, Theme } from '../../../shared/model';
import { db } from '../../db/database';
import { listRights, rightUsageCounts, type RightUsage } from '../../db/rights-repo';
import { getSetting } from '../../db/settings-repo';

/** The stored author name ('' when never set); undefined while loading. */
export function useAuthorName(): string | undefined {
  return useLiveQuery(async () => (await getSetting(db, 'author-name')) ?? '', []);
}

/** The theme as chosen (light, dark or system); undefined while loading. */
export function useStoredTheme(): Theme | undefined {
  return useLiveQuery(async () => (await getSetting(db, 'theme')) ?? 'system', []);
}

export interface RightWithUsage {
  readonly right: Right;
  readonly usage: RightUsage;
}

const UNUSED: RightUsage = { live: 0, tagged: 0 };

/** Every right in order with how many passages carry it; undefined while loading. */
export function useRightsWithUsage(): RightWithUsage[] | undefined {
  return useLiveQuery(async () => {
    const [rights, usage] = await Promise.all([listRights(db), rightUsageCounts(db)]);
    return rights.map((right) => ({ right, usage: usage.get(right.id) ?? UNUSED }));
  }, []);
}
