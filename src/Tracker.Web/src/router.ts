/**
 * Every view's state lives in the URL, so any view is a permalink. The full dashboard routes by the hash
 * (`#/map?date=2011-07-01&j=MN`, `#/letters/morton-2011-07-20?state=MN`), which any static server can host;
 * embedded views are real paths (`/embed/map`, `/embed/jurisdiction/MN`) because the server gives them their own
 * frame policy.
 */
export type ViewName = 'map' | 'timeline' | 'events' | 'letters' | 'letter' | 'search' | 'organization' | 'person' | 'embed-map' | 'embed-jurisdiction' | 'not-found';

export interface Route {
  readonly view: ViewName;
  /** The path's parameter: a letter's slug, an organisation's or person's slug, a jurisdiction's code. */
  readonly id?: string;
  readonly query: URLSearchParams;
}

const HASH_ROUTES: [RegExp, ViewName][] = [
  [/^\/?$/, 'map'],
  [/^\/map$/, 'map'],
  [/^\/timeline$/, 'timeline'],
  [/^\/events$/, 'events'],
  [/^\/letters$/, 'letters'],
  [/^\/letters\/([^/]+)$/, 'letter'],
  [/^\/search$/, 'search'],
  [/^\/organizations\/([^/]+)$/, 'organization'],
  [/^\/people\/([^/]+)$/, 'person'],
];

export function currentRoute(): Route {
  const { pathname, search, hash } = window.location;
  const embed = /^\/embed\/(map|jurisdiction)(?:\/([^/]+))?\/?$/.exec(pathname);
  if (embed) {
    const view = embed[1] === 'map' ? 'embed-map' : 'embed-jurisdiction';
    return { view, id: embed[2] ? decodeURIComponent(embed[2]) : undefined, query: new URLSearchParams(search) };
  }
  const [path, queryText = ''] = hash.replace(/^#/, '').split('?', 2);
  for (const [pattern, view] of HASH_ROUTES) {
    const match = pattern.exec(path);
    if (match) return { view, id: match[1] ? decodeURIComponent(match[1]) : undefined, query: new URLSearchParams(queryText) };
  }
  return { view: 'not-found', query: new URLSearchParams() };
}

/** A hash link to a view: `href('/letters/' + slug, { state: 'MN' })`; empty parameters are left out. */
export function href(path: string, params: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

/** Changes the URL's state without a new history entry (sliders, filters as one types). */
export function replaceState(path: string, params: Record<string, string | null | undefined>): void {
  const target = href(path, params);
  if (target !== window.location.hash) history.replaceState(null, '', target);
}

/** The absolute permalink of a hash route. */
export function permalink(path: string, params: Record<string, string | null | undefined> = {}): string {
  return `${window.location.origin}/${href(path, params)}`;
}
