import { el, replace } from '../shared/dom';
import { formatDate } from '../shared/dates';
import { serverCsvLink } from '../shared/csv';
import { embedSnippet } from '../shared/embed';
import { statusLabel } from '../shared/status';
import { serverUrl } from '../config';
import { loadCounties, loadStates } from '../map/geometry';
import { StatusMap } from '../map/mapDrawing';
import { dateControl } from '../map/dateControl';
import { legend } from '../map/legend';
import { swatch } from '../map/patterns';
import { loadCountyStatuses, loadPlaces, type MapData, type Place, type PlacesOnDay } from '../map/statuses';
import { countyTable, statusTable } from '../map/statusTable';
import { replaceState, permalink, type Route } from '../router';
import { onStatusChange } from '../liveEvents';
import { jurisdictionPanel, type PanelTarget } from './jurisdictionPanel';
import { isIsoDate } from '../shared/dates';

const TERRITORIES = ['DC', 'PR', 'VI', 'GU', 'AS', 'MP', 'UM'];

interface MapState {
  date: string | null;
  selected: PanelTarget | null;
  counties: boolean;
}

/**
 * The map view: the date control, the map of the states (and counties) with DC and the territories as tiles,
 * the legend, the selected jurisdiction's panel, and the same data as a table with its CSV download. Its state
 * (date, selected jurisdiction, county layer) is in the URL. With `embedded`, only the map and the panel.
 */
