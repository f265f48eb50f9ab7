/**
 * electron-builder configuration for a packaged build that Playwright drives: the shipped
 * configuration (electron-builder.yml, which `npm run dist` reads) with only the inspect fuse
 * turned on when RIGHTSMARK_E2E_BUILD=1, because Playwright attaches to Electron through
 * --inspect. Every other fuse keeps its shipped value.
 *
 *   RIGHTSMARK_E2E_BUILD=1 npx electron-builder --config electron-builder.config.js --dir
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const SHIPPED_CONFIG = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'electron-builder.yml',
);

/**
 * The configuration for the given environment.
 * @param {Record<string, string | undefined>} [env]
 * @returns {Record<string, unknown> & { electronFuses: Record<string, boolean> }}
 */
export function builderConfig(env = process.env) {
  /** @type {Record<string, unknown> & { electronFuses: Record<string, boolean> }} */
  const shipped = parse(readFileSync(SHIPPED_CONFIG, 'utf8'));
  const e2e = env.RIGHTSMARK_E2E_BUILD === '1';
  return {
    ...shipped,
    electronFuses: { ...shipped.electronFuses, enableNodeCliInspectArguments: e2e },
  };
}

export default () => builderConfig();
