/**
 * Finds this checkout's root from a module's location: cli/ when run from source (tests), or
 * node_modules/.cache/rightsmark/ when run as the launcher's bundle. The root is the nearest
 * folder up that holds resources/fonts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, found upwards from `moduleUrl`. */
export function repoRoot(moduleUrl: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (existsSync(path.join(dir, 'resources', 'fonts'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find resources/fonts above the Rightsmark CLI.');
    dir = parent;
  }
}
