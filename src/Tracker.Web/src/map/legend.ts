import { el } from '../shared/dom';
import { STATUSES, statusLook } from '../shared/status';
import { swatch } from './patterns';

/**
 * The legend: every status with its swatch, its name and what it means, with the counts of the states, DC and
 * territories, and of the counties when the county layer is shown ("Refused to join (5; 2 counties)").
 */
export function legend(places?: Map<string, number>, counties?: Map<string, number>): HTMLElement {
  return el(
    'ul',
    { class: 'legend', 'aria-label': counties ? 'Legend, with the number of states, DC and territories and of counties' : 'Legend, with the number of states, DC and territories' },
    STATUSES.map((status) => {
      const look = statusLook(status);
      const countyCount = counties?.get(status) ?? 0;
      const count = places ? ` (${places.get(status) ?? 0}${counties ? `; ${countyCount.toLocaleString('en')} ${countyCount === 1 ? 'county' : 'counties'}` : ''})` : '';
      return el('li', { title: look.description, 'data-status': status }, swatch(status), el('span', {}, look.label), count ? el('span', { class: 'count' }, count) : null);
    }),
  );
}
