import { query } from '../api/client';
import { el } from '../shared/dom';
import { capitalised, formatDate, qualifiedDate, today } from '../shared/dates';
import { citationList, type Citation } from '../shared/citations';
import { embedSnippet } from '../shared/embed';
import { statusLabel } from '../shared/status';
import { swatch } from '../map/patterns';
import { kindLabel } from '../map/statusTable';
import { permalink } from '../router';
import panelQuery from '../../queries/JurisdictionPanel.graphql';

interface Dated {
  effectiveOn: string;
  datePrecision: string;
  dateQualifier: string;
}

interface PanelEvent extends Dated {
  slug: string;
  earliestOn: string | null;
  latestOn: string | null;
  /** The first day it counts (README's "How dates count"); null for an ON_OR_AFTER event without latestOn. */
  countsFrom: string | null;
  status: string;
  actor: string | null;
  description: string;
  retracted: boolean;
  retractionReason: string | null;
  legislation: { slug: string; identifier: string | null; title: string } | null;
  citations: Citation[];
}

interface Stage {
  stage: string;
  date: string;
  datePrecision: string;
  dateQualifier: string;
  description: string | null;
  citations: Citation[];
}

interface PanelLegislation {
  slug: string;
  identifier: string | null;
  title: string;
  kind: string;
  stance: string;
  summary: string | null;
  stages: Stage[];
  citations: Citation[];
}

interface PanelJurisdiction {
  code: string;
  name: string;
  kind: string;
  fips: string | null;
  status: string;
  parent: { code: string; name: string } | null;
  currentStatusEvent: { slug: string } | null;
  /** The status and its event on the panel's day (the server's asOf). */
  statusThen: string;
  eventThen: { slug: string } | null;
  statusEvents: { totalCount: number; nodes: PanelEvent[] };
  legislation: PanelLegislation[];
}

const STAGES: Record<string, string> = {
  INTRODUCED: 'Introduced',
  PASSED_CHAMBER: 'Passed one chamber',
  PASSED: 'Passed the legislature',
  AWAITING_SIGNATURE: 'Awaiting signature',
  SIGNED: 'Signed into law',
  VETOED: 'Vetoed',
  ADOPTED: 'Adopted',
  REPLACED: 'Replaced by another bill',
  OTHER: 'Other step',
};
const LEGISLATION_KINDS: Record<string, string> = { BILL: 'Bill', RESOLUTION: 'Resolution', EXECUTIVE_ACTION: 'Executive action', COUNCIL_VOTE: 'Council vote' };
const STANCES: Record<string, string> = { LIMITS_PARTICIPATION: 'limits participation', OPPOSES: 'opposes the program', SUPPORTS: 'supports the program', NEUTRAL: 'neutral' };

export interface PanelTarget {
  readonly code: string | null;
  readonly fips: string;
  readonly name: string;
}

/** The map's day (null: today), whose status the panel gives beside the current one. */
export interface PanelContext {
  readonly date: string | null;
  readonly onClose?: () => void;
  readonly embedded?: boolean;
}

/**
 * A jurisdiction's panel: its current status, the dated history (each event's qualifier in words, the actor,
 * the legislation), the legislation with its stages, and every citation with its quoted passage and source.
 */
export async function jurisdictionPanel(target: PanelTarget, context: PanelContext, signal?: AbortSignal): Promise<HTMLElement> {
  const variables = { ...(target.code ? { code: target.code } : { fips: target.fips }), ...(context.date ? { asOf: context.date } : {}) };
  const { jurisdiction } = await query<{ jurisdiction: PanelJurisdiction | null }>(panelQuery, variables, signal);
  const close = context.onClose ? el('button', { type: 'button', class: 'close', onclick: context.onClose, 'aria-label': 'Close the panel' }, '×') : null;
  if (!jurisdiction) {
    return el('section', { class: 'panel-body', 'aria-labelledby': 'panel-title' }, close, el('h2', { id: 'panel-title', tabindex: -1 }, target.name), el('p', {}, 'The tracker has no record for this place yet: no document it holds mentions it.'));
  }
  const link = permalink('/map', { j: jurisdiction.code, date: context.date });
  const events = jurisdiction.statusEvents.nodes;
  const day = { date: context.date, deciding: jurisdiction.eventThen?.slug ?? null };
  const eventThen = events.find((e) => e.slug === jurisdiction.eventThen?.slug);
  return el(
    'section',
    { class: 'panel-body', 'aria-labelledby': 'panel-title', 'data-code': jurisdiction.code },
    close,
    el('h2', { id: 'panel-title', tabindex: -1 }, jurisdiction.name),
    el('p', { class: 'muted' }, kindLabel(jurisdiction.kind), jurisdiction.parent ? `, ${jurisdiction.parent.name}` : '', jurisdiction.fips ? ` · FIPS ${jurisdiction.fips}` : ''),
    el('p', { class: 'current-status', 'data-status': jurisdiction.status }, swatch(jurisdiction.status), ' ', el('strong', {}, 'Current status: '), statusLabel(jurisdiction.status), sinceText(events.find((e) => e.slug === jurisdiction.currentStatusEvent?.slug))),
    context.date
      ? el('p', { class: 'status-then', 'data-status': jurisdiction.statusThen }, swatch(jurisdiction.statusThen), ' ', el('strong', {}, `Status on ${formatDate(context.date)}: `), statusLabel(jurisdiction.statusThen), sinceText(eventThen))
      : null,
    el('h3', {}, 'History'),
    events.length === 0 ? el('p', { class: 'muted' }, 'No status event is recorded.') : el('ol', { class: 'history' }, events.map((event) => historyItem(event, link, day))),
    jurisdiction.legislation.length > 0 ? [el('h3', {}, 'Legislation and executive actions'), jurisdiction.legislation.map((l) => legislationItem(l, link))] : null,
    el('p', { class: 'links' }, el('a', { href: link, class: 'permalink' }, 'Permalink to this panel')),
    context.embedded ? null : embedSnippet(`/embed/jurisdiction/${encodeURIComponent(jurisdiction.code)}`, `${jurisdiction.name}: Secure Communities status`, 640),
  );
}

