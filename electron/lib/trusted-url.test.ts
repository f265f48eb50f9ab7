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

// A URL that names credentials (user, password or an empty '@') is never trusted, internal or
// external: the part before '@' is how a link dresses up as one host while naming another.
describe('credentials in any form', () => {
  const forms = (scheme: string, host: string) => [
    `${scheme}://user@${host}/`,
    `${scheme}://user:pass@${host}/`,
    `${scheme}://:secret@${host}/`,
    `${scheme}://user:@${host}/`,
    `${scheme}://:@${host}/`,
    `${scheme}://@${host}/`,
    `${scheme}:/\t/user@${host}/`,
    `${scheme}://us\ner@${host}/`,
    `${scheme}://\t@${host}/`,
  ];
  // Only special schemes (https:) read a host without '//' or after backslashes.
  const specialForms = (host: string) => [`https:@${host}/`, `https:\\\\@${host}/`];

  it.each(forms('app', 'rightsmark'))('does not trust %j as the app', (url) => {
    expect(new URL(url).host).toBe('rightsmark');
    expect(isInternalUrl(url)).toBe(false);
    expect(decideNavigation(url)).toBe('deny');
  });

  it.each([...forms('https', 'example.org'), ...specialForms('example.org')])(
    'does not open %j',
    (url) => {
      expect(new URL(url).hostname).toBe('example.org');
      expect(externalUrlToOpen(url)).toBeNull();
    },
  );

  it('still trusts an @ that is part of the path, query or fragment', () => {
    expect(isInternalUrl('app://rightsmark/people/@analyst')).toBe(true);
    expect(isInternalUrl('app://rightsmark/?by=a@example.org')).toBe(true);
    expect(isInternalUrl('app://rightsmark#@x')).toBe(true);
    expect(externalUrlToOpen('https://example.org/@ohchr')).toBe('https://example.org/@ohchr');
    expect(externalUrlToOpen('https://example.org?to=a@b.org')).toBe(
      'https://example.org/?to=a@b.org',
    );
    expect(externalUrlToOpen('https://example.org#@x')).toBe('https://example.org/#@x');
    expect(externalUrlToOpen('https://example.org\\@x')).toBe('https://example.org/@x');
  });
});

describe('edges of the URL checks', () => {
  it('trusts only strings, not objects that turn into a trusted URL', () => {
    const disguised = { toString: () => 'app://rightsmark/' } as unknown as string;
    expect(isInternalUrl(disguised)).toBe(false);
    expect(
      externalUrlToOpen({ toString: () => 'https://example.org/' } as unknown as string),
    ).toBeNull();
  });

  it('opens links up to 2,048 characters, not one more', () => {
    const base = 'https://example.org/';
    const longest = base + 'a'.repeat(2048 - base.length);
    expect(externalUrlToOpen(longest)).toBe(longest);
    expect(externalUrlToOpen(`${longest}a`)).toBeNull();
  });

  it('reads the authority right after the scheme, however many slashes precede it', () => {
    expect(isInternalUrl('app:/\t/@rightsmark/')).toBe(false);
    expect(externalUrlToOpen('https:example.org/@x')).toBe('https://example.org/@x');
    expect(externalUrlToOpen('https:////example.org/@x')).toBe('https://example.org/@x');
  });
});
