import { query } from '../api/client';
import { el, replace, type Child } from '../shared/dom';
import { formatDate } from '../shared/dates';
import { citationList, type Citation } from '../shared/citations';
import { csvLink } from '../shared/csv';
import { href, permalink, type Route } from '../router';
import organizationQuery from '../../queries/OrganizationPage.graphql';
import personQuery from '../../queries/PersonPage.graphql';

interface Signed {
  totalCount: number;
  nodes: { position: number; printedName: string; signedOn: string | null; withdrawnOn: string | null; letter: { slug: string; title: string; writtenOn: string | null } }[];
}

interface OrganizationPage {
  slug: string;
  name: string;
  acronym: string | null;
  kind: string;
  city: string | null;
  state: string | null;
  website: string | null;
  aliases: string[];
  notes: string | null;
  parent: { slug: string; name: string } | null;
  signatures: Signed;
  citations: Citation[];
}

interface PersonPage {
  slug: string;
  name: string;
  title: string | null;
  affiliation: string | null;
  city: string | null;
  state: string | null;
  notes: string | null;
  organization: { slug: string; name: string } | null;
  signatures: Signed;
  citations: Citation[];
}

const ORGANIZATION_KINDS: Record<string, string> = {
  NONPROFIT: 'Nonprofit', COALITION: 'Coalition', UNION: 'Union', FAITH: 'Faith group', LEGAL_SERVICES: 'Legal services',
  LAW_FIRM: 'Law firm', GOVERNMENT: 'Government', LAW_ENFORCEMENT: 'Law enforcement', ACADEMIC: 'Academic', OTHER: 'Other',
};

/** An organisation's page: who it is, its other names, and every letter it signed. */
export async function organizationView(route: Route, container: HTMLElement, signal: AbortSignal): Promise<void> {
  const slug = route.id!;
  const { organization: o } = await query<{ organization: OrganizationPage | null }>(organizationQuery, { slug }, signal);
  if (signal.aborted) return;
  if (!o) return replace(container, el('h2', {}, 'No such organisation'));
  const link = permalink(`/organizations/${encodeURIComponent(slug)}`);
  replace(
    container,
    page(o.name, [
      ['Kind', ORGANIZATION_KINDS[o.kind] ?? o.kind],
      o.acronym ? ['Acronym', o.acronym] : null,
      o.city || o.state ? ['Based in', [o.city, o.state].filter(Boolean).join(', ')] : null,
      o.website ? ['Website', el('a', { href: o.website, rel: 'noopener noreferrer', target: '_blank' }, o.website)] : null,
      o.aliases.length ? ['Also printed as', o.aliases.join('; ')] : null,
      o.parent ? ['Part of', el('a', { href: href(`/organizations/${encodeURIComponent(o.parent.slug)}`) }, o.parent.name)] : null,
    ], o.notes, o.signatures, o.citations, link, `${slug}-signatures.csv`),
  );
}

/** A person's page: who they are and every letter they signed. */
export async function personView(route: Route, container: HTMLElement, signal: AbortSignal): Promise<void> {
  const slug = route.id!;
  const { person: p } = await query<{ person: PersonPage | null }>(personQuery, { slug }, signal);
  if (signal.aborted) return;
  if (!p) return replace(container, el('h2', {}, 'No such person'));
  const link = permalink(`/people/${encodeURIComponent(slug)}`);
  replace(
    container,
    page(p.name, [
      p.title ? ['Title', p.title] : null,
      p.affiliation ? ['Affiliation', p.affiliation] : null,
      p.organization ? ['Organisation', el('a', { href: href(`/organizations/${encodeURIComponent(p.organization.slug)}`) }, p.organization.name)] : null,
      p.city || p.state ? ['Based in', [p.city, p.state].filter(Boolean).join(', ')] : null,
    ], p.notes, p.signatures, p.citations, link, `${slug}-signatures.csv`),
  );
}

function page(name: string, facts: ([string, Child] | null)[], notes: string | null, signatures: Signed, citations: Citation[], link: string, csvName: string): HTMLElement {
  return el(
    'article',
    { class: 'signatory-view', 'aria-labelledby': 'signatory-title' },
    el('h2', { id: 'signatory-title' }, name),
    el('dl', { class: 'facts' }, facts.filter((f): f is [string, Child] => !!f).map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
    notes ? el('p', { class: 'notes' }, notes) : null,
    el('h3', {}, `Letters signed (${signatures.totalCount})`),
    signatures.nodes.length === 0
      ? el('p', { class: 'muted' }, 'No signature is recorded.')
      : el(
          'table',
          {},
          el('caption', {}, 'Signatures, with the name as printed and its position in the list'),
          el('thead', {}, el('tr', {}, ['Letter', 'Written', 'Printed as', 'Position'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, signatures.nodes.map((s) => el('tr', {}, el('th', { scope: 'row' }, el('a', { href: href(`/letters/${encodeURIComponent(s.letter.slug)}`) }, s.letter.title)), el('td', {}, s.letter.writtenOn ? formatDate(s.letter.writtenOn) : ''), el('td', {}, s.printedName, s.withdrawnOn ? ` (withdrawn ${formatDate(s.withdrawnOn)})` : ''), el('td', {}, String(s.position))))),
        ),
    signatures.nodes.length ? csvLink(csvName, ['letter', 'letter_title', 'written_on', 'printed_name', 'position', 'withdrawn_on'], signatures.nodes.map((s) => [s.letter.slug, s.letter.title, s.letter.writtenOn, s.printedName, s.position, s.withdrawnOn])) : null,
    citations.length ? [el('h3', {}, 'Sources'), citationList(citations, link)] : null,
    el('p', { class: 'links' }, el('a', { class: 'permalink', href: link }, 'Permalink to this page')),
  );
}
