import { subscribeToStatusChanges, type LiveState } from './api/live';
import { isEmbedded } from './config';
import { publishStatusChange } from './liveEvents';
import { patternDefinitions } from './map/patterns';
import { el, replace } from './shared/dom';
import { currentRoute, href, type Route, type ViewName } from './router';
import { mapView } from './views/mapView';
import { timelineView } from './views/timelineView';
import { eventsView } from './views/eventsView';
import { lettersView } from './views/lettersView';
import { letterView } from './views/letterView';
import { searchView } from './views/searchView';
import { organizationView, personView } from './views/signatoryView';
import { embeddedPanelView } from './views/embeddedPanelView';

// For bench/dashboard.sh: when the bundle's own code began to run (download, parse and compile come before).
performance.mark('tracker:script-start');

type View = (route: Route, container: HTMLElement, signal: AbortSignal) => Promise<void>;

const VIEWS: Record<ViewName, View> = {
  map: (route, container, signal) => mapView(route, container, signal),
  timeline: timelineView,
  events: eventsView,
  letters: lettersView,
  letter: letterView,
  search: searchView,
  organization: organizationView,
  person: personView,
  'embed-map': (route, container, signal) => mapView(route, container, signal, true),
  'embed-jurisdiction': embeddedPanelView,
  'not-found': async (_route, container) => replace(container, el('h2', {}, 'Nothing here'), el('p', {}, el('a', { href: href('/map') }, 'Back to the map'))),
};

const TITLES: Partial<Record<ViewName, string>> = { map: 'Map', timeline: 'Timeline', events: 'Events', letters: 'Letters', letter: 'Letter', search: 'Search', organization: 'Organisation', person: 'Person' };

const main = el('main', { id: 'main', tabindex: -1 });
const liveStatus = el('span', { class: 'live', role: 'status' }, 'Connecting…');
const searchField = el('input', { type: 'search', id: 'site-search', name: 'q', placeholder: 'Organisations, people, letters, places', autocomplete: 'off' });
const navLinks = (['map', 'timeline', 'events', 'letters'] as const).map((view) => el('a', { href: href(`/${view}`), 'data-view': view }, TITLES[view]!));
let running: AbortController | null = null;

function shell(): HTMLElement[] {
  if (isEmbedded()) return [el('h1', { class: 'visually-hidden' }, 'Secure Communities tracker'), main];
  return [
    el('a', { class: 'skip-link', href: '#main', 'data-anchor': 'main' }, 'Skip to the content'),
    el(
      'header',
      { class: 'site-header' },
      el('h1', {}, el('a', { href: href('/map') }, 'Secure Communities tracker')),
      el('nav', { 'aria-label': 'Views' }, el('ul', {}, navLinks.map((link) => el('li', {}, link)))),
      el(
        'form',
        {
          class: 'site-search',
          role: 'search',
          onsubmit: (event: Event) => {
            event.preventDefault();
            window.location.hash = href('/search', { q: searchField.value.trim() });
          },
        },
        el('label', { for: 'site-search' }, 'Search'),
        searchField,
        el('button', { type: 'submit' }, 'Search'),
      ),
      liveStatus,
    ),
    main,
    el(
      'footer',
      { class: 'site-footer' },
      el('p', {}, 'Every status, letter and signature cites the document it comes from. Data: ', el('a', { href: '/graphql' }, 'the GraphQL API and playground'), ' · ', el('a', { href: '/csv/jurisdictions.csv', download: true }, 'jurisdictions (CSV)')),
    ),
  ];
}

async function render(): Promise<void> {
  running?.abort();
  // This render's own controller: a view replaced while it loads must not report its abort over the next one.
  const controller = new AbortController();
  running = controller;
  const route = currentRoute();
  for (const link of navLinks) {
    const active = link.dataset.view === route.view || (link.dataset.view === 'letters' && route.view === 'letter');
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (route.view === 'search') searchField.value = route.query.get('q') ?? '';
  document.title = `${TITLES[route.view] ?? 'Tracker'} · Secure Communities tracker`;
  try {
    await VIEWS[route.view](route, main, controller.signal);
  } catch (error) {
    if (!controller.signal.aborted) replace(main, el('p', { class: 'error', role: 'alert' }, `This view could not be loaded: ${(error as Error).message}`));
  }
}

function showLive(state: LiveState): void {
  liveStatus.textContent = state === 'live' ? 'Live: changes appear as they are recorded' : state === 'connecting' ? 'Connecting…' : 'Reconnecting…';
  liveStatus.dataset.state = state;
}

// In-page anchors (skip link, legislation links) scroll instead of changing the route.
document.addEventListener('click', (event) => {
  const anchor = (event.target as Element).closest?.('a[data-anchor]');
  if (!anchor) return;
  const target = document.getElementById(anchor.getAttribute('data-anchor')!);
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'start' });
});

document.body.replaceChildren(patternDefinitions(), ...shell());
window.addEventListener('hashchange', () => {
  void render();
  main.focus({ preventScroll: true });
});
// The live connection opens once the first view is drawn: on a busy machine its handshake would otherwise compete
// with the first view's requests and rendering (a change recorded in between is in what the first view read, or
// arrives by the subscription; the window is the same as between any query and a subscription).
void render().finally(() => subscribeToStatusChanges(publishStatusChange, showLive));
