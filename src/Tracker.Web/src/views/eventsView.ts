import { query } from '../api/client';
import { subscribeToEventChanges } from '../api/live';
import { serverUrl } from '../config';
import { el, replace, type Child } from '../shared/dom';
import { capitalised, formatDate, qualifiedDate } from '../shared/dates';
import { citationList, type Citation } from '../shared/citations';
import { serverCsvLink } from '../shared/csv';
import { href, permalink, type Route } from '../router';
import { EVENT_KINDS, eventFilters, filterForm, filterParams, type EventFilters } from './eventFilters';
import eventsQuery from '../../queries/Events.graphql';

interface EventItem {
  slug: string;
  kind: string;
  title: string;
  description: string;
  startsOn: string | null;
  datePrecision: string | null;
  dateQualifier: string | null;
  earliestOn: string | null;
  latestOn: string | null;
  startTime: string | null;
  endsOn: string | null;
  endTime: string | null;
  timeZone: string | null;
  placeName: string | null;
  address: string | null;
  jurisdiction: { code: string; name: string; kind: string; parent: { code: string; name: string } | null } | null;
  citations: Citation[];
}

interface EventsAnswer {
  dated: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: EventItem[] };
  undated?: { totalCount: number; nodes: EventItem[] };
  states: { nodes: { code: string; name: string }[] };
}

/**
 * The events: meetings, protests, clinics, hearings, days of action, oldest first, each with its date as the record
 * gives it (precision and qualifier in words), its place, and its sources with their passages. Filters by kind,
 * place, period and the dashboard's day are in the URL; the same selection downloads as the server's CSV.
 */
export async function eventsView(route: Route, container: HTMLElement, signal: AbortSignal): Promise<void> {
  const filters = eventFilters(route);
  const body = el('div', { class: 'events-body' }, el('p', { class: 'loading', role: 'status' }, 'Loading the events…'));
  const formSlot = el('div', {});
  replace(
    container,
    el(
      'section',
      { class: 'events-view', 'aria-labelledby': 'events-title' },
      el('h2', { id: 'events-title' }, 'Events'),
      el(
        'p',
        {},
        'Meetings, protests, legal clinics, hearings and days of action the sources report or announce, with the documents that say so. ',
        el('span', { class: 'muted' }, 'Events recorded or corrected while the page is open appear here without a reload.'),
      ),
      formSlot,
      body,
    ),
  );

  const dated: Record<string, unknown> = { startsOn: { isNull: false, ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } };
  const shared: Record<string, unknown> = {};
  if (filters.kind) shared.kind = { eq: filters.kind };
  if (filters.state) shared.state = filters.state;
  if (filters.date) dated.startedBy = filters.date;
  const withUndated = !filters.from && !filters.to && !filters.date;
  const load = (after: string | null) =>
    query<EventsAnswer>(eventsQuery, { dated: { ...shared, ...dated }, undated: { ...shared, startsOn: { isNull: true } }, withUndated, ...(after ? { after } : {}) }, signal);

  const answer = await load(null);
  if (signal.aborted) return;
  replace(formSlot, filterForm(filters, answer.states.nodes));
  showList(body, answer, filters, load, signal);
  document.body.dataset.eventsReady = 'yes';
  followChanges(filters, body, load, signal);
}

/** The list of one answer: the count, the dated events (with "Show more"), the undated ones and the CSV link. */
function showList(body: HTMLElement, answer: EventsAnswer, filters: EventFilters, load: (after: string | null) => Promise<EventsAnswer>, signal: AbortSignal): void {
  const list = el('ol', { class: 'event-list', 'aria-labelledby': 'events-dated-title' }, answer.dated.nodes.map((e) => eventItem(e, filters)));
  const more = moreButton(answer.dated.pageInfo, list, load, filters, signal);
  const undated = answer.undated?.nodes ?? [];
  replace(
    body,
    el('p', { class: 'event-count', role: 'status' }, summary(filters, answer.dated.totalCount, undated.length)),
    filters.date ? el('p', {}, el('a', { href: href('/map', { date: filters.date }) }, `The map on ${formatDate(filters.date)}`)) : null,
    el('h3', { id: 'events-dated-title' }, 'Dated events, oldest first'),
    answer.dated.nodes.length > 0 ? list : el('p', { class: 'muted' }, 'No dated event matches.'),
    more,
    undated.length > 0
      ? [el('h3', { id: 'events-undated-title' }, 'Events the sources do not date'), el('ol', { class: 'event-list undated', 'aria-labelledby': 'events-undated-title' }, undated.map((e) => eventItem(e, filters)))]
      : null,
    el('p', {}, serverCsvLink(csvUrl(filters), 'Download these events (CSV)')),
  );
}

/**
 * Keeps the list live while the view is shown: `eventChanged` (for the place filter's state, DC or territory with
 * its counties and cities, or every event) reloads the first page with the same filters, since a new or moved date
 * can put an event anywhere in the order. Changes that arrive during a reload are folded into one more reload.
 */
