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
    const mac = menuTemplate({ platform: 'darwin', isPackaged: true, onImportDocuments: () => {} });
    const linux = menuTemplate({
      platform: 'linux',
      isPackaged: true,
      onImportDocuments: () => {},
    });
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
    const packaged = roles(
      menuTemplate({ platform: 'linux', isPackaged: true, onImportDocuments: () => {} }),
    );
    const dev = roles(
      menuTemplate({ platform: 'linux', isPackaged: false, onImportDocuments: () => {} }),
    );
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('has one custom item, File › Import documents…, which asks the renderer to import', () => {
    let asked = 0;
    const all = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
    const items = all(
      menuTemplate({ platform: 'win32', isPackaged: false, onImportDocuments: () => (asked += 1) }),
    );
    const custom = items.filter((item) => item.click !== undefined);
    expect(custom.map((item) => item.label)).toEqual(['Import documents…']);
    (custom[0]!.click as () => void)();
    expect(asked).toBe(1);
  });
});
