/**
 * The application menu: standard roles only (app, file, edit, view, window, help), with DevTools
 * and reload offered in development runs only.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** process.platform */
  readonly platform: string;
  /** Development runs get reload and DevTools. */
  readonly isPackaged: boolean;
}

/** The menu template; pure, so its shape is unit-tested. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const development: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      role: 'fileMenu',
      submenu: isMac
        ? [{ role: 'close' }]
        : [{ role: 'close' }, { type: 'separator' }, { role: 'quit' }],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...development,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ role: 'about' }],
    },
  ];
}
