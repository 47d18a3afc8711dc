import { el } from '../shared/dom';
import { STATUSES, statusLook } from '../shared/status';
import { swatch } from './patterns';

/** The legend: every status with its swatch, its name and what it means, with counts when given. */
export function legend(counts?: Map<string, number>): HTMLElement {
  return el(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    STATUSES.map((status) => {
      const look = statusLook(status);
      const count = counts?.get(status);
      return el('li', { title: look.description }, swatch(status), el('span', {}, look.label), count !== undefined ? el('span', { class: 'count' }, ` (${count})`) : null);
    }),
  );
}
