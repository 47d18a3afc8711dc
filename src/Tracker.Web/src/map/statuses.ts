import { query } from '../api/client';
import type { DatedFact } from '../shared/dates';
import mapStatuses from '../../queries/MapStatuses.graphql';
import mapCounties from '../../queries/MapCounties.graphql';

export type DatedStatus = DatedFact & { readonly effectiveOn: string; readonly datePrecision: string; readonly dateQualifier: string };

/** A place on the map: a state, DC, territory or county with its status on the map's day. */
export interface Place {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly fips: string | null;
  readonly status: string;
  /** The event the status comes from on the map's day; null when UNKNOWN. */
  readonly since: DatedStatus | null;
}

/** How many jurisdictions have each status on the map's day: states, DC and territories; counties. */
export interface StatusCounts {
  readonly places: Map<string, number>;
  readonly counties: Map<string, number>;
}

/** The states, DC and territories on a day (by name), with the legend's counts. */
export interface PlacesOnDay {
  readonly places: Place[];
  readonly counts: StatusCounts;
}

/** What the map draws: the places and (once loaded) the counties with a status, on one day. */
export interface MapData extends PlacesOnDay {
  /** Counties whose status is not UNKNOWN that day, by FIPS (every other county is UNKNOWN). */
  readonly counties: Map<string, Place>;
}

interface JurisdictionRow {
  code: string;
  name: string;
  kind: string;
  fips: string | null;
  status: string;
  currentStatusEvent: DatedStatus | null;
}

/** Bounded paging: the county layer reads at most this many pages of 100 (there are 3,234 counties in all). */
const MAX_COUNTY_PAGES = 40;
const PLACE_KINDS = new Set(['STATE', 'DISTRICT', 'TERRITORY']);

/**
 * The states, DC and territories with their statuses on `date` (today when null), as the server's `asOf` gives
 * them (README's "How dates count"), and the counts by status from `statusSummary(asOf:)`: one GET.
 */
export async function loadPlaces(date: string | null, signal?: AbortSignal): Promise<PlacesOnDay> {
  const result = await query<{ jurisdictions: { nodes: JurisdictionRow[] }; statusSummary: { byKind: { kind: string; status: string; count: number }[] } }>(mapStatuses, date ? { asOf: date } : undefined, signal);
  const places = new Map<string, number>();
  const counties = new Map<string, number>();
  for (const { kind, status, count } of result.statusSummary.byKind) {
    const counts = kind === 'COUNTY' ? counties : PLACE_KINDS.has(kind) ? places : null;
    if (counts) counts.set(status, (counts.get(status) ?? 0) + count);
  }
  return { places: result.jurisdictions.nodes.map(toPlace), counts: { places, counties } };
}

/**
 * The counties whose status on `date` is not UNKNOWN, by FIPS; every other county is UNKNOWN that day, so only
 * these are asked for (a page or a few, by GET).
 */
export async function loadCountyStatuses(date: string | null, signal?: AbortSignal): Promise<Map<string, Place>> {
  const counties = new Map<string, Place>();
  let after: string | null = null;
  for (let page = 0; page < MAX_COUNTY_PAGES; page++) {
    const variables: Record<string, string> = {};
    if (date) variables.asOf = date;
    if (after) variables.after = after;
    const result: { jurisdictions: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: JurisdictionRow[] } } = await query(mapCounties, variables, signal);
    for (const row of result.jurisdictions.nodes) {
      if (row.fips) counties.set(row.fips, { ...toPlace(row), kind: 'COUNTY' });
    }
    if (!result.jurisdictions.pageInfo.hasNextPage) break;
    after = result.jurisdictions.pageInfo.endCursor;
  }
  return counties;
}

function toPlace(row: JurisdictionRow): Place {
  return { code: row.code, name: row.name, kind: row.kind, fips: row.fips, status: row.status, since: row.currentStatusEvent };
}
