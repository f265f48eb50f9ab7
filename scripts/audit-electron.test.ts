import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_CSP } from '../electron/lib/csp';
import {
  ALLOWLIST_FILE,
  CANARY_FILE,
  SERVED_CSP_FILE,
  cspPage,
  judgeFindings,
  parseAllowlist,
  parseSarif,
  pinnedElectronVersion,
  prepareScanTree,
  servedCsp,
  withoutCanary,
} from './audit-electron.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** A report shaped like Electronegativity 1.10's SARIF output. */
function sarif(results: { ruleId: string; uri: string; line?: number; text?: string }[]): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity', rules: [] } },
        results: results.map((r) => ({
          ruleId: r.ruleId,
          level: 'warning',
          message: { text: r.text ?? 'description' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.uri },
                region: { startLine: r.line ?? 1, startColumn: 1, charLength: 0 },
              },
            },
          ],
        })),
      },
    ],
  });
}

const justification = 'Reviewed: the URL is checked and the user confirms first.';

describe('parseSarif', () => {
  it('reads check, file and position; global checks have no file', () => {
    const findings = parseSarif(
      sarif([
        { ruleId: 'CSP_GLOBAL_CHECK', uri: 'file:///' },
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', uri: 'electron\\main\\security.ts', line: 28 },
      ]),
    );
    expect(findings).toEqual([
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 1, column: 1, message: 'description' },
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'electron/main/security.ts',
        line: 28,
        column: 1,
        message: 'description',
      },
    ]);
  });

  it('refuses what is not a report', () => {
    expect(() => parseSarif('{}')).toThrow();
    expect(() => parseSarif('not json')).toThrow();
    expect(() => parseSarif(JSON.stringify({ runs: [{ results: [{}] }] }))).toThrow(/ruleId/);
  });
});

describe('parseAllowlist', () => {
  it('reads the project’s allowlist', () => {
    const entries = parseAllowlist(readFileSync(path.join(root, ALLOWLIST_FILE), 'utf8'));
    for (const entry of entries) expect(entry.justification.length).toBeGreaterThan(20);
  });

  it.each([
    ['not an array', '{}'],
    ['a missing justification', '[{"check":"X_CHECK","file":"a.ts"}]'],
    [
      'an extra key',
      `[{"check":"X_CHECK","file":"a.ts","justification":"${justification}","all":true}]`,
    ],
    ['a short justification', '[{"check":"X_CHECK","file":"a.ts","justification":"ok"}]'],
    [
      'a multi-line justification',
      `[{"check":"X_CHECK","file":"a.ts","justification":"${justification}\\nmore"}]`,
    ],
    [
      'a check that is not an id',
      `[{"check":"*","file":"a.ts","justification":"${justification}"}]`,
    ],
    ['an empty file', `[{"check":"X_CHECK","file":"","justification":"${justification}"}]`],
    [
      'an empty message',
      `[{"check":"X_CHECK","file":"a.ts","justification":"${justification}","message":""}]`,
    ],
  ])('refuses %s', (_label, text) => {
    expect(() => parseAllowlist(text)).toThrow();
  });
});

describe('judgeFindings', () => {
  const finding = (check: string, file: string, message = 'm') => ({
    check,
    file,
    line: 1,
    column: 1,
    message,
  });

  it('accepts only findings matching check and file (and message when given)', () => {
    const allowlist = [
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/security.ts', justification },
      { check: 'CSP_GLOBAL_CHECK', file: 'csp.html', justification, message: 'seems weak' },
    ];
    const { accepted, rejected, unused } = judgeFindings(
      [
        finding('OPEN_EXTERNAL_JS_CHECK', 'electron/main/security.ts'),
        finding('OPEN_EXTERNAL_JS_CHECK', 'electron/main/other.ts'),
        finding('CSP_GLOBAL_CHECK', 'csp.html', 'seems weak'),
        finding('CSP_GLOBAL_CHECK', 'csp.html', 'is weak'),
        finding('SANDBOX_JS_CHECK', 'electron/main/security.ts'),
      ],
      allowlist,
    );
    expect(accepted.map((f) => `${f.check} ${f.file} ${f.message}`)).toEqual([
      'OPEN_EXTERNAL_JS_CHECK electron/main/security.ts m',
      'CSP_GLOBAL_CHECK csp.html seems weak',
    ]);
    expect(rejected.map((f) => `${f.check} ${f.file} ${f.message}`)).toEqual([
      'OPEN_EXTERNAL_JS_CHECK electron/main/other.ts m',
      'CSP_GLOBAL_CHECK csp.html is weak',
      'SANDBOX_JS_CHECK electron/main/security.ts m',
    ]);
    expect(unused).toEqual([]);
  });

  it('reports acceptances that no finding used (stale)', () => {
    const allowlist = [
      { check: 'AUXCLICK_JS_CHECK', file: 'electron/main/window.ts', justification },
    ];
    expect(judgeFindings([], allowlist).unused).toEqual(allowlist);
  });
});

describe('withoutCanary', () => {
  it('drops the canary’s findings, and throws when it has none (the scan did not run)', () => {
    const canary = {
      check: 'CONTEXT_ISOLATION_JS_CHECK',
      file: CANARY_FILE,
      line: 2,
      column: 1,
      message: '',
    };
    const real = { check: 'X_CHECK', file: 'electron/a.ts', line: 1, column: 1, message: '' };
    expect(withoutCanary([canary, real])).toEqual([real]);
    expect(() => withoutCanary([real])).toThrow(/canary/);
  });
});

describe('scan inputs', () => {
  const scanDir = mkdtempSync(path.join(tmpdir(), 'rightsmark-audit-test-'));
  afterAll(() => rmSync(scanDir, { recursive: true, force: true }));

  it('evaluates the CSP the protocol really serves', async () => {
    expect(await servedCsp(root)).toBe(APP_CSP);
    expect(cspPage(APP_CSP)).toContain(`content="${APP_CSP}"`);
    expect(cspPage('a"b<c')).toContain('content="a&quot;b&lt;c"');
  });

  it('copies the shell’s sources without tests, plus the CSP page and the canary', () => {
    const files = prepareScanTree(root, scanDir, APP_CSP);
    expect(files).toContain('electron/main/index.ts');
    expect(files).toContain('electron/preload/index.ts');
    expect(files).toContain(SERVED_CSP_FILE);
    expect(files).toContain(CANARY_FILE);
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(false);
    expect(files.some((f) => f.endsWith('.cjs'))).toBe(false);
    expect(readdirSync(path.join(scanDir, 'electron'))).toEqual(
      expect.arrayContaining(['lib', 'main', 'ipc', 'preload']),
    );
  });

  it('passes the pinned Electron version', () => {
    expect(pinnedElectronVersion(root)).toMatch(/^41\.\d+\.\d+$/);
  });
});
