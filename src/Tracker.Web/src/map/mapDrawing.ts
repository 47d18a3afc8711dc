import { svg } from '../shared/dom';
import { qualifiedDate } from '../shared/dates';
import { statusFill, statusLabel } from '../shared/status';
import { MAP_HEIGHT, MAP_WIDTH, type CountiesGeometry, type StatesGeometry } from './geometry';
import type { MapData, Place } from './statuses';

/** What the map tells its view: a shape was chosen (click, Enter or Space), or pointed at / focused. */
export interface MapEvents {
  select(target: { code: string | null; fips: string; name: string }): void;
  point(text: string | null, at?: { x: number; y: number }): void;
}

/**
 * The SVG map of the states (and, on demand, the counties), each shape filled with its status's pattern.
 * States are buttons in the tab order (by name), so the keyboard reaches every one; counties are focusable
 * only where the tracker has a status for them (3,000 tab stops would be no use; the table lists them all).
 */
export class StatusMap {
  readonly element: SVGElement;
  private readonly statesLayer: SVGElement;
  private readonly countiesLayer: SVGElement;
  private data: MapData = { places: [], counties: new Map(), counts: { places: new Map(), counties: new Map() } };
  private counties: CountiesGeometry | null = null;
  private showCounties = false;

  constructor(private readonly states: StatesGeometry, private readonly events: MapEvents, label: string) {
    this.statesLayer = svg('g', { class: 'states' });
    this.countiesLayer = svg('g', { class: 'counties', display: 'none' });
    this.element = svg(
      'svg',
      { class: 'map', viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, role: 'group', 'aria-label': label },
      this.countiesLayer,
      this.statesLayer,
      svg('path', { class: 'borders', d: states.borders, 'aria-hidden': 'true' }),
    );
    this.element.addEventListener('pointerleave', () => this.events.point(null));
  }

  setLabel(label: string): void {
    this.element.setAttribute('aria-label', label);
  }

  /** Draws the shapes with the statuses of `data` (called again whenever the date or the record changes). */
  render(data: MapData): void {
    this.data = data;
    const byFips = new Map(data.places.filter((p) => p.fips).map((p) => [p.fips!, p]));
    const shapes = [...this.states.states].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    this.statesLayer.replaceChildren(
      ...shapes.map((shape) => {
        const place = byFips.get(shape.fips);
        // DC is a few pixels on the map: its tile below is its keyboard stop.
        return this.shape(shape.path, place ?? null, shape.fips, shape.name, this.showCounties || shape.fips === '11' ? -1 : 0, 'state');
      }),
    );
    this.statesLayer.classList.toggle('outline-only', this.showCounties);
    if (this.showCounties && this.counties) this.renderCounties();
  }

  /** Shows or hides the county layer (loading its geometry the first time). */
  async setCounties(show: boolean, load: () => Promise<CountiesGeometry>): Promise<void> {
    this.showCounties = show;
    if (show && !this.counties) this.counties = await load();
    this.countiesLayer.setAttribute('display', show ? 'inline' : 'none');
    this.element.classList.toggle('counties-shown', show);
    this.render(this.data);
  }

  /** Marks the selected jurisdiction's shape. */
  select(code: string | null, fips: string | null): void {
    for (const shape of this.element.querySelectorAll('.shape.selected')) shape.classList.remove('selected');
    const selector = code ? `.shape[data-code="${CSS.escape(code)}"]` : fips ? `.shape[data-fips="${CSS.escape(fips)}"]` : null;
    if (selector) this.element.querySelector(selector)?.classList.add('selected');
  }

  private renderCounties(): void {
    const counties = this.counties!;
    const recorded = (fips: string) => (this.data.counties.get(fips)?.status ?? 'UNKNOWN') !== 'UNKNOWN';
    // Counties with a status are drawn last, so their dark outline (which finds the small ones) lies on top.
    const ordered = [...counties.counties.filter((c) => !recorded(c.fips)), ...counties.counties.filter((c) => recorded(c.fips))];
    this.countiesLayer.replaceChildren(
      ...ordered.map((shape) => {
        const place = this.data.counties.get(shape.fips) ?? null;
        return this.shape(shape.path, place, shape.fips, place?.name ?? `${shape.name}`, recorded(shape.fips) ? 0 : -1, 'county');
      }),
      svg('path', { class: 'borders state-borders', d: counties.stateBorders, 'aria-hidden': 'true' }),
    );
  }

  private shape(d: string, place: Place | null, fips: string, name: string, tabIndex: number, kind: 'state' | 'county'): SVGElement {
    const status = place?.status ?? 'UNKNOWN';
    const description = describe(place?.name ?? name, status, place?.since ?? null);
    const element = svg('path', {
      d,
      class: `shape ${kind}${kind === 'county' && status !== 'UNKNOWN' ? ' recorded' : ''}`,
      fill: statusFill(status),
      'data-fips': fips,
      'data-code': place?.code,
      'data-status': status,
      tabindex: tabIndex,
      role: 'button',
      'aria-label': description,
    });
    const select = () => this.events.select({ code: place?.code ?? null, fips, name: place?.name ?? name });
    element.addEventListener('click', select);
    element.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        select();
      }
    });
    element.addEventListener('pointermove', (event) => this.events.point(description, { x: (event as PointerEvent).clientX, y: (event as PointerEvent).clientY }));
    element.addEventListener('focus', () => this.events.point(description));
    element.addEventListener('blur', () => this.events.point(null));
    return element;
  }
}

/** "Minnesota: Refused to join, on 24 May 2011". */
export function describe(name: string, status: string, since: { effectiveOn: string; datePrecision: string; dateQualifier: string } | null): string {
  return `${name}: ${statusLabel(status)}${since ? `, ${qualifiedDate(since)}` : ''}`;
}
