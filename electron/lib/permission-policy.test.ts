import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from './permission-policy';

describe('isPermissionGranted', () => {
  it('grants persistent storage to the app’s own page, so the library is never evicted', () => {
    expect(isPermissionGranted('persistent-storage', 'app://rightsmark/')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://rightsmark/index.html#/library')).toBe(
      true,
    );
    expect(isPermissionGranted('persistent-storage', 'app://rightsmark')).toBe(true);
  });

  it('grants nothing to any other origin, whatever it looks like', () => {
    for (const url of [
      'https://rightsmark/',
      'app://evil/',
      'app://user@rightsmark/',
      'app://:pw@rightsmark/',
      'file:///etc/passwd',
      'https://evil.example/?next=app://rightsmark/',
      '',
    ]) {
      expect(isPermissionGranted('persistent-storage', url), url).toBe(false);
    }
  });

  it('denies every other permission, to the app too', () => {
    for (const permission of [
      'notifications',
      'media',
      'geolocation',
      'clipboard-read',
      'fullscreen',
      'openExternal',
      'hid',
      'serial',
      'usb',
      'persistent-storage ',
      'PERSISTENT-STORAGE',
    ]) {
      expect(isPermissionGranted(permission, 'app://rightsmark/'), permission).toBe(false);
    }
  });

  it('denies what is not a string', () => {
    expect(isPermissionGranted(undefined, 'app://rightsmark/')).toBe(false);
    expect(isPermissionGranted('persistent-storage', null)).toBe(false);
  });
});
