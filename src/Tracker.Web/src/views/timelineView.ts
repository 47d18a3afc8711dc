import { scaleBand, scaleLinear } from 'd3-scale';
import { query } from '../api/client';
import { el, replace, svg, type Child } from '../shared/dom';
import { capitalised, formatDate, isIsoDate, qualifiedDate } from '../shared/dates';
import { csvLink } from '../shared/csv';
import { STATUSES, statusFill, statusLabel } from '../shared/status';
import { legend } from '../map/legend';
import { kindLabel } from '../map/statusTable';
import { href, permalink, type Route } from '../router';
import { onStatusChange } from '../liveEvents';
import timelineQuery from '../../queries/Timeline.graphql';

interface Point {
  date: string;
  counts: { status: string; count: number }[];
}

interface TimelineEvent {
  slug: string;
  status: string;
  effectiveOn: string;
  datePrecision: string;
  dateQualifier: string;
  actor: string | null;
  description: string;
  jurisdiction: { code: string; name: string; kind: string };
}

interface Timeline {
  from: string;
  to: string;
  /** The first recorded event's date when the server started the default period later (see the schema). */
  shortenedFrom: string | null;
  points: Point[];
  events: TimelineEvent[];
}

/**
 * The timeline: how many jurisdictions had each status at the end of every month of the period (a stacked bar
 * chart; choosing a month shows the map on that day), the same counts as a table, and the events of the period.
 */
export async function timelineView(route: Route, container: HTMLElement, signal: AbortSignal): Promise<void> {
  const from = isIsoDate(route.query.get('from')) ? route.query.get('from') : null;
  const to = isIsoDate(route.query.get('to')) ? route.query.get('to') : null;
  const body = el('div', { class: 'timeline-body' }, el('p', { class: 'loading', role: 'status' }, 'Loading the timeline…'));
  replace(container, el('section', { class: 'timeline-view', 'aria-labelledby': 'timeline-title' }, el('h2', { id: 'timeline-title' }, 'Timeline'), periodForm(from, to), body));

  const render = async () => {
    const variables: Record<string, string> = {};
    if (from) variables.from = from;
    if (to) variables.to = to;
    try {
      const { statusTimeline } = await query<{ statusTimeline: Timeline }>(timelineQuery, variables, signal);
      if (signal.aborted) return;
      replace(body, timelineBody(statusTimeline));
      document.body.dataset.timelineReady = 'yes';
    } catch (error) {
      if (!signal.aborted) replace(body, el('p', { class: 'error', role: 'alert' }, `The timeline could not be loaded: ${(error as Error).message}`));
    }
  };
  const stop = onStatusChange(() => void render());
  signal.addEventListener('abort', stop);
  await render();
}

/**
 * Says so when the default period starts later than the first recorded event (one dated before the oldest date the
 * tracker charts, often a mistyped year): the chart still counts that event, but does not list it.
 */
function shortenedNote(timeline: Timeline): Child[] {
  if (!timeline.shortenedFrom) return [];
  return [
    el(
      'p',
      { class: 'note shortened-period', role: 'note' },
      `The first recorded event is dated ${formatDate(timeline.shortenedFrom)}, earlier than this chart goes back by default, so the period starts on ${formatDate(timeline.from)}; events before then still count but are not listed. Choose “From” to see an earlier period.`,
    ),
  ];
}

function periodForm(from: string | null, to: string | null): HTMLElement {
  const fromField = el('input', { type: 'date', id: 'period-from', name: 'from', value: from ?? '' });
  const toField = el('input', { type: 'date', id: 'period-to', name: 'to', value: to ?? '' });
  return el(
    'form',
    {
      class: 'period',
      onsubmit: (event: Event) => {
        event.preventDefault();
        window.location.hash = href('/timeline', { from: fromField.value, to: toField.value });
      },
    },
    el('label', { for: 'period-from' }, 'From'),
    fromField,
    el('label', { for: 'period-to' }, 'To'),
    toField,
    el('button', { type: 'submit' }, 'Show'),
    el('span', { class: 'muted' }, ' Empty: from the first recorded event (at the earliest from the oldest date the tracker charts) to today.'),
  );
}

