import { query } from '../api/client';
import mapStatuses from '../../queries/MapStatuses.graphql';
import mapCounties from '../../queries/MapCounties.graphql';
import mapAsOf from '../../queries/MapAsOf.graphql';

export interface DatedStatus {
  readonly effectiveOn: string;
  readonly datePrecision: string;
  readonly dateQualifier: string;
}

/** A place on the map: a state, DC or territory from the record, or a county the record has a status for. */
export interface Place {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly fips: string | null;
  status: string;
  /** The event the shown status comes from; null when UNKNOWN. */
  since: DatedStatus | null;
}

export interface MapData {
  /** States, DC and territories, by name. */
  readonly places: Place[];
  /** Counties with a recorded status, by FIPS (the rest are drawn as "no record"). */
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

/** Bounded paging: the county layer reads at most this many pages of 100. */
const MAX_COUNTY_PAGES = 50;

/** The places and their current statuses. */
export async function loadCurrent(signal?: AbortSignal): Promise<MapData> {
  const [states, counties] = await Promise.all([
    query<{ jurisdictions: { nodes: JurisdictionRow[] } }>(mapStatuses, undefined, signal),
    loadCounties(signal),
  ]);
  return { places: states.jurisdictions.nodes.map(toPlace), counties };
}

async function loadCounties(signal?: AbortSignal): Promise<Map<string, Place>> {
  const counties = new Map<string, Place>();
  let after: string | null = null;
  for (let page = 0; page < MAX_COUNTY_PAGES; page++) {
    const result: { jurisdictions: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: JurisdictionRow[] } } =
      await query(mapCounties, after ? { after } : undefined, signal);
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

/**
 * The statuses on a past date: the standing events up to that date replayed in order (the timeline's rule: the
 * latest effective date wins). This is the one place to change when the API answers `jurisdictions(asOf:)`.
 */
export async function loadAsOf(date: string, current: MapData, signal?: AbortSignal): Promise<MapData> {
  const result = await query<{ statusTimeline: { events: (DatedStatus & { status: string; jurisdiction: { code: string; kind: string; fips: string | null } })[] } }>(mapAsOf, { date }, signal);
  const latest = new Map<string, { status: string; since: DatedStatus; kind: string; fips: string | null }>();
  for (const event of result.statusTimeline.events) {
    latest.set(event.jurisdiction.code, { status: event.status, since: event, kind: event.jurisdiction.kind, fips: event.jurisdiction.fips });
  }
  const places = current.places.map((place) => {
    const then = latest.get(place.code);
    return { ...place, status: then?.status ?? 'UNKNOWN', since: then?.since ?? null };
  });
  const counties = new Map<string, Place>();
  for (const [code, then] of latest) {
    if (then.kind === 'COUNTY' && then.fips) {
      const known = [...current.counties.values()].find((c) => c.code === code);
      counties.set(then.fips, { code, name: known?.name ?? code, kind: 'COUNTY', fips: then.fips, status: then.status, since: then.since });
    }
  }
  return { places, counties };
}
