import { query } from '../api/client';
import { el, replace } from '../shared/dom';
import { formatDate } from '../shared/dates';
import { statusLabel } from '../shared/status';
import { kindLabel } from '../map/statusTable';
import { href, type Route } from '../router';
import searchQuery from '../../queries/Search.graphql';
import { LETTER_KINDS } from './lettersView';

type SearchResult =
  | { __typename: 'Organization'; slug: string; name: string; acronym: string | null; organizationKind: string; city: string | null; state: string | null }
  | { __typename: 'Person'; slug: string; name: string; personTitle: string | null; affiliation: string | null; state: string | null }
  | { __typename: 'Letter'; slug: string; title: string; letterKind: string; writtenOn: string | null }
  | { __typename: 'Jurisdiction'; code: string; name: string; jurisdictionKind: string; status: string; parent: { name: string } | null };

/** Search over organisations, people, letters and places; each result links to its page. */
export async function searchView(route: Route, container: HTMLElement, signal: AbortSignal): Promise<void> {
  const text = (route.query.get('q') ?? '').trim();
  const results = el('div', { class: 'search-results' });
  replace(container, el('section', { class: 'search-view', 'aria-labelledby': 'search-title' }, el('h2', { id: 'search-title' }, text ? `Search: ${text}` : 'Search'), results));
  if (!text) {
    replace(results, el('p', {}, 'Type words in the search box above: names of organisations and people, letter titles and text, places.'));
    return;
  }
  replace(results, el('p', { class: 'loading', role: 'status' }, 'Searching…'));
  const { search } = await query<{ search: SearchResult[] }>(searchQuery, { text }, signal);
  if (signal.aborted) return;
  replace(
    results,
    el('p', { role: 'status' }, search.length === 0 ? `Nothing matches “${text}”.` : `${search.length} result${search.length === 1 ? '' : 's'}, best first.`),
    el('ol', { class: 'results' }, search.map((r) => el('li', { 'data-type': r.__typename }, result(r)))),
  );
}

function result(r: SearchResult): (HTMLElement | string)[] {
  switch (r.__typename) {
    case 'Organization':
      return [el('a', { href: href(`/organizations/${encodeURIComponent(r.slug)}`) }, r.name), el('span', { class: 'muted' }, ` — organisation${r.acronym ? ` (${r.acronym})` : ''}${[r.city, r.state].some(Boolean) ? `, ${[r.city, r.state].filter(Boolean).join(', ')}` : ''}`)];
    case 'Person':
      return [el('a', { href: href(`/people/${encodeURIComponent(r.slug)}`) }, r.name), el('span', { class: 'muted' }, ` — person${r.personTitle ? `, ${r.personTitle}` : ''}${r.affiliation ? `, ${r.affiliation}` : ''}`)];
    case 'Letter':
      return [el('a', { href: href(`/letters/${encodeURIComponent(r.slug)}`) }, r.title), el('span', { class: 'muted' }, ` — ${(LETTER_KINDS[r.letterKind] ?? r.letterKind).toLowerCase()}${r.writtenOn ? `, ${formatDate(r.writtenOn)}` : ''}`)];
    case 'Jurisdiction':
      return [el('a', { href: href('/map', { j: r.code }) }, r.name), el('span', { class: 'muted' }, ` — ${kindLabel(r.jurisdictionKind).toLowerCase()}${r.parent ? `, ${r.parent.name}` : ''}: ${statusLabel(r.status)}`)];
  }
}