function timelineBody(timeline: Timeline): Child[] {
  const shownStatuses = STATUSES.filter((s) => timeline.points.some((p) => p.counts.some((c) => c.status === s && c.count > 0)));
  return [
    el('p', {}, `From ${formatDate(timeline.from)} to ${formatDate(timeline.to)}: ${timeline.events.length} event${timeline.events.length === 1 ? '' : 's'}. Choose a month to see the map on its last day.`),
    ...shortenedNote(timeline),
    chart(timeline.points),
    legend(),
    el(
      'details',
      { class: 'counts-table' },
      el('summary', {}, 'The chart as a table'),
      el(
        'table',
        {},
        el('caption', {}, 'Jurisdictions by status at the end of each month'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Date'), shownStatuses.map((s) => el('th', { scope: 'col' }, statusLabel(s))))),
        el('tbody', {}, timeline.points.map((p) => el('tr', {}, el('th', { scope: 'row' }, el('a', { href: href('/map', { date: p.date }) }, p.date)), shownStatuses.map((s) => el('td', {}, String(p.counts.find((c) => c.status === s)?.count ?? 0)))))),
      ),
      csvLink('status-counts-by-month.csv', ['date', ...shownStatuses], timeline.points.map((p) => [p.date, ...shownStatuses.map((s) => p.counts.find((c) => c.status === s)?.count ?? 0)])),
    ),
    el('h3', {}, 'Events of the period'),
    timeline.events.length === 0
      ? el('p', { class: 'muted' }, 'No status event in this period.')
      : el(
          'table',
          { class: 'events-table' },
          el('caption', {}, 'Status events, oldest first'),
          el('thead', {}, el('tr', {}, ['When', 'Jurisdiction', 'Status', 'Actor', 'What happened'].map((h) => el('th', { scope: 'col' }, h)))),
          el(
            'tbody',
            {},
            timeline.events.map((e) =>
              el(
                'tr',
                {},
                el('td', {}, capitalised(qualifiedDate(e))),
                el('th', { scope: 'row' }, el('a', { href: href('/map', { j: e.jurisdiction.code, date: e.effectiveOn }) }, e.jurisdiction.name), el('span', { class: 'muted' }, ` (${kindLabel(e.jurisdiction.kind)})`)),
                el('td', { 'data-status': e.status }, statusLabel(e.status)),
                el('td', {}, e.actor ?? ''),
                el('td', {}, e.description),
              ),
            ),
          ),
        ),
    csvLink('status-events.csv', ['effective_on', 'date_qualifier', 'date_precision', 'jurisdiction', 'jurisdiction_name', 'status', 'actor', 'description'], timeline.events.map((e) => [e.effectiveOn, e.dateQualifier, e.datePrecision, e.jurisdiction.code, e.jurisdiction.name, e.status, e.actor, e.description])),
    el('p', { class: 'links' }, el('a', { class: 'permalink', href: permalink('/timeline', { from: timeline.from, to: timeline.to }) }, 'Permalink to this period')),
  ];
}

/** Stacked bars, one per month; one tab stop, arrow keys move between months, Enter opens the map on that day. */
function chart(points: Point[]): SVGElement {
  const width = 900;
  const height = 260;
  const margin = { top: 10, right: 10, bottom: 30, left: 36 };
  const x = scaleBand<string>().domain(points.map((p) => p.date)).range([margin.left, width - margin.right]).padding(0.15);
  const max = Math.max(1, ...points.map((p) => p.counts.reduce((sum, c) => sum + c.count, 0)));
  const y = scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);
  const ticks = y.ticks(Math.min(5, max)).filter(Number.isInteger);
  const labelEvery = Math.max(1, Math.ceil(points.length / 12));

  const bars = points.map((point, index) => {
    let base = 0;
    const total = point.counts.reduce((sum, c) => sum + c.count, 0);
    const label = `${formatDate(point.date)}: ${total === 0 ? 'nothing recorded' : point.counts.map((c) => `${c.count} ${statusLabel(c.status).toLowerCase()}`).join(', ')}`;
    const open = () => (window.location.hash = href('/map', { date: point.date }));
    const group = svg(
      'g',
      { class: 'bar', role: 'button', tabindex: index === points.length - 1 ? 0 : -1, 'aria-label': label, 'data-date': point.date },
      svg('title', {}, label),
      svg('rect', { class: 'bar-hit', x: x(point.date) ?? 0, y: margin.top, width: x.bandwidth(), height: height - margin.bottom - margin.top, fill: 'transparent' }),
      STATUSES.map((status) => {
        const count = point.counts.find((c) => c.status === status)?.count ?? 0;
        if (count === 0) return null;
        const rect = svg('rect', { x: x(point.date) ?? 0, y: y(base + count), width: x.bandwidth(), height: y(base) - y(base + count), fill: statusFill(status), stroke: '#333', 'stroke-width': 0.5 });
        base += count;
        return rect;
      }),
    );
    group.addEventListener('click', open);
    group.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      const move = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : key === 'Home' ? -index : key === 'End' ? points.length - 1 - index : 0;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        open();
      } else if (move !== 0) {
        event.preventDefault();
        const next = group.parentNode?.children[index + move] as SVGElement | undefined;
        if (next) {
          group.setAttribute('tabindex', '-1');
          next.setAttribute('tabindex', '0');
          next.focus();
        }
      }
    });
    return group;
  });

  return svg(
    'svg',
    { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': 'Jurisdictions by status at the end of each month. Use the arrow keys to move between months and Enter to see the map on that day.' },
    svg('g', { class: 'axis', 'aria-hidden': 'true' },
      ticks.map((t) => [svg('line', { x1: margin.left, x2: width - margin.right, y1: y(t), y2: y(t), stroke: '#ccc' }), svg('text', { x: margin.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, String(t))]),
      points.map((p, i) => (i % labelEvery === 0 || i === points.length - 1 ? svg('text', { x: (x(p.date) ?? 0) + x.bandwidth() / 2, y: height - 10, 'text-anchor': 'middle' }, p.date.slice(0, 7)) : null)),
    ),
    svg('g', { class: 'bars' }, bars),
  );
}
