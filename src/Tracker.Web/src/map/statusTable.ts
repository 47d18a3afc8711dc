import { el } from '../shared/dom';
import { capitalised, qualifiedDate } from '../shared/dates';
import { statusLabel } from '../shared/status';
import { href } from '../router';
import { swatch } from './patterns';
import type { MapData, Place } from './statuses';

/** The map as a table (the alternative for screen readers, keyboards and print): every place, its status and since when. */
export function statusTable(data: MapData, date: string | null): HTMLTableElement {
  const counties = [...data.counties.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const row = (place: Place) =>
    el(
      'tr',
      { 'data-code': place.code },
      el('th', { scope: 'row' }, el('a', { href: href('/map', { j: place.code, date }) }, place.name)),
      el('td', {}, kindLabel(place.kind)),
      el('td', { 'data-status': place.status }, swatch(place.status, 12), ' ', statusLabel(place.status)),
      el('td', {}, place.since ? capitalised(qualifiedDate(place.since)) : ''),
    );
  return el(
    'table',
    { class: 'status-table' },
    el('caption', {}, date ? `Status of each state, DC, territory and recorded county as of ${date}` : 'Current status of each state, DC, territory and recorded county'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Jurisdiction'), el('th', { scope: 'col' }, 'Kind'), el('th', { scope: 'col' }, 'Status'), el('th', { scope: 'col' }, 'Since'))),
    el('tbody', {}, data.places.map(row), counties.map(row)),
  );
}

export function kindLabel(kind: string): string {
  return ({ STATE: 'State', DISTRICT: 'District', TERRITORY: 'Territory', COUNTY: 'County', CITY: 'City', COUNTRY: 'Country' } as Record<string, string>)[kind] ?? kind;
}
