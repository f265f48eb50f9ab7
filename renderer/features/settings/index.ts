/** Settings: rights, the author's name, the theme. */
export { SettingsView } from './SettingsView';
export { applyStoredTheme, useTheme } from './theme';
export { useAuthorName } from './use-settings';