export async function mapView(route: Route, container: HTMLElement, signal: AbortSignal, embedded = false): Promise<void> {
  const state: MapState = {
    date: isIsoDate(route.query.get('date')) ? route.query.get('date') : null,
    selected: route.query.get('j') ? { code: route.query.get('j'), fips: '', name: route.query.get('j')! } : route.query.get('fips') ? { code: null, fips: route.query.get('fips')!, name: `FIPS ${route.query.get('fips')}` } : null,
    counties: route.query.get('layer') === 'counties',
  };
  const title = el('h2', { id: 'map-title' }, mapTitle(state.date));
  const hover = el('p', { class: 'hover-info', 'aria-hidden': 'true' }, 'Point at or tab to a place to see its status; select it for its history.');
  const tooltip = el('div', { class: 'tooltip', hidden: true, 'aria-hidden': 'true' });
  const tiles = el('ul', { class: 'tiles', 'aria-label': 'The District of Columbia and the territories' });
  const legendHolder = el('div', { class: 'legend-holder' });
  const panel = el('aside', { class: 'panel', 'aria-label': 'Selected jurisdiction', hidden: true });
  const tableHolder = el('div', { class: 'table-holder' });
  const loading = el('p', { class: 'loading', role: 'status' }, 'Loading the map…');
  const countiesToggle = el('input', { type: 'checkbox', id: 'show-counties', checked: state.counties });

  // The first view's statuses are asked for at once, while the map data loads (not after it); the counties' only
  // at once if their layer is shown, else once the map is drawn (they would compete with it for a busy machine).
  performance.mark('tracker:map-view-start');
  let pendingPlaces: Promise<PlacesOnDay> | null = loadPlaces(state.date, signal);
  let pendingCounties: Promise<Map<string, Place>> | null = state.counties ? loadCountyStatuses(state.date, signal) : null;
  // Reported when awaited, not as unhandled rejections.
  pendingPlaces.catch(() => undefined);
  pendingCounties?.catch(() => undefined);
  let shown: MapData | null = null;
  let panelRequest: AbortController | null = null;
  let refreshRequest: AbortController | null = null;

  const writeUrl = () =>
    embedded
      ? history.replaceState(null, '', `${window.location.pathname}?${new URLSearchParams(Object.entries({ date: state.date ?? '', layer: state.counties ? 'counties' : '' }).filter(([, v]) => v)).toString()}`)
      : replaceState('/map', { date: state.date, j: state.selected?.code ?? null, fips: state.selected?.code ? null : state.selected?.fips || null, layer: state.counties ? 'counties' : null });

  const statesGeometry = await loadStates();
  if (signal.aborted) return;
  performance.mark('tracker:states-geometry-ready');
  const map = new StatusMap(
    statesGeometry,
    {
      select: (target) => {
        state.selected = target;
        writeUrl();
        void showPanel(true);
      },
      point: (text, at) => {
        hover.textContent = text ?? 'Point at or tab to a place to see its status; select it for its history.';
        tooltip.hidden = !text || !at;
        if (text && at) {
          tooltip.textContent = text;
          tooltip.style.left = `${at.x + 14}px`;
          tooltip.style.top = `${at.y + 14}px`;
        }
      },
    },
    mapLabel(state.date),
  );

  const control = dateControl(state.date, (date) => {
    state.date = date;
    writeUrl();
    refreshLater();
  });

  countiesToggle.addEventListener('change', async () => {
    state.counties = countiesToggle.checked;
    writeUrl();
    loading.textContent = state.counties ? 'Loading the counties…' : '';
    await map.setCounties(state.counties, () => loadCounties());
    loading.textContent = '';
    if (shown) replace(legendHolder, legend(shown.counts.places, state.counties ? shown.counts.counties : undefined));
    map.select(state.selected?.code ?? null, state.selected?.fips ?? null);
  });

  replace(
    container,
    el(
      'section',
      { class: `map-view${embedded ? ' embedded' : ''}`, 'aria-labelledby': 'map-title' },
      title,
      el('div', { class: 'map-controls' }, control.element, el('p', { class: 'layer-toggle' }, countiesToggle, el('label', { for: 'show-counties' }, ' Show counties'))),
      el(
        'div',
        { class: 'map-layout' },
        el('div', { class: 'map-area' }, loading, map.element, tiles, hover, legendHolder, tooltip),
        panel,
      ),
      embedded
        ? el('p', { class: 'embed-credit' }, el('a', { href: permalink('/map', { date: state.date }), target: '_blank', rel: 'noopener' }, 'Open the Secure Communities tracker'))
        : [
            el('section', { class: 'table-section', 'aria-labelledby': 'table-title' }, el('h2', { id: 'table-title' }, 'The map as a table'), tableHolder, el('p', {}, serverCsvLink(serverUrl('/csv/jurisdictions.csv'), 'Download every jurisdiction’s current status (CSV)'))),
            el('p', { class: 'links' }, el('a', { href: permalink('/map', { date: state.date }), class: 'permalink' }, 'Permalink to this map')),
            embedSnippet('/embed/map', 'Secure Communities: status by state', 640),
          ],
    ),
  );

  /**
   * Draws the map for the chosen day: the states, DC and territories (and the legend's counts) as soon as their
   * one GET answers, then the counties with a status that day. With the county layer shown, both are drawn
   * together, so no county is shown with another day's status. A newer refresh abandons an older one.
   */
  async function refresh(): Promise<void> {
    refreshRequest?.abort();
    const request = new AbortController();
    refreshRequest = request;
    const abandon = () => request.abort();
    signal.addEventListener('abort', abandon, { once: true });
    request.signal.addEventListener('abort', () => signal.removeEventListener('abort', abandon), { once: true });
    const date = state.date;
    loading.textContent = 'Loading the map…';
    const places = pendingPlaces ?? loadPlaces(date, request.signal);
    const early = pendingCounties ?? (state.counties ? loadCountyStatuses(date, request.signal) : null);
    pendingPlaces = pendingCounties = null;
    early?.catch(() => undefined);
    const day = early ? { ...(await places), counties: await early } : { ...(await places), counties: new Map<string, Place>() };
    if (request.signal.aborted) return;
    if (performance.getEntriesByName('tracker:statuses-ready').length === 0) performance.mark('tracker:statuses-ready');
    draw(day, date);
    document.body.dataset.mapReady = date ?? 'today';
    // The first meaningful render (the map with its statuses), for bench/dashboard.sh.
    if (performance.getEntriesByName('tracker:map-ready').length === 0) performance.mark('tracker:map-ready');
    if (state.selected) void showPanel(false);
    if (!early) {
      let counties: Map<string, Place>;
      try {
        counties = await loadCountyStatuses(date, request.signal);
      } catch (error) {
        // The map is drawn; say what is missing rather than replace it with an error.
        if (!request.signal.aborted) loading.textContent = `The counties could not be loaded: ${(error as Error).message}`;
        return;
      }
      const withCounties = { ...day, counties };
      if (request.signal.aborted) return;
      draw(withCounties, date);
    }
    document.body.dataset.countiesReady = date ?? 'today';
  }

  /** A refresh after the first (a new date, a live change) reports its failure where the map is. */
  function refreshLater(): void {
    refresh().catch((error: Error) => {
      if (!signal.aborted && error.name !== 'AbortError') loading.textContent = `The map could not be loaded: ${error.message}`;
    });
  }

  function draw(day: MapData, date: string | null): void {
    shown = day;
    title.textContent = mapTitle(date);
    map.setLabel(mapLabel(date));
    map.render(day);
    map.select(state.selected?.code ?? null, state.selected?.fips ?? null);
    renderTiles(day);
    replace(legendHolder, legend(day.counts.places, state.counties ? day.counts.counties : undefined));
    if (!embedded) replace(tableHolder, statusTable(day, date), countyTable(day, date));
    loading.textContent = '';
  }

  function renderTiles(data: MapData): void {
    const byCode = new Map(data.places.map((p) => [p.code, p]));
    replace(
      tiles,
      TERRITORIES.map((code) => byCode.get(code)).filter((p): p is Place => !!p).map((place) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              type: 'button',
              class: 'tile shape',
              'data-code': place.code,
              'data-fips': place.fips,
              'data-status': place.status,
              'aria-label': `${place.name}: ${statusLabel(place.status)}`,
              onclick: () => {
                state.selected = { code: place.code, fips: place.fips ?? '', name: place.name };
                writeUrl();
                void showPanel(true);
              },
            },
            swatch(place.status, 18),
            el('span', {}, place.code),
          ),
        ),
      ),
    );
  }

  async function showPanel(focus: boolean): Promise<void> {
    const target = state.selected;
    map.select(target?.code ?? null, target?.fips ?? null);
    panelRequest?.abort();
    if (!target) {
      panel.hidden = true;
      return;
    }
    panelRequest = new AbortController();
    const request = panelRequest;
    panel.hidden = false;
    replace(panel, el('p', { class: 'loading', role: 'status' }, `Loading ${target.name}…`));
    try {
      const body = await jurisdictionPanel(target, {
        date: state.date,
        embedded,
        onClose: () => {
          state.selected = null;
          writeUrl();
          void showPanel(false);
        },
      }, request.signal);
      if (request.signal.aborted) return;
      replace(panel, body);
      if (focus) panel.querySelector<HTMLElement>('#panel-title')?.focus();
    } catch (error) {
      if (!request.signal.aborted) replace(panel, el('p', { class: 'error', role: 'alert' }, `The panel could not be loaded: ${(error as Error).message}`));
    }
  }

  // A maintainer recorded a change: read the record again and redraw (the panel too).
  const stop = onStatusChange(() => refreshLater());
  signal.addEventListener('abort', stop);

  if (state.counties) await map.setCounties(true, () => loadCounties());
  await refresh();
}

function mapTitle(date: string | null): string {
  return date ? `Secure Communities status on ${formatDate(date)}` : 'Secure Communities status today';
}

function mapLabel(date: string | null): string {
  return `Map of the states coloured by Secure Communities status${date ? ` on ${formatDate(date)}` : ''}. Each state is a button; the table below lists the same data.`;
}
