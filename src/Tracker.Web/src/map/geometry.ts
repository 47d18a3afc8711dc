import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A shape to draw: its FIPS id, the Census name, and its SVG path in the map's 975 x 610 frame. */
export interface Shape {
  readonly fips: string;
  readonly name: string;
  readonly path: string;
}

export interface StatesGeometry {
  readonly states: Shape[];
  readonly borders: string;
}

export interface CountiesGeometry {
  readonly counties: Shape[];
  readonly stateBorders: string;
}

/** The frame of us-atlas's Albers USA projection (the data is projected already, so no projection runs here). */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

const path = geoPath();

type Named = GeometryCollection<{ name: string }>;

/** Shared by every view that draws the map, so no one view's abort cancels it. */
async function loadJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The map data could not be loaded (${response.status}).`);
  return (await response.json()) as T;
}

function shapes(topology: Topology, collection: Named): Shape[] {
  return feature(topology, collection).features.map((f) => ({ fips: String(f.id), name: f.properties?.name ?? String(f.id), path: path(f) ?? '' }));
}

let states: Promise<StatesGeometry> | null = null;
let counties: Promise<CountiesGeometry> | null = null;

/**
 * The 50 states and DC (us-atlas's Albers files leave the territories out; the map shows them as tiles), as SVG
 * paths the build made from us-atlas, ready to draw.
 */
export function loadStates(): Promise<StatesGeometry> {
  states ??= loadJson<StatesGeometry>(__STATES_URL__);
  states.catch(() => (states = null));
  return states;
}

/** Every county (about 3,100 shapes), loaded only when the county layer is shown. */
export function loadCounties(): Promise<CountiesGeometry> {
  counties ??= loadJson<Topology>(__COUNTIES_URL__).then((topology) => ({
    counties: shapes(topology, topology.objects.counties as Named),
    stateBorders: path(mesh(topology, topology.objects.states as Named, (a, b) => a !== b)) ?? '',
  }));
  counties.catch(() => (counties = null));
  return counties;
}
