import type { DatePrecision } from './types.js';
import { NUMBER_WORD, readCount } from './scope.js';

/** A date or period in text: "1 maart 2027", "mei 2027", "Q3 2027", "voorjaar 2028", "januari – maart 2027", "eind 2027". */
export interface DateSpan {
  /** First and last day of the period, ISO. */
  start: string;
  end: string;
  precision: DatePrecision;
}

export interface DateMention {
  span: DateSpan;
  index: number;
  end: number;
  raw: string;
  /** A year on its own ("2028"): a plan date only as a timeline entry. */
  bare: boolean;
  /** Two dates joined: "januari – maart 2027". */
  range: boolean;
}

const MONTHS: Array<[string, number]> = [
  ['januari|january|jan', 1], ['februari|february|feb', 2], ['maart|march|mrt|mar', 3], ['april|apr', 4], ['mei|may', 5],
  ['juni|june|jun', 6], ['juli|july|jul', 7], ['augustus|august|aug', 8], ['september|sept|sep', 9],
  ['oktober|october|okt|oct', 10], ['november|nov', 11], ['december|dec', 12],
];
const MONTH = `(?:${MONTHS.map(([names]) => names).join('|')})`;
const QUARTER_WORDS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, '1e': 1, '2e': 2, '3e': 3, '4e': 4, first: 1, second: 2, third: 3, fourth: 4 };
/** Seasons as the quarter they mostly fall in. */
const SEASONS: Record<string, number> = { winter: 1, voorjaar: 2, lente: 2, spring: 2, zomer: 3, summer: 3, najaar: 4, herfst: 4, autumn: 4, fall: 4 };
const PARTS: Record<string, number> = { begin: 1, early: 1, beginning: 1, medio: 7, midden: 7, halverwege: 7, mid: 7, eind: 12, einde: 12, late: 12, end: 12 };

const ATOM = new RegExp(
  [
    String.raw`(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})\b`,
    String.raw`\b(?<nd>\d{1,2})[-/.](?<nm>\d{1,2})[-/.](?<ny>\d{4})\b`,
    String.raw`\b(?<dd>\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+(?<dm>${MONTH})\b\.?(?:,?\s+(?<dy>\d{4})\b)?`,
    String.raw`\b(?<mdm>${MONTH})\b\.?\s+(?<mdd>\d{1,2})(?:(?:st|nd|rd|th)?,\s*|\s+)(?<mdy>\d{4})\b`,
    String.raw`(?:\b(?<hw>eerste|tweede|first|second|1e|2e)\s+(?:helft|half)(?:\s+(?:van|of))?|\b[Hh](?<hn>[12]))\s+(?<hy>\d{4})\b`,
    String.raw`(?:\b(?<qq>[QK])(?<qn>[1-4])\b|\b(?<qw>eerste|tweede|derde|vierde|1e|2e|3e|4e|first|second|third|fourth)\s+(?:kwartaal|quarter)(?:\s+(?:van|of))?)(?:\s*'?(?<qy>\d{4})\b)?`,
    String.raw`\b(?<season>voorjaar|lente|zomer|najaar|herfst|winter|spring|summer|autumn|fall)(?:\s+(?:van|of))?\s+(?<sy>\d{4})\b`,
    String.raw`\b(?<part>begin|eind|einde|medio|midden|halverwege|early|mid|late|end|beginning)(?:\s+(?:van|of))?\s+(?<py>\d{4})\b`,
    String.raw`\b(?<mm>${MONTH})\b\.?(?:,?\s+'?(?<my>\d{4})\b)?`,
    String.raw`\b(?<by>(?:19|20)\d{2})\b`,
  ].join('|'),
  'gi',
);

interface Atom {
  index: number;
  end: number;
  raw: string;
  kind: 'day' | 'month' | 'quarter' | 'half' | 'year';
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  bare: boolean;
}

const RANGE_SEPARATOR = /^\s*(?:–|—|-|tot en met|t\/m|tm|tot|until|till|to|through|thru)\s*$/i;
const LIST_SEPARATOR = /^\s*(?:en|and|&|,)\s*$/i;

/** Every date and period in `text` with a year, ranges joined ("februari tot en met april 2027" is one mention). */
export function findDates(text: string): DateMention[] {
  const atoms = readAtoms(text);
  const mentions: DateMention[] = [];
  for (let index = 0; index < atoms.length; index++) {
    const first = atoms[index];
    const next = atoms[index + 1];
    const between = next ? text.slice(first.end, next.index) : '';
    const joins = next && !next.bare && !first.bare && (RANGE_SEPARATOR.test(between) || (LIST_SEPARATOR.test(between) && first.year === undefined));
    if (joins && next.year !== undefined) {
      const from = first.year === undefined ? { ...first, year: inheritYear(first, next) } : first;
      const last = spanOf(next);
      const start = spanOf(from);
      if (start && last) {
        mentions.push({ span: { start: start.start, end: last.end, precision: finer(start.precision, last.precision) }, index: first.index, end: next.end, raw: text.slice(first.index, next.end), bare: false, range: true });
        index++;
        continue;
      }
    }
    const span = first.year === undefined ? undefined : spanOf(first);
    if (span) mentions.push({ span, index: first.index, end: first.end, raw: first.raw, bare: first.bare, range: false });
  }
  return mentions;
}

function readAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  for (let match = ATOM.exec(text); match; match = ATOM.exec(text)) {
    const g = match.groups!;
    const base = { index: match.index, end: match.index + match[0].length, raw: match[0], bare: false };
    if (g.iy) atoms.push({ ...base, kind: 'day', year: +g.iy, month: +g.im, day: +g.id });
    else if (g.ny) atoms.push({ ...base, kind: 'day', year: +g.ny, month: +g.nm, day: +g.nd });
    else if (g.dm) atoms.push({ ...base, kind: 'day', year: g.dy ? +g.dy : undefined, month: monthOf(g.dm), day: +g.dd });
    else if (g.mdm) atoms.push({ ...base, kind: 'day', year: +g.mdy, month: monthOf(g.mdm), day: +g.mdd });
    else if (g.hw || g.hn) atoms.push({ ...base, kind: 'half', year: +g.hy, quarter: /^(?:eerste|first|1e|1)$/i.test(g.hw ?? g.hn) ? 1 : 3 });
    else if (g.qn || g.qw) atoms.push({ ...base, kind: 'quarter', year: g.qy ? +g.qy : undefined, quarter: g.qn ? +g.qn : QUARTER_WORDS[g.qw.toLowerCase()] });
    else if (g.season) atoms.push({ ...base, kind: 'quarter', year: +g.sy, quarter: SEASONS[g.season.toLowerCase()] });
    else if (g.part) atoms.push({ ...base, kind: 'month', year: +g.py, month: PARTS[g.part.toLowerCase()] });
    else if (g.mm) {
      // "may" and "mar" are words too: without a year they count only in a range or list of months.
      if (!g.my && /^(?:may|mar|jan|jun|jul|aug|dec|sep|nov|oct|okt|feb|apr)$/.test(g.mm)) continue;
      atoms.push({ ...base, kind: 'month', year: g.my ? +g.my : undefined, month: monthOf(g.mm) });
    } else if (g.by) atoms.push({ ...base, kind: 'year', year: +g.by, bare: true });
  }
  return atoms.filter((atom) => atom.kind !== 'day' || (atom.day! >= 1 && atom.day! <= 31 && atom.month! >= 1 && atom.month! <= 12));
}

/** "november – februari 2027" starts in the year before. */
function inheritYear(first: Atom, next: Atom): number {
  const firstMonth = first.month ?? (first.quarter ? first.quarter * 3 : 1);
  const nextMonth = next.month ?? (next.quarter ? next.quarter * 3 : 12);
  return firstMonth > nextMonth ? next.year! - 1 : next.year!;
}

function spanOf(atom: Atom): DateSpan | undefined {
  const year = atom.year!;
  switch (atom.kind) {
    case 'day':
      if (atom.day! > daysIn(year, atom.month!)) return undefined;
      return { start: iso(year, atom.month!, atom.day!), end: iso(year, atom.month!, atom.day!), precision: 'day' };
    case 'month':
      return { start: iso(year, atom.month!, 1), end: iso(year, atom.month!, daysIn(year, atom.month!)), precision: 'month' };
    case 'quarter': {
      const last = atom.quarter! * 3;
      return { start: iso(year, last - 2, 1), end: iso(year, last, daysIn(year, last)), precision: 'quarter' };
    }
    case 'half': {
      // "tweede helft van 2021", "H1 2027": two quarters, first day to last.
      const first = atom.quarter! * 3 - 2;
      return { start: iso(year, first, 1), end: iso(year, first + 5, daysIn(year, first + 5)), precision: 'quarter' };
    }
    case 'year':
      return { start: iso(year, 1, 1), end: iso(year, 12, 31), precision: 'year' };
  }
}

const ORDER: DatePrecision[] = ['day', 'month', 'quarter', 'year'];
function finer(a: DatePrecision, b: DatePrecision): DatePrecision {
  return ORDER[Math.min(ORDER.indexOf(a), ORDER.indexOf(b))];
}

function monthOf(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.find(([names]) => names.split('|').some((candidate) => candidate === lower))?.[1] ?? 0;
}

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A length of time: "18 maanden", "tien weken", "anderhalf jaar", "12 months". */
export interface Duration {
  months: number;
  days: number;
  index: number;
  end: number;
  raw: string;
}

const DURATION = new RegExp(
  String.raw`\b(?<count>\d+(?:[.,]\d+)?|${NUMBER_WORD})\s+(?<unit>werkdagen|dagen|dag|weken|week|maanden|maand|jaren|jaar|kwartalen|kwartaal|days?|weeks?|months?|years?|quarters?)\b`,
  'gi',
);

export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  DURATION.lastIndex = 0;
  for (let match = DURATION.exec(text); match; match = DURATION.exec(text)) {
    const count = readCount(match.groups!.count);
    if (count === undefined) continue;
    const unit = match.groups!.unit.toLowerCase();
    const base = { index: match.index, end: match.index + match[0].length, raw: match[0] };
    if (/^(?:werk)?dag|^day/.test(unit)) found.push({ ...base, months: 0, days: count });
    else if (/^we/.test(unit)) found.push({ ...base, months: 0, days: count * 7 });
    else if (/^maand|^month/.test(unit)) found.push({ ...base, months: count, days: 0 });
    else if (/^kwart|^quarter/.test(unit)) found.push({ ...base, months: count * 3, days: 0 });
    else found.push({ ...base, months: count * 12, days: 0 });
  }
  return found;
}

/** The last day of a period of `duration` that starts on `start`. */
export function addDuration(start: string, duration: Pick<Duration, 'months' | 'days'>): string {
  const [year, month, day] = start.split('-').map(Number);
  const whole = Math.floor(duration.months);
  const date = new Date(Date.UTC(year, month - 1 + whole, day + Math.round((duration.months - whole) * 30) + duration.days - 1));
  return date.toISOString().slice(0, 10);
}
