import { svg } from '../shared/dom';
import { STATUSES, statusFill, statusLook } from '../shared/status';

/**
 * The fills of the statuses as SVG patterns (a colour and a texture each), defined once in a hidden SVG at the
 * top of the page; map shapes, tiles, legend swatches and chart bars all refer to them by id.
 */
export function patternDefinitions(): SVGElement {
  return svg(
    'svg',
    { class: 'pattern-defs', width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false' },
    svg('defs', {}, STATUSES.map((status) => pattern(status))),
  );
}

function pattern(status: string): SVGElement {
  const look = statusLook(status);
  const marks: SVGElement[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number) => svg('line', { x1, y1, x2, y2, stroke: look.ink, 'stroke-width': 1.1, 'stroke-opacity': 0.55 });
  switch (look.pattern) {
    case 'diagonal':
      marks.push(line(0, 8, 8, 0), line(-2, 2, 2, -2), line(6, 10, 10, 6));
      break;
    case 'antidiagonal':
      marks.push(line(0, 0, 8, 8), line(-2, 6, 2, 10), line(6, -2, 10, 2));
      break;
    case 'cross':
      marks.push(line(0, 8, 8, 0), line(0, 0, 8, 8));
      break;
    case 'horizontal':
      marks.push(line(0, 4, 8, 4));
      break;
    case 'vertical':
      marks.push(line(4, 0, 4, 8));
      break;
    case 'dots':
      marks.push(svg('circle', { cx: 4, cy: 4, r: 1.4, fill: look.ink, 'fill-opacity': 0.6 }));
      break;
    case 'none':
      break;
  }
  return svg('pattern', { id: `status-${status}`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, svg('rect', { width: 8, height: 8, fill: look.colour }), marks);
}

/** A small square filled like a status, for legends, tiles and tables. */
export function swatch(status: string, size = 16): SVGElement {
  return svg('svg', { class: 'swatch', width: size, height: size, viewBox: `0 0 ${size} ${size}`, 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { width: size, height: size, fill: statusFill(status), stroke: '#333', 'stroke-width': 1 }));
}
