import { useEffect, useRef, useState } from 'preact/hooks';
import { clearKey, getKey, UNAUTHORIZED } from './api';
import { useRoute, type Route } from './router';
import { CostView } from './views/cost';
import { EventsView } from './views/events';
import { FindingsView } from './views/findings';
import { KeyScreen } from './views/key-screen';
import { NewScanView } from './views/new-scan';
import { ResourcesView } from './views/resources';
import { ScanDetailView } from './views/scan-detail';
import { ScansView } from './views/scans';

const NAV = [
  { path: '/scans', label: 'Scans' },
  { path: '/new', label: 'New scan' },
  { path: '/resources', label: 'Resources' },
  { path: '/findings', label: 'Findings' },
  { path: '/cost', label: 'Cost' },
  { path: '/events', label: 'Events' },
];

function View({ route }: { route: Route }) {
  const scan = /^\/scans\/(.+)$/.exec(route.path);
  if (scan) return <ScanDetailView id={decodeURIComponent(scan[1]!)} />;
  switch (route.path) {
    case '/new':
      return <NewScanView />;
    case '/resources':
      return <ResourcesView route={route} />;
    case '/findings':
      return <FindingsView route={route} />;
    case '/cost':
      return <CostView route={route} />;
    case '/events':
      return <EventsView route={route} />;
    default:
      return <ScansView />;
  }
}

export function App() {
  const [signedIn, setSignedIn] = useState(() => getKey() !== null);
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const section = route.path.startsWith('/scans/') ? '/scans' : route.path;

  useEffect(() => {
    const onUnauthorized = () => {
      clearKey();
      setSignedIn(false);
    };
    window.addEventListener(UNAUTHORIZED, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED, onUnauthorized);
  }, []);

  // A new page moves the focus to its heading, as a page load would for a screen reader; the first
  // page leaves it at the start, where the skip link is.
  const firstPage = useRef(true);
  useEffect(() => {
    const label = NAV.find((n) => n.path === section)?.label ?? 'Scan';
    document.title = `${label} · CloudDiagnoze`;
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    requestAnimationFrame(() => {
      const heading = main.current?.querySelector<HTMLElement>('h1');
      (heading ?? main.current)?.focus({ preventScroll: true });
    });
  }, [route.path]);

  if (!signedIn) return <KeyScreen onSignedIn={() => setSignedIn(true)} />;
  return (
    <>
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header class="top">
        <span class="brand">CloudDiagnoze</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.path}>
                <a href={`#${item.path}`} aria-current={section === item.path ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          class="secondary small-button"
          onClick={() => {
            clearKey();
            setSignedIn(false);
          }}
        >
          Sign out
        </button>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}
