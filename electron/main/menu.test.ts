import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('menuTemplate', () => {
  it('has the standard menus, with an app menu on macOS only', () => {
    const mac = menuTemplate({ platform: 'darwin', isPackaged: true });
    const linux = menuTemplate({ platform: 'linux', isPackaged: true });
    expect(mac.map((m) => m.role ?? m.label)).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
    expect(linux.map((m) => m.role ?? m.label)).toEqual([
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
    expect(roles(linux)).toContain('quit');
  });

  it('offers DevTools and reload only in development', () => {
    const packaged = roles(menuTemplate({ platform: 'linux', isPackaged: true }));
    const dev = roles(menuTemplate({ platform: 'linux', isPackaged: false }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('uses roles only (no custom click handlers)', () => {
    const all = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
    for (const item of all(menuTemplate({ platform: 'win32', isPackaged: false }))) {
      expect(item.click).toBeUndefined();
    }
  });
});
