/**
 * The Build Your Vehicle car, drawn as SVG by code: body, cabin, wheels, road, and a
 * numbered marker on each of the six parts. Presentation attributes give export-safe
 * colours; on screen, CSS classes override them with the theme's colours.
 */
import { s, type VNode } from '../vnode';
import { PALETTES, type Palette } from './palette';

/** Marker positions (viewBox 0 0 420 240) in the order of VEHICLE_PARTS: driver, passengers, chassis, engine, fuel, road. */
export const PART_MARKERS: ReadonlyArray<{ x: number; y: number }> = [
  { x: 250, y: 78 }, { x: 165, y: 78 }, { x: 205, y: 168 }, { x: 345, y: 118 }, { x: 72, y: 120 }, { x: 210, y: 222 },
];

export function carDrawing(labels: string[], options: { title?: string; x?: number; y?: number; scale?: number; colours?: Palette['car'] } = {}): VNode {
  const c = options.colours ?? PALETTES.light.car;
  const transform = `translate(${options.x ?? 0} ${options.y ?? 0}) scale(${options.scale ?? 1})`;
  return s('g', { class: 'car', transform },
    options.title ? s('title', {}, options.title) : undefined,
    // Road with a dashed centre line.
    s('rect', { class: 'car-road', x: 0, y: 200, width: 420, height: 40, fill: c.road }),
    s('line', { class: 'car-road-line', x1: 10, y1: 222, x2: 410, y2: 222, stroke: c.roadLine, 'stroke-width': 3, 'stroke-dasharray': '18 12' }),
    // Chassis, body and cabin.
    s('rect', { class: 'car-chassis', x: 40, y: 160, width: 340, height: 14, rx: 4, fill: c.chassis }),
    s('path', { class: 'car-body', d: 'M40 165 L40 120 Q42 104 60 102 L120 100 L150 50 Q156 42 168 42 L280 42 Q292 42 300 52 L330 98 L372 106 Q392 110 392 128 L392 165 Z', fill: c.body, stroke: c.bodyStroke, 'stroke-width': 2 }),
    s('path', { class: 'car-window', d: 'M158 96 L176 56 L214 56 L214 96 Z', fill: c.window }),
    s('path', { class: 'car-window', d: 'M224 96 L224 56 L282 56 L310 96 Z', fill: c.window }),
    // Driver with steering wheel, passengers in the back.
    s('circle', { class: 'car-person', cx: 250, cy: 72, r: 9, fill: '#5a3e2b' }),
    s('circle', { class: 'car-wheel-steer', cx: 276, cy: 84, r: 8, fill: 'none', stroke: c.line, 'stroke-width': 3 }),
    s('circle', { class: 'car-person', cx: 186, cy: 74, r: 8, fill: '#8a5a3b' }),
    s('circle', { class: 'car-person', cx: 202, cy: 76, r: 7, fill: '#b07a52' }),
    // Engine under the bonnet, fuel cap at the back.
    s('rect', { class: 'car-engine', x: 330, y: 112, width: 40, height: 26, rx: 3, fill: '#9aa5b1', stroke: c.line }),
    s('rect', { class: 'car-fuel', x: 52, y: 112, width: 16, height: 20, rx: 3, fill: '#e0a526', stroke: c.line }),
    // Wheels.
    ...[110, 320].map((cx) => s('g', { class: 'car-wheel' },
      s('circle', { cx, cy: 172, r: 28, fill: '#1d1d1d', stroke: c.line, 'stroke-width': 2 }),
      s('circle', { cx, cy: 172, r: 12, fill: '#c8c8c8' }))),
    // Numbered markers with the part names.
    ...PART_MARKERS.map((marker, index) => s('g', { class: 'car-marker' },
      s('circle', { cx: marker.x, cy: marker.y, r: 11, fill: c.markerFill, stroke: c.line, 'stroke-width': 2 }),
      s('text', { x: marker.x, y: marker.y + 4, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 'bold', fill: c.markerText }, String(index + 1)),
      labels[index] ? s('text', { class: 'car-label', x: marker.x, y: marker.y - 16, 'text-anchor': 'middle', 'font-size': 11, fill: c.label, stroke: c.halo, 'stroke-width': 3, 'paint-order': 'stroke' }, labels[index]) : undefined)));
}