function sinceText(event: PanelEvent | undefined): string {
  return event ? `, ${qualifiedDate(event)}` : '';
}

/**
 * Whether the event counts on the panel's day, by the server's rule (README's "How dates count"): from its
 * `countsFrom` day; an ON_OR_AFTER event without one counts from today on, never on a past day.
 */
function countsOn(event: PanelEvent, date: string | null): boolean {
  const day = date ?? today();
  return !event.retracted && (event.countsFrom ? event.countsFrom <= day : day >= today());
}

/** Why an event does not count on the panel's day (it is shown, marked, but the status does not come from it). */
function notCountingNote(event: PanelEvent, date: string | null): string {
  const day = date ? `on ${formatDate(date)}` : 'today';
  if (!event.countsFrom) return `Does not count ${day}: the record shows only that it happened after ${formatDate(event.effectiveOn, event.datePrecision)}, with no source saying by when, so it counts from the day it was recorded, not on any earlier day.`;
  if (event.dateQualifier === 'PLANNED') return `Not in effect ${day}: planned, it counts from ${formatDate(event.countsFrom)}.`;
  return `Does not count yet ${day}: it counts from ${formatDate(event.countsFrom)}.`;
}

function historyItem(event: PanelEvent, link: string, day: { date: string | null; deciding: string | null }): HTMLElement {
  const counts = countsOn(event, day.date);
  const deciding = event.slug === day.deciding;
  return el(
    'li',
    { class: `event${event.retracted ? ' retracted' : ''}${!event.retracted && !counts ? ' not-counting' : ''}${deciding ? ' deciding' : ''}`, 'data-status': event.status, 'data-slug': event.slug },
    el('p', { class: 'event-head' }, el('span', { class: 'event-date' }, capitalised(qualifiedDate(event))), ': ', swatch(event.status, 12), ' ', el('strong', {}, statusLabel(event.status))),
    deciding ? el('p', { class: 'event-note deciding-note' }, `Gives the status ${day.date ? `on ${formatDate(day.date)}` : 'today'}.`) : null,
    !event.retracted && !counts ? el('p', { class: 'event-note not-counting-note' }, notCountingNote(event, day.date)) : null,
    event.retracted ? el('p', { class: 'retraction' }, el('strong', {}, 'Retracted'), event.retractionReason ? `: ${event.retractionReason}` : '') : null,
    el('p', {}, event.description),
    event.actor ? el('p', {}, el('span', { class: 'label' }, 'Actor: '), event.actor) : null,
    event.legislation ? el('p', {}, el('span', { class: 'label' }, 'Legislation: '), el('a', { href: `#legislation-${event.legislation.slug}`, 'data-anchor': `legislation-${event.legislation.slug}` }, [event.legislation.identifier, event.legislation.title].filter(Boolean).join(' – '))) : null,
    el('details', { class: 'sources', open: true }, el('summary', {}, `Sources (${event.citations.length})`), citationList(event.citations, link)),
  );
}

function legislationItem(legislation: PanelLegislation, link: string): HTMLElement {
  return el(
    'article',
    { class: 'legislation', id: `legislation-${legislation.slug}` },
    el('h4', {}, [legislation.identifier, legislation.title].filter(Boolean).join(' – ')),
    el('p', { class: 'muted' }, LEGISLATION_KINDS[legislation.kind] ?? legislation.kind, ', ', STANCES[legislation.stance] ?? legislation.stance),
    legislation.summary ? el('p', {}, legislation.summary) : null,
    legislation.stages.length > 0
      ? el(
          'ol',
          { class: 'stages' },
          legislation.stages.map((stage) =>
            el(
              'li',
              { class: 'stage', 'data-stage': stage.stage },
              el('p', {}, el('strong', {}, STAGES[stage.stage] ?? stage.stage), ` ${qualifiedDate(stage)}`, stage.description ? `: ${stage.description}` : ''),
              stage.citations.length > 0 ? citationList(stage.citations, link) : null,
            ),
          ),
        )
      : null,
    legislation.citations.length > 0 ? el('details', { class: 'sources' }, el('summary', {}, `Sources (${legislation.citations.length})`), citationList(legislation.citations, link)) : null,
  );
}
