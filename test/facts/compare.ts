/**
 * How an extracted fact is compared with a hand-written label (test/facts/expected.json).
 *
 * - owner: right when both are absent, or when the extracted string holds the key of the label:
 *   the person it names (every token of the name: "Student Tom" needs "tom"), or at least 60% of
 *   the label's significant tokens (case-insensitive; articles, prepositions and the generic words
 *   "gemeente", "municipality", "province", ... do not count, so "Hoofd Publiekszaken, gemeente
 *   Molenwaard" needs two of hoofd, publiekszaken, molenwaard).
 * - start, end: right when both are absent, or equal at the label's precision (day: the date;
 *   month: year and month; quarter: year and quarter; year: the year).
 * - cost: right when both are absent, or the totals differ by at most € 1.
 *
 * A label may keep the reviewer's own wording next to the scored value (`reviewer`, `note`, `value` on
 * a cost) and say how it was normalised (`normalised`). A date whose value is null (a duration or a
 * relative period, which is no date) counts as absent, and so does a cost whose total is null (hours,
 * tokens or person-months: no money total): the extractor is right to give none.
 */
export type Precision = 'day' | 'month' | 'quarter' | 'year';

export interface DateLabel {
  /** ISO prefix (2021, 2021-07, 2021-07-01), or null when the reviewer's period is no date. */
  value: string | null;
  precision?: Precision;
  quote: string;
  reviewer?: string;
  note?: string;
  normalised?: string;
}

export interface CostLabel {
  /** The money total in the plan's own currency, or null when the plan states no money amount. */
  total: number | null;
  currency?: string | null;
  value?: string;
  quote: string;
  normalised?: string;
}

export interface LabelledFacts {
  owner: { value: string; quote: string } | null;
  start: DateLabel | null;
  end: DateLabel | null;
  cost: CostLabel | null;
}

/** What an extractor gives for a plan: the report's flat values. */
export interface ExtractedFacts {
  owner?: string | null;
  start?: string | null;
  end?: string | null;
  cost?: number | null;
}

export const FACT_KINDS = ['owner', 'start', 'end', 'cost'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const NOT_SIGNIFICANT = new Set(
  'de het een van der den en bij voor in op of the a an and at for on to dr mr mrs ms gemeente municipality provincie province city'.split(' '),
);

export function significantTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((token) => token.length > 1 && !NOT_SIGNIFICANT.has(token));
}

export function ownerMatches(label: string, extracted: string): boolean {
  const wanted = [...new Set(significantTokens(label))];
  const found = new Set(significantTokens(extracted));
  if (wanted.length === 0) return true;
  const person = personTokens(label);
  if (person.length > 0 && person.every((token) => found.has(token))) return true;
  return wanted.filter((token) => found.has(token)).length / wanted.length >= 0.6;
}

/** Role words that open a label ("Student Tom", "Project Manager Quinn Ormond") and are not the name. */
const ROLE_WORDS = new Set(
  'student students project programme program manager product owner builder proposer applicant team executive director head chief prof dr mr mrs ms captain lead'.split(' '),
);

/** The name in the label's first part: its capitalised words after any role words, when they read as a name (two words, or one after a role). */
function personTokens(label: string): string[] {
  const first = label.replace(/\([^)]*\)/g, ' ').split(/,|\s(?:and|en|for)\s/)[0].trim();
  const words = first.split(/\s+/);
  let index = 0;
  while (index < words.length && ROLE_WORDS.has(words[index].toLowerCase().replace(/\.$/, ''))) index++;
  const rest = words.slice(index);
  const isName = rest.length > 0 && rest.every((word) => /^\p{Lu}/u.test(word) || /^(?:van|de|der|den|ter|ten|el)$/.test(word));
  if (!isName || (rest.length < 2 && index === 0)) return [];
  return significantTokens(rest.join(' '));
}

export function datesMatch(label: string, precision: Precision, extracted: string): boolean {
  switch (precision) {
    case 'day':
      return extracted.slice(0, 10) === label.slice(0, 10);
    case 'month':
      return extracted.slice(0, 7) === label.slice(0, 7);
    case 'quarter':
      return extracted.slice(0, 4) === label.slice(0, 4) && quarterOf(extracted) === quarterOf(label);
    case 'year':
      return extracted.slice(0, 4) === label.slice(0, 4);
  }
}

function quarterOf(iso: string): number {
  return Math.ceil(Number(iso.slice(5, 7)) / 3);
}

export function factRight(kind: FactKind, label: LabelledFacts, extracted: ExtractedFacts): boolean {
  switch (kind) {
    case 'owner':
      return label.owner === null ? !extracted.owner : !!extracted.owner && ownerMatches(label.owner.value, extracted.owner);
    case 'start':
    case 'end': {
      const wanted = label[kind];
      const got = extracted[kind];
      return wanted === null || wanted.value === null ? !got : !!got && datesMatch(wanted.value, wanted.precision ?? 'day', got);
    }
    case 'cost': {
      const total = label.cost?.total ?? null;
      return total === null
        ? extracted.cost === null || extracted.cost === undefined
        : typeof extracted.cost === 'number' && Math.abs(extracted.cost - total) <= 1;
    }
  }
}

export interface Score {
  right: Record<FactKind, number>;
  total: number;
  misses: string[];
}

export function scoreFacts(labels: Record<string, LabelledFacts>, extract: (file: string) => ExtractedFacts): Score {
  const right: Record<FactKind, number> = { owner: 0, start: 0, end: 0, cost: 0 };
  const misses: string[] = [];
  const files = Object.keys(labels);
  for (const file of files) {
    const extracted = extract(file);
    for (const kind of FACT_KINDS) {
      if (factRight(kind, labels[file], extracted)) right[kind]++;
      else misses.push(`${file} ${kind}: expected ${JSON.stringify(expectedValue(kind, labels[file]))}, got ${JSON.stringify(extracted[kind] ?? null)}`);
    }
  }
  return { right, total: files.length, misses };
}

function expectedValue(kind: FactKind, label: LabelledFacts): unknown {
  const fact = label[kind];
  if (fact === null) return null;
  return 'total' in fact ? fact.total : fact.value;
}

export function formatScore(score: Score): string {
  const parts = FACT_KINDS.map((kind) => `${kind} ${score.right[kind]}/${score.total}`);
  const all = FACT_KINDS.reduce((sum, kind) => sum + score.right[kind], 0);
  return `${parts.join(', ')}; together ${all}/${score.total * 4} (${((100 * all) / (score.total * 4)).toFixed(1)}%)`;
}
