import { el } from '../shared/dom';
import { capitalised, formatDate, qualifiedDate } from '../shared/dates';
import { statusLabel } from '../shared/status';
import { href } from '../router';
import { swatch } from './patterns';
import type { MapData, Place } from './statuses';

/** The map as a table (the alternative for screen readers, keyboards and print): every state, DC and territory, its status and since when. */
export function statusTable(data: MapData, date: string | null): HTMLTableElement {
  return el(
    'table',
    { class: 'status-table' },
    el('caption', {}, date ? `Status of each state, DC and territory on ${formatDate(date)}` : 'Current status of each state, DC and territory'),
    header('State, DC or territory'),
    el('tbody', {}, data.places.map((place) => row(place, date))),
  );
}

/**
 * The county layer as a table: the counties with a status on the day (by name), and how many others have none;
 * every county is on the map, and each one's panel is reached from it or from the table.
 */
export function countyTable(data: MapData, date: string | null): HTMLElement {
  const counties = [...data.counties.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.fips ?? '').localeCompare(b.fips ?? ''));
  const unknown = data.counts.counties.get('UNKNOWN') ?? 0;
  const day = date ? `on ${formatDate(date)}` : 'today';
  return el(
    'div',
    { class: 'county-table' },
    el('h3', {}, 'Counties'),
    counties.length === 0
      ? el('p', {}, `No county has a recorded status ${day}.`)
      : el('table', { class: 'status-table counties' }, el('caption', {}, `Counties with a recorded status ${day}`), header('County'), el('tbody', {}, counties.map((place) => row(place, date)))),
    el('p', { class: 'muted' }, `The other ${unknown.toLocaleString('en')} counties and county-equivalents have no recorded status ${day}.`),
  );
}

function header(first: string): HTMLElement {
  return el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, first), el('th', { scope: 'col' }, 'Kind'), el('th', { scope: 'col' }, 'Status'), el('th', { scope: 'col' }, 'Since')));
}

function row(place: Place, date: string | null): HTMLElement {
  return el(
    'tr',
    { 'data-code': place.code, 'data-fips': place.fips },
    el('th', { scope: 'row' }, el('a', { href: href('/map', { j: place.code, date, layer: place.kind === 'COUNTY' ? 'counties' : null }) }, place.name)),
    el('td', {}, kindLabel(place.kind)),
    el('td', { 'data-status': place.status }, swatch(place.status, 12), ' ', statusLabel(place.status)),
    el('td', {}, place.since ? capitalised(qualifiedDate(place.since)) : ''),
  );
}

export function kindLabel(kind: string): string {
  return ({ STATE: 'State', DISTRICT: 'District', TERRITORY: 'Territory', COUNTY: 'County', CITY: 'City', COUNTRY: 'Country' } as Record<string, string>)[kind] ?? kind;
}
