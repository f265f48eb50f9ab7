/**
 * The application menu: standard roles (app, file, edit, view, window, help) plus File › Import
 * documents…, Open Recent and Print…, with DevTools and reload offered in development runs only.
 */
import nodePath from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** process.platform */
  readonly platform: string;
  /** Development runs get reload and DevTools. */
  readonly isPackaged: boolean;
  /** File › Import documents… (the renderer opens its file chooser). */
  readonly onImportDocuments: () => void;
  /** File › Open Recent's files, newest first (absolute paths). */
  readonly recentFiles?: readonly string[];
  /** A file chosen in File › Open Recent. */
  readonly onOpenRecent?: (path: string) => void;
  /** File › Open Recent › Clear Menu. */
  readonly onClearRecent?: () => void;
  /** File › Print… (the OS print dialog for what the window shows). */
  readonly onPrint?: () => void;
}

/** A recent file's menu label: its name, then its folder, so two files of one name differ. */
export function recentFileLabel(path: string): string {
  // Menu labels treat "&" as an access-key marker on Windows and Linux.
  return `${nodePath.basename(path)} — ${nodePath.dirname(path)}`.replaceAll('&', '&&');
}

function openRecentMenu(options: MenuOptions): MenuItemConstructorOptions {
  const recent = options.recentFiles ?? [];
  return {
    label: 'Open Recent',
    submenu: [
      ...(recent.length === 0
        ? [{ label: 'No recent files', enabled: false } satisfies MenuItemConstructorOptions]
        : recent.map((path): MenuItemConstructorOptions => ({
            label: recentFileLabel(path),
            click: () => options.onOpenRecent?.(path),
          }))),
      { type: 'separator' },
      {
        label: 'Clear Menu',
        enabled: recent.length > 0,
        click: () => options.onClearRecent?.(),
      },
    ],
  };
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
        openRecentMenu(options),
        { type: 'separator' },
        {
          label: 'Print…',
          accelerator: 'CmdOrCtrl+P',
          click: () => options.onPrint?.(),
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
