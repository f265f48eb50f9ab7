import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender';

describe('isTrustedSender', () => {
  it('trusts the main frame of our own page', () => {
    expect(isTrustedSender({ url: 'app://rightsmark/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://rightsmark/reader/3?x=1', isMainFrame: true })).toBe(true);
  });

  it('refuses subframes even of our own origin', () => {
    expect(isTrustedSender({ url: 'app://rightsmark/index.html', isMainFrame: false })).toBe(false);
  });

  it.each([
    'https://evil.example/?next=app://rightsmark/',
    'app://rightsmark.evil/',
    'app://evil/',
    'file:///work/build/renderer/index.html',
    'devtools://devtools/bundled/index.html',
    'about:blank',
    '',
  ])('refuses a main frame at %s', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true })).toBe(false);
  });

  it('refuses missing frames and URLs', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender({ url: null, isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: undefined, isMainFrame: true })).toBe(false);
  });
});
