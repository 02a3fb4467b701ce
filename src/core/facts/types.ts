/** Where in the plan a fact was read: a 1-based line and the words it stands in. */
export interface Evidence {
  line: number;
  excerpt: string;
}

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

export interface DateFact {
  /** ISO date: the first day of the period for a start, the last day for an end. */
  value: string;
  precision: DatePrecision;
  evidence: Evidence;
}

export interface Milestone extends DateFact {
  label: string;
}

export interface OwnerFact {
  /** Normalised: "Sanne Bakker, teamleider Burgerzaken, gemeente Oosterzand", "Hoofd Publiekszaken, gemeente Molenwaard". */
  value: string;
  person?: string;
  role?: string;
  organisation?: string;
  /** Who carries the work out, where the plan names them. */
  executors: string[];
  evidence: Evidence;
}

export type Currency = 'EUR' | 'USD' | 'GBP';
export type Period = 'year' | 'quarter' | 'month' | 'week';

export interface CostItem {
  label: string;
  amount: number;
  /** A rate ("per inwoner", "per uur", "each") is never added to the one-off or recurring cost. */
  kind: 'one-off' | 'recurring' | 'rate';
  per?: string;
  evidence: Evidence;
}

/**
 * Where `total` came from: the frontmatter `budget`, a Totaal row of a cost table, a total the
 * text states ("€ 9.500 in totaal"), the line items added up, or an explicit zero ("geen geld").
 */
export type CostSource = 'frontmatter' | 'table-total' | 'stated-total' | 'items' | 'zero';

export interface CostFact {
  /** What a portfolio adds: the stated total, else the one-off plus one period of recurring cost. Null when only rates are given. */
  total: number | null;
  oneOff: number | null;
  recurring: { amount: number; per: Period } | null;
  items: CostItem[];
  currency: Currency;
  source: CostSource;
  evidence: Evidence;
}

export interface PlanFacts {
  owner: OwnerFact | null;
  start: DateFact | null;
  end: DateFact | null;
  milestones: Milestone[];
  cost: CostFact | null;
}
