/**
 * Which URLs the shell trusts: its own app:// origin for navigation, and a short list of schemes
 * it will hand to the operating system (after asking). Decisions parse the URL; never substrings.
 */
import { APP_HOST, APP_SCHEME } from './app-origin';
import { hasControlCharacter } from './control-characters';

/** Longest URL we consider handing to the OS; longer ones are refused outright. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

function parse(url: string): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when the URL names credentials in any form: a user, a password alone (`https://:secret@…`),
 * or an empty `@` that the parser drops on re-serialisation (`app://@rightsmark/`). The parsed
 * username and password catch the first two; the raw authority (after the scheme and any slashes,
 * up to the first `/`, `\`, `?` or `#`, where the parser ends a special URL's host) catches the
 * last, so a link dressed up as one host while naming another is never trusted.
 */
function hasCredentials(raw: string, parsed: URL): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent mutants. Parsed
  // credentials always leave an '@' in the raw authority, which the lines below refuse; this
  // line states the rule in the parser's terms.
  if (parsed.username !== '' || parsed.password !== '') return true;
  // The parser drops tabs and line breaks anywhere before reading the URL; so do we.
  const stripped = raw.replace(/[\t\n\r]/g, '');
  // Stryker disable next-line StringLiteral: equivalent mutant. Any replacement without '@' and
  // separators leaves the authority's '@' where it was.
  const afterScheme = stripped.slice(stripped.indexOf(':') + 1).replace(/^[/\\]+/, '');
  // Stryker disable next-line StringLiteral: equivalent mutant; split always yields one part.
  const authority = afterScheme.split(/[/\\?#]/, 1)[0] ?? '';
  return authority.includes('@');
}

/** True when the URL is a page of the app itself (app://rightsmark/…), with no credentials or port. */
export function isInternalUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    !hasCredentials(url, parsed)
  );
}

/**
 * The URL to hand to the OS (browser or mail client), re-serialised by the URL parser so the OS
 * sees exactly what we checked, or null. Only https: with a host and no embedded credentials, and
 * mailto:, pass; javascript:, file:, custom schemes and anything malformed do not.
 */
export function externalUrlToOpen(url: string): string | null {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // Control characters (including NUL and line breaks) have no business in a link we open.
  if (hasControlCharacter(url)) return null;
  const parsed = parse(url);
  if (parsed === null) return null;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 ? parsed.href : null;
  const ok =
    parsed.protocol === 'https:' &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent mutants. The
    // parser refuses an https: URL without a host, so this never fails; kept as the stated rule.
    parsed.hostname.length > 0 &&
    !hasCredentials(url, parsed);
  return ok ? parsed.href : null;
}

/** True when the URL may be offered to the OS; see externalUrlToOpen. */
export function isSafeExternalUrl(url: string): boolean {
  return externalUrlToOpen(url) !== null;
}

/** What to do when the renderer tries to go to a URL (link click, window.open, redirect). */
export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/** In-app navigation is allowed; safe external links go to the OS after a prompt; the rest is denied. */
export function decideNavigation(url: string): NavigationDecision {
  if (isInternalUrl(url)) return 'allow';
  if (isSafeExternalUrl(url)) return 'open-external';
  return 'deny';
}
