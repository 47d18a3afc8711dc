import { query } from '../api/client';
import { el } from '../shared/dom';
import { capitalised, qualifiedDate } from '../shared/dates';
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

/** What the map shows for the place on the chosen date, to say it next to the current status. */
export interface PanelContext {
  readonly date: string | null;
  readonly statusThen: { status: string; since: Dated | null } | null;
  readonly onClose?: () => void;
  readonly embedded?: boolean;
}

/**
 * A jurisdiction's panel: its current status, the dated history (each event's qualifier in words, the actor,
 * the legislation), the legislation with its stages, and every citation with its quoted passage and source.
 */
export async function jurisdictionPanel(target: PanelTarget, context: PanelContext, signal?: AbortSignal): Promise<HTMLElement> {
  const variables = target.code ? { code: target.code } : { fips: target.fips };
  const { jurisdiction } = await query<{ jurisdiction: PanelJurisdiction | null }>(panelQuery, variables, signal);
  const close = context.onClose ? el('button', { type: 'button', class: 'close', onclick: context.onClose, 'aria-label': 'Close the panel' }, '×') : null;
  if (!jurisdiction) {
    return el('section', { class: 'panel-body', 'aria-labelledby': 'panel-title' }, close, el('h2', { id: 'panel-title', tabindex: -1 }, target.name), el('p', {}, 'The tracker has no record for this place yet: no document it holds mentions it.'));
  }
  const link = permalink('/map', { j: jurisdiction.code, date: context.date });
  const events = jurisdiction.statusEvents.nodes;
  return el(
    'section',
    { class: 'panel-body', 'aria-labelledby': 'panel-title', 'data-code': jurisdiction.code },
    close,
    el('h2', { id: 'panel-title', tabindex: -1 }, jurisdiction.name),
    el('p', { class: 'muted' }, kindLabel(jurisdiction.kind), jurisdiction.parent ? `, ${jurisdiction.parent.name}` : '', jurisdiction.fips ? ` · FIPS ${jurisdiction.fips}` : ''),
    el('p', { class: 'current-status', 'data-status': jurisdiction.status }, swatch(jurisdiction.status), ' ', el('strong', {}, 'Current status: '), statusLabel(jurisdiction.status), sinceText(events.find((e) => e.slug === jurisdiction.currentStatusEvent?.slug))),
    context.date && context.statusThen
      ? el('p', { class: 'status-then', 'data-status': context.statusThen.status }, swatch(context.statusThen.status), ' ', el('strong', {}, `On ${context.date}: `), statusLabel(context.statusThen.status), context.statusThen.since ? `, ${qualifiedDate(context.statusThen.since)}` : '')
      : null,
    el('h3', {}, 'History'),
    events.length === 0 ? el('p', { class: 'muted' }, 'No status event is recorded.') : el('ol', { class: 'history' }, events.map((event) => historyItem(event, link))),
    jurisdiction.legislation.length > 0 ? [el('h3', {}, 'Legislation and executive actions'), jurisdiction.legislation.map((l) => legislationItem(l, link))] : null,
    el('p', { class: 'links' }, el('a', { href: link, class: 'permalink' }, 'Permalink to this panel')),
    context.embedded ? null : embedSnippet(`/embed/jurisdiction/${encodeURIComponent(jurisdiction.code)}`, `${jurisdiction.name}: Secure Communities status`, 640),
  );
}

function sinceText(event: PanelEvent | undefined): string {
  return event ? `, ${qualifiedDate(event)}` : '';
}

function historyItem(event: PanelEvent, link: string): HTMLElement {
  return el(
    'li',
    { class: `event${event.retracted ? ' retracted' : ''}`, 'data-status': event.status },
    el('p', { class: 'event-head' }, el('span', { class: 'event-date' }, capitalised(qualifiedDate(event))), ': ', swatch(event.status, 12), ' ', el('strong', {}, statusLabel(event.status))),
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
