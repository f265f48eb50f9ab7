import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  externalUrlToOpen,
  isInternalUrl,
  isSafeExternalUrl,
} from './trusted-url';

describe('isInternalUrl', () => {
  it.each([
    'app://rightsmark/',
    'app://rightsmark/index.html',
    'app://rightsmark/library?doc=1#p3',
    'app://rightsmark',
  ])('trusts our own page %s', (url) => {
    expect(isInternalUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.example/?next=app://rightsmark',
    'https://evil.example/app://rightsmark/',
    'app://rightsmark.evil/',
    'app://rightsmark.evil.example/index.html',
    'app://evil/rightsmark',
    'app://evilrightsmark/',
    'app://rightsmark@evil/',
    'app://user:pass@rightsmark/',
    'app://rightsmark:8080/',
    'app:rightsmark/',
    'app:///rightsmark/',
    'apps://rightsmark/',
    'http://rightsmark/',
    'file:///app/rightsmark/index.html',
    'javascript:app://rightsmark/',
    'data:text/html,app://rightsmark/',
    '',
    'rightsmark',
    'not a url',
  ])('does not trust %s', (url) => {
    expect(isInternalUrl(url)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.ohchr.org/en/documents',
    'https://example.org/path?q=1#frag',
    'mailto:analyst@example.org',
    'mailto:analyst@example.org?subject=Briefing',
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.org/',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/doc.pdf',
    'app://rightsmark/',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'https://user:pass@example.org/',
    'https://example.org@evil.example/',
    'https://',
    'https://[::1',
    'https://example.org/\u0000',
    'https://example.org/\nSet-Cookie:x',
    `https://example.org/${'a'.repeat(3000)}`,
    'mailto:',
    '',
    '//example.org/',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('never throws on non-string input', () => {
    expect(isSafeExternalUrl(undefined as unknown as string)).toBe(false);
    expect(isInternalUrl(null as unknown as string)).toBe(false);
  });
});

describe('decideNavigation', () => {
  it('allows in-app, offers safe links externally, denies the rest', () => {
    expect(decideNavigation('app://rightsmark/reader/1')).toBe('allow');
    expect(decideNavigation('https://example.org/')).toBe('open-external');
    expect(decideNavigation('mailto:a@example.org')).toBe('open-external');
    expect(decideNavigation('http://example.org/')).toBe('deny');
    expect(decideNavigation('file:///etc/passwd')).toBe('deny');
    expect(decideNavigation('app://rightsmark.evil/')).toBe('deny');
  });
});

describe('externalUrlToOpen', () => {
  it('hands the OS the parsed form, not the raw string', () => {
    expect(externalUrlToOpen('https:///example.org')).toBe('https://example.org/');
    expect(externalUrlToOpen('HTTPS://Example.ORG/a b')).toBe('https://example.org/a%20b');
    expect(externalUrlToOpen('https://example.org/?next=app://rightsmark')).toBe(
      'https://example.org/?next=app://rightsmark',
    );
    expect(externalUrlToOpen('javascript:alert(1)')).toBeNull();
  });
});
