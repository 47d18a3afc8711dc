import { el } from '../shared/dom';
import { isIsoDate } from '../shared/dates';
import { href, type Route } from '../router';

/** What kind of event, in words (the schema's EventKind). */
export const EVENT_KINDS: Record<string, string> = {
  MEETING: 'Meeting',
  PROTEST: 'Protest',
  BANNERING: 'Bannering',
  LEGAL_CLINIC: 'Legal clinic',
  HEARING: 'Hearing',
  CALL_IN_DAY: 'Call-in day',
  DAY_OF_ACTION: 'Day of action',
  MARCH: 'March',
  LEGISLATIVE_SESSION: 'Legislative session',
  CAMPAIGN: 'Campaign',
  OTHER: 'Other',
};

/** The events view's state, all in the URL: `#/events?kind=MEETING&state=MN&from=2011-01-01&to=2011-12-31&date=2011-08-27`. */
export interface EventFilters {
  readonly kind: string | null;
  readonly state: string | null;
  readonly from: string | null;
  readonly to: string | null;
  /** The dashboard's day (the map's `date`): only events the record says had started by then. */
  readonly date: string | null;
}

export function eventFilters(route: Route): EventFilters {
  const date = (name: string) => (isIsoDate(route.query.get(name)) ? route.query.get(name) : null);
  const kind = route.query.get('kind');
  const state = route.query.get('state');
  return { kind: kind && EVENT_KINDS[kind] ? kind : null, state: state && /^[A-Z]{2}$/.test(state) ? state : null, from: date('from'), to: date('to'), date: date('date') };
}

/** The URL parameters of the filters (also the CSV download's, with `date` as its `asOf`). */
export function filterParams(filters: EventFilters): Record<string, string | null> {
  return { kind: filters.kind, state: filters.state, from: filters.from, to: filters.to, date: filters.date };
}

/** The filter form: kind, state, a period and the day; "Show" puts them in the URL (a permalink), "Clear" drops them. */
export function filterForm(filters: EventFilters, states: readonly { code: string; name: string }[]): HTMLFormElement {
  const kind = el('select', { id: 'event-kind', name: 'kind' }, el('option', { value: '' }, 'All kinds'), Object.entries(EVENT_KINDS).map(([value, label]) => el('option', { value, selected: value === filters.kind }, label)));
  const state = el(
    'select',
    { id: 'event-state', name: 'state' },
    el('option', { value: '' }, 'Anywhere'),
    el('option', { value: 'US', selected: filters.state === 'US' }, 'Nationwide (United States)'),
    states.map((s) => el('option', { value: s.code, selected: s.code === filters.state }, s.name)),
  );
  const from = el('input', { type: 'date', id: 'event-from', name: 'from', value: filters.from ?? '' });
  const to = el('input', { type: 'date', id: 'event-to', name: 'to', value: filters.to ?? '' });
  const date = el('input', { type: 'date', id: 'event-date', name: 'date', value: filters.date ?? '', 'aria-describedby': 'event-date-help' });
  const field = (id: string, label: string, control: HTMLElement) => el('div', { class: 'field' }, el('label', { for: id }, label), control);
  return el(
    'form',
    {
      class: 'filters event-filters',
      'aria-label': 'Filter the events',
      onsubmit: (event: Event) => {
        event.preventDefault();
        window.location.hash = href('/events', { kind: kind.value, state: state.value, from: from.value, to: to.value, date: date.value });
      },
    },
    field('event-kind', 'Kind', kind),
    field('event-state', 'Place', state),
    field('event-from', 'Starting from', from),
    field('event-to', 'Starting by', to),
    field('event-date', 'As of', date),
    el('div', { class: 'field buttons' }, el('button', { type: 'submit' }, 'Show'), el('a', { href: href('/events') }, 'Clear filters')),
    el('p', { id: 'event-date-help', class: 'muted help' }, '"As of" lists the events the record says had started by that day: a date given only as a month or a year counts from its last day; undated events and open "on or after" dates are left out.'),
  );
}