function followChanges(filters: EventFilters, body: HTMLElement, load: (after: string | null) => Promise<EventsAnswer>, signal: AbortSignal): void {
  let reloading = false;
  let again = false;
  const reload = async (): Promise<void> => {
    if (reloading) {
      again = true;
      return;
    }
    reloading = true;
    try {
      do {
        again = false;
        const answer = await load(null);
        if (signal.aborted) return;
        showList(body, answer, filters, load, signal);
      } while (again && !signal.aborted);
    } catch (error) {
      if (!signal.aborted) replace(body, el('p', { class: 'error', role: 'alert' }, `The events could not be reloaded: ${(error as Error).message}`));
    } finally {
      reloading = false;
    }
  };
  const stop = subscribeToEventChanges(filters.state, () => void reload(), () => undefined);
  signal.addEventListener('abort', stop);
}

function summary(filters: EventFilters, dated: number, undated: number): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const asOf = filters.date ? ` that had started by ${formatDate(filters.date)}` : '';
  return undated > 0 ? `${count(dated, 'dated event')}${asOf} and ${count(undated, 'undated event')} match.` : `${count(dated, 'event')}${asOf} match${dated === 1 ? 'es' : ''}.`;
}

/** The server's CSV of the same selection (the view's `date` is the download's `asOf`). */
function csvUrl(filters: EventFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ kind: filters.kind, state: filters.state, from: filters.from, to: filters.to, asOf: filters.date })) {
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return serverUrl(`/csv/events.csv${text ? `?${text}` : ''}`);
}

/** "Show more events": the next page of dated events, appended (the list stays one list for screen readers). */
function moreButton(pageInfo: EventsAnswer['dated']['pageInfo'], list: HTMLOListElement, load: (after: string | null) => Promise<EventsAnswer>, filters: EventFilters, signal: AbortSignal): Child {
  if (!pageInfo.hasNextPage) return null;
  let cursor = pageInfo.endCursor;
  const button = el('button', { type: 'button', class: 'more' }, 'Show more events');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const next = await load(cursor);
    if (signal.aborted) return;
    list.append(...next.dated.nodes.map((e) => eventItem(e, filters)));
    cursor = next.dated.pageInfo.endCursor;
    button.disabled = false;
    button.hidden = !next.dated.pageInfo.hasNextPage;
  });
  return button;
}

/** The date as the record gives it: "Planned for 27 August 2011", "Around 2011 (estimated)", "On or after 20 July 2011", with the printed times. */
export function eventDate(event: EventItem): string {
  if (!event.startsOn) return 'Not dated in the sources';
  let text = capitalised(qualifiedDate({ date: event.startsOn, datePrecision: event.datePrecision, dateQualifier: event.dateQualifier, earliestOn: event.earliestOn, latestOn: event.latestOn }));
  if (event.startTime) text += `, ${event.startTime}${event.endTime && !event.endsOn ? `–${event.endTime}` : ''}`;
  if (event.endsOn && event.endsOn !== event.startsOn) text += ` to ${formatDate(event.endsOn)}${event.endTime ? `, ${event.endTime}` : ''}`;
  if (event.startTime && event.timeZone) text += ` (${event.timeZone.replace(/^.*\//, '').replaceAll('_', ' ')} time)`;
  return text;
}

function place(event: EventItem): string {
  return [event.placeName, event.address].filter(Boolean).join(', ') || 'Not given';
}

/** The jurisdiction it takes place in, linked to the map's panel of its state. */
function jurisdiction(event: EventItem): Child {
  const j = event.jurisdiction;
  if (!j) return 'Not given';
  const name = j.parent ? `${j.name}, ${j.parent.name}` : j.name;
  const state = j.kind === 'STATE' || j.kind === 'DISTRICT' || j.kind === 'TERRITORY' ? j.code : j.parent?.code;
  return state ? el('a', { href: href('/map', { j: state }) }, name) : name;
}

function eventItem(event: EventItem, filters: EventFilters): HTMLLIElement {
  const titleId = `event-${event.slug}-title`;
  const link = permalink('/events', { ...filterParams(filters) });
  return el(
    'li',
    { class: 'event-item', id: `event-${event.slug}`, 'data-slug': event.slug, 'data-kind': event.kind },
    el(
      'article',
      { 'aria-labelledby': titleId },
      el('h4', { id: titleId }, event.title),
      el(
        'dl',
        { class: 'event-facts' },
        el('dt', {}, 'Date'),
        el('dd', { class: 'event-date' }, eventDate(event), event.dateQualifier === 'PLANNED' ? el('span', { class: 'muted' }, ' (announced; no source here reports whether it took place)') : null),
        el('dt', {}, 'Kind'),
        el('dd', { class: 'event-kind' }, EVENT_KINDS[event.kind] ?? event.kind),
        el('dt', {}, 'Place'),
        el('dd', { class: 'event-place' }, place(event)),
        el('dt', {}, 'Jurisdiction'),
        el('dd', { class: 'event-jurisdiction' }, jurisdiction(event)),
      ),
      el('p', { class: 'event-description' }, event.description),
      el('details', { class: 'event-sources' }, el('summary', {}, `Sources (${event.citations.length})`), citationList(event.citations, link)),
    ),
  );
}
