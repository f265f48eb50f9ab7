/**
 * The application menu: standard roles (app, file, edit, view, window, help) plus File › Import
 * documents…, with DevTools and reload offered in development runs only.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** process.platform */
  readonly platform: string;
  /** Development runs get reload and DevTools. */
  readonly isPackaged: boolean;
  /** File › Import documents… (the renderer opens its file chooser). */
  readonly onImportDocuments: () => void;
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
      submenu: [
        {
          label: 'Import documents…',
          accelerator: 'CmdOrCtrl+O',
          click: () => options.onImportDocuments(),
        },
        { type: 'separator' },
        ...(isMac
          ? [{ role: 'close' } satisfies MenuItemConstructorOptions]
          : [
              { role: 'close' } satisfies MenuItemConstructorOptions,
              { type: 'separator' } satisfies MenuItemConstructorOptions,
              { role: 'quit' } satisfies MenuItemConstructorOptions,
            ]),
      ],
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
