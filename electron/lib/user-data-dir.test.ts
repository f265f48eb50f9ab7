import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDirFor } from './user-data-dir';

const base = {
  appDataDir: '/home/a/.config',
  appName: 'Rightsmark',
  cwd: '/work/project',
};

describe('userDataDirFor', () => {
  it('keeps Electron’s default folder (and lock) for the installed app, ignoring any override', () => {
    expect(userDataDirFor({ ...base, isPackaged: true, override: '/tmp/elsewhere' })).toBeNull();
  });

  it('gives development runs a folder of their own, so they never share the installed library', () => {
    const dir = userDataDirFor({ ...base, isPackaged: false, override: undefined });
    expect(dir).toBe(nodePath.join('/home/a/.config', 'Rightsmark (development)'));
    expect(dir).not.toBe(nodePath.join('/home/a/.config', 'Rightsmark'));
  });

  it('resolves a relative override against the start folder instead of throwing', () => {
    expect(userDataDirFor({ ...base, isPackaged: false, override: 'profiles/e2e' })).toBe(
      '/work/project/profiles/e2e',
    );
    expect(userDataDirFor({ ...base, isPackaged: false, override: './x' })).toBe('/work/project/x');
  });

  it('keeps an absolute override as it is, and treats a blank one as none', () => {
    expect(userDataDirFor({ ...base, isPackaged: false, override: '/tmp/profile' })).toBe(
      '/tmp/profile',
    );
    expect(userDataDirFor({ ...base, isPackaged: false, override: '   ' })).toBe(
      nodePath.join('/home/a/.config', 'Rightsmark (development)'),
    );
  });
});
