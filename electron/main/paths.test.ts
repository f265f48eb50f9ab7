import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from './paths';

describe('resolveAppPaths', () => {
  it('finds the build under the app folder in development', () => {
    expect(resolveAppPaths('/work/main', '/home/a/.config/Rightsmark')).toEqual({
      rendererRoot: '/work/main/build/renderer',
      preloadPath: '/work/main/build/electron/preload.cjs',
      windowStateFile: '/home/a/.config/Rightsmark/window-state.json',
      userDataDir: '/home/a/.config/Rightsmark',
      backupsDir: '/home/a/.config/Rightsmark/backups',
    });
  });

  it('finds the same layout inside app.asar when packaged', () => {
    const paths = resolveAppPaths(
      '/opt/Rightsmark/resources/app.asar',
      '/home/a/.config/Rightsmark',
    );
    expect(paths.rendererRoot).toBe('/opt/Rightsmark/resources/app.asar/build/renderer');
    expect(paths.preloadPath).toBe('/opt/Rightsmark/resources/app.asar/build/electron/preload.cjs');
  });
});
