/** The application shell: header, navigation, routes and the providers every view uses. */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CollectionsView, CollectionView } from '../features/collections';
import { ExcerptsView } from '../features/excerpts';
import { requestImport } from '../features/import';
import { LibraryView } from '../features/library';
import { ReaderView } from '../features/reader';
import { useWordingIndexSync } from '../features/reuse';
import { CompareView } from '../features/compare';
import { SearchBox, SearchView } from '../features/search';
import { SettingsView, useTheme } from '../features/settings';
import { useOpenedFiles } from '../features/opened-files';
import { TrashView } from '../features/trash';
import type { Platform } from '../platform';
import { ToastProvider } from '../ui/toast';
import { ErrorBoundary } from './ErrorBoundary';
import { PlatformProvider, usePlatform } from './platform-context';

export function App({ platform }: { platform: Platform }) {
  return (
    <PlatformProvider platform={platform}>
      <ToastProvider>
        <Router hook={useHashLocation}>
          <Shell />
        </Router>
      </ToastProvider>
    </PlatformProvider>
  );
}

function Shell() {
  const { theme, setTheme } = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  const platform = usePlatform();
  const [, navigate] = useLocation();

  // The desktop menu's "Import documents…": to the library, which opens its file chooser.
  useEffect(
    () =>
      platform.onImportRequested(() => {
        navigate('/');
        requestImport();
      }),
    [platform, navigate],
  );
  // "Open with Rightsmark", File › Open Recent, and files dropped anywhere on the window.
  useOpenedFiles();
  // The wording index loads in its worker at start-up and follows the library from then on.
  useWordingIndexSync();
  // Every view opens at its top: the main area is one scroll box, which would otherwise keep
  // the last view's scroll (Settings opened from far down a document). Before paint, and before
  // the reader scrolls to its paragraph in its own effect.
  // A change of filter or query (after "?") stays where it is.
  const [location] = useLocation();
  const view = location.split('?')[0];
  const mainRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (mainRef.current) mainRef.current.scrollTop = 0;
  }, [view]);
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Rightsmark
        </Link>
        <nav aria-label="Main" className="main-nav">
          <NavLink href="/">Library</NavLink>
          <NavLink href="/excerpts">Excerpts</NavLink>
          <NavLink href="/collections">Collections</NavLink>
          <NavLink href="/compare">Compare</NavLink>
          <NavLink href="/trash">Trash</NavLink>
          <NavLink href="/settings">Settings</NavLink>
        </nav>
        <SearchBox />
        <button type="button" className="theme-toggle" onClick={() => void setTheme(next)}>
          {next === 'dark' ? 'Dark theme' : 'Light theme'}
        </button>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef}>
        <ErrorBoundary>
          <Switch>
            <Route path="/">{() => <LibraryView />}</Route>
            {/* The excerpts filter lives in the hash after the path: #/excerpts?right=… */}
            <Route path={/^\/excerpts(?:\?.*)?$/}>{() => <ExcerptsView />}</Route>
            <Route path="/settings">{() => <SettingsView />}</Route>
            <Route path="/trash">{() => <TrashView />}</Route>
            <Route path="/collections">{() => <CollectionsView />}</Route>
            <Route path="/collections/:id">
              {(params) => (
                <CollectionView key={params.id} collectionId={decodeURIComponent(params.id)} />
              )}
            </Route>
            {/* The search lives in the hash after the path: #/search?q=… */}
            <Route path={/^\/search(?:\?.*)?$/}>{() => <SearchView />}</Route>
            <Route path={/^\/compare(?:\?.*)?$/}>{() => <CompareView />}</Route>
            <Route path="/doc/:id/p/:para">
              {(params) => (
                <ReaderView
                  docId={decodeURIComponent(params.id)}
                  paragraph={Number.parseInt(params.para, 10)}
                />
              )}
            </Route>
            <Route path="/doc/:id">
              {(params) => <ReaderView docId={decodeURIComponent(params.id)} />}
            </Route>
            <Route>
              <section>
                <h1>Page not found</h1>
                <Link href="/">Back to the library</Link>
              </section>
            </Route>
          </Switch>
        </ErrorBoundary>
      </main>
    </div>
  );
}

/** A main navigation link, marked as the current page while its view (with any query) shows. */
function NavLink({ href, children }: { href: string; children: string }) {
  const [location] = useLocation();
  const current =
    location === href ||
    (href !== '/' && (location.startsWith(`${href}?`) || location.startsWith(`${href}/`)));
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
