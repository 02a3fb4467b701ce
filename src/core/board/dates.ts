/**
 * Finds the first date expression in a line of a plan and turns it into a month
 * count, so Crystal Ball items can be placed on a five-year line. Dutch and English.
 */
export interface FoundDate {
  /** The expression as written. */
  when: string;
  /** Months since year 0 (year * 12 + month - 1). */
  month: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mrt: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, augustus: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const PARTS: Record<string, number> = {
  begin: 1, start: 1, early: 2, voorjaar: 4, lente: 4, spring: 4, medio: 6, midden: 6, mid: 6, halverwege: 6,
  zomer: 7, summer: 7, najaar: 10, herfst: 10, autumn: 10, fall: 10, eind: 11, einde: 11, end: 11, late: 11, winter: 12,
};
const NUMBERS: Record<string, number> = { een: 1, één: 1, a: 1, an: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, five: 5, zes: 6, six: 6 };

const YEAR = String.raw`((?:19|20)\d{2})`;
const PATTERNS: Array<[RegExp, (m: RegExpExecArray, now: number) => number]> = [
  [new RegExp(String.raw`\b${YEAR}-(\d{2})(?:-\d{2})?\b`), (m) => at(+m[1], +m[2])],
  [new RegExp(String.raw`\b\d{1,2}[-/.](\d{1,2})[-/.]${YEAR}\b`), (m) => at(+m[2], +m[1])],
  [new RegExp(String.raw`\b[QK]([1-4])[\s-]*'?${YEAR}\b`, 'i'), (m) => at(+m[2], (+m[1] - 1) * 3 + 2)],
  [new RegExp(String.raw`\b${YEAR}[\s-]*[QK]([1-4])\b`, 'i'), (m) => at(+m[1], (+m[2] - 1) * 3 + 2)],
  [new RegExp(String.raw`\bH([12])[\s-]*${YEAR}\b`, 'i'), (m) => at(+m[2], m[1] === '1' ? 3 : 9)],
  [new RegExp(String.raw`\b(?:\d{1,2}\s+)?(${Object.keys(MONTHS).join('|')})\.?\s+${YEAR}\b`, 'i'), (m) => at(+m[2], MONTHS[m[1].toLowerCase()])],
  [new RegExp(String.raw`\b(${Object.keys(PARTS).join('|')})\s+(?:van\s+|of\s+)?${YEAR}\b`, 'i'), (m) => at(+m[2], PARTS[m[1].toLowerCase()])],
  [new RegExp(String.raw`\b(?:over|na|binnen|in|after|within)\s+(\d{1,2}|${Object.keys(NUMBERS).join('|')})\s+(maanden|maand|months?|jaar|jaren|years?)\b`, 'i'), (m, now) => now + amount(m[1]) * (/^(?:maand|month)/i.test(m[2]) ? 1 : 12)],
  [new RegExp(String.raw`\b${YEAR}\b`), (m) => at(+m[1], 6)],
];

/** The first date expression in `text`; relative ones ("over twee jaar") count from `now`. */
export function findDate(text: string, now: number): FoundDate | undefined {
  let best: { index: number; found: FoundDate } | undefined;
  for (const [pattern, toMonth] of PATTERNS) {
    const match = pattern.exec(text);
    // The earliest expression in the line wins; on a tie the more precise pattern (listed first) does.
    if (match && (!best || match.index < best.index)) best = { index: match.index, found: { when: match[0].trim(), month: toMonth(match, now) } };
  }
  return best?.found;
}

/** "2026-11-25", a Date, or undefined → a month count; falls back to `fallback`. */
export function monthOf(value: unknown, fallback: Date): number {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return at(value.getUTCFullYear(), value.getUTCMonth() + 1);
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})/.exec(value.trim());
    if (match) return at(+match[1], +match[2]);
  }
  return at(fallback.getFullYear(), fallback.getMonth() + 1);
}

export function formatMonth(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

function at(year: number, month: number): number {
  return year * 12 + Math.min(12, Math.max(1, month)) - 1;
}

function amount(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBERS[word.toLowerCase()] ?? 1;
}
