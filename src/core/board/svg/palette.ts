/**
 * The colours of an exported board, one explicit palette per theme: an exported file leaves
 * the editor (and its CSS variables) behind, so every colour is written into it. Every text
 * colour is listed with each background it stands on (textPairs), and a test holds each pair
 * to WCAG AA (4.5:1).
 */
import type { Status } from '../types';

export type ExportTheme = 'light' | 'dark' | 'high-contrast';
export const EXPORT_THEMES: readonly ExportTheme[] = ['light', 'dark', 'high-contrast'];

export interface Palette {
  page: string;
  /** Titles, card text, axis labels. */
  text: string;
  /** Footers and other secondary text. */
  muted: string;
  card: string;
  cardStroke: string;
  note: string;
  noteStroke: string;
  status: Record<Status, string>;
  /** The stripe of a box without a status. */
  neutral: string;
  code: string;
  link: string;
  axis: string;
  dot: string;
  guide: string;
  car: {
    road: string;
    roadLine: string;
    chassis: string;
    body: string;
    bodyStroke: string;
    window: string;
    line: string;
    markerFill: string;
    markerText: string;
    /** Part names stand on the page, some over the car: a halo of the page colour keeps them readable. */
    label: string;
    halo: string;
  };
}

export const PALETTES: Record<ExportTheme, Palette> = {
  light: {
    page: '#fafafa', text: '#1d1d1d', muted: '#4a4a4a', card: '#ffffff', cardStroke: '#8a8a8a', note: '#fff7c2', noteStroke: '#8a7a1f',
    status: { answered: '#2e7d32', weak: '#8a5300', missing: '#c62828' }, neutral: '#6b6b6b',
    code: '#6a1b9a', link: '#0b57a4', axis: '#1d1d1d', dot: '#2f6fb3', guide: '#767676',
    car: { road: '#6b6b6b', roadLine: '#f2f2f2', chassis: '#3c3c3c', body: '#2f6fb3', bodyStroke: '#1d4675', window: '#cfe3f7', line: '#1d1d1d', markerFill: '#ffffff', markerText: '#1d1d1d', label: '#1d1d1d', halo: '#fafafa' },
  },
  dark: {
    page: '#1e1e1e', text: '#e8e8e8', muted: '#bdbdbd', card: '#2b2b2b', cardStroke: '#6e6e6e', note: '#3b3613', noteStroke: '#a89a3c',
    status: { answered: '#7cc47f', weak: '#e6b54a', missing: '#ff8f80' }, neutral: '#9e9e9e',
    code: '#e2b3ff', link: '#6cb6ff', axis: '#e8e8e8', dot: '#6cb6ff', guide: '#8a8a8a',
    car: { road: '#4a4a4a', roadLine: '#d0d0d0', chassis: '#9e9e9e', body: '#3f7fc4', bodyStroke: '#9cc7f0', window: '#cfe3f7', line: '#e8e8e8', markerFill: '#1e1e1e', markerText: '#ffffff', label: '#e8e8e8', halo: '#1e1e1e' },
  },
  'high-contrast': {
    page: '#000000', text: '#ffffff', muted: '#ffffff', card: '#000000', cardStroke: '#ffffff', note: '#000000', noteStroke: '#f38518',
    status: { answered: '#89d185', weak: '#ffd700', missing: '#ff9a8c' }, neutral: '#ffffff',
    code: '#ffd700', link: '#3ff2ff', axis: '#ffffff', dot: '#3ff2ff', guide: '#ffffff',
    car: { road: '#000000', roadLine: '#ffffff', chassis: '#ffffff', body: '#000000', bodyStroke: '#ffffff', window: '#000000', line: '#ffffff', markerFill: '#000000', markerText: '#ffffff', label: '#ffffff', halo: '#000000' },
  },
};

export interface TextPair {
  name: string;
  text: string;
  background: string;
}

/** Every text colour of the export with every background it is drawn on. */
export function textPairs(palette: Palette): TextPair[] {
  const pairs: TextPair[] = [
    { name: 'title on page', text: palette.text, background: palette.page },
    { name: 'timeline text on page', text: palette.text, background: palette.page },
    { name: 'car part names on page', text: palette.car.label, background: palette.page },
    { name: 'car part names in their halo', text: palette.car.label, background: palette.car.halo },
    { name: 'car marker numbers', text: palette.car.markerText, background: palette.car.markerFill },
  ];
  for (const [where, background] of [['card', palette.card], ['note', palette.note]] as const) {
    pairs.push(
      { name: `text on ${where}`, text: palette.text, background },
      { name: `muted text on ${where}`, text: palette.muted, background },
      { name: `code on ${where}`, text: palette.code, background },
      { name: `link on ${where}`, text: palette.link, background },
    );
  }
  for (const status of ['answered', 'weak', 'missing'] as const) pairs.push({ name: `status ${status} on card`, text: palette.status[status], background: palette.card });
  return pairs;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
