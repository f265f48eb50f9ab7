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

  it('has File › Import documents…, Open Recent and Print…, each calling its handler', () => {
    const calls: string[] = [];
    const all = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
    const items = all(
      menuTemplate({
        platform: 'win32',
        isPackaged: false,
        onImportDocuments: () => calls.push('import'),
        recentFiles: ['/data/team.rightsmark.json', '/other/R&D brief.pdf'],
        onOpenRecent: (path) => calls.push(`open ${path}`),
        onClearRecent: () => calls.push('clear'),
        onPrint: () => calls.push('print'),
      }),
    );
    const custom = items.filter((item) => item.click !== undefined);
    expect(custom.map((item) => item.label)).toEqual([
      'Import documents…',
      'team.rightsmark.json — /data',
      'R&&D brief.pdf — /other',
      'Clear Menu',
      'Print…',
    ]);
    for (const item of custom) (item.click as () => void)();
    expect(calls).toEqual([
      'import',
      'open /data/team.rightsmark.json',
      'open /other/R&D brief.pdf',
      'clear',
      'print',
    ]);
    expect(items.find((i) => i.label === 'Print…')?.accelerator).toBe('CmdOrCtrl+P');
  });

  it('shows an empty Open Recent as such, with Clear disabled', () => {
    const file = menuTemplate({
      platform: 'linux',
      isPackaged: true,
      onImportDocuments: () => {},
    })[0]!;
    const recent = (file.submenu as MenuItemConstructorOptions[]).find(
      (i) => i.label === 'Open Recent',
    )!;
    const entries = recent.submenu as MenuItemConstructorOptions[];
    expect(entries[0]).toMatchObject({ label: 'No recent files', enabled: false });
    expect(entries.find((i) => i.label === 'Clear Menu')?.enabled).toBe(false);
  });
});
