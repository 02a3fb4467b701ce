import type { Language } from '../model/plan.js';

/** A sentence, list item or title of a plan, with the terms it holds. */
export interface Passage {
  line: number;
  text: string;
  words: Array<{ form: string; term: string; weight?: number }>;
  /** The plan's title names the initiative and counts twice. */
  isTitle?: boolean;
  /** How much the passage says what the initiative is, by the role of its section (1 unless said). */
  weight?: number;
}

/** What the overlap detection reads of one plan: its problem, idea, approach, target group and title. */
export interface OverlapDocument {
  /** The plan's path or any id the caller chooses. */
  id: string;
  language: Language;
  passages: Passage[];
  /** Full names in the plan's owner and team lines, lower-cased ("sarah lindqvist"): plans of one owner are not one initiative twice. */
  owner?: string[];
}

export interface PassageMatch {
  a: { line: number; text: string };
  b: { line: number; text: string };
}

export interface OverlapPair {
  a: string;
  b: string;
  /**
   * The cosine of the two plans' TF-IDF vectors (sections weighed by their role), raised by how far it
   * stands above each plan's next best match (so five plans in one domain do not all pair up) and
   * lowered when both plans name the same owner, 0..1.
   */
  score: number;
  /** The shared terms that weigh most, as written in plan a (and in plan b when it writes them otherwise). */
  terms: string[];
  /** The passages of the two plans that overlap most, best first. */
  passages: PassageMatch[];
}

export interface OverlapOptions {
  /** Pairs scoring at least this are returned (default DEFAULT_OVERLAP_THRESHOLD). */
  threshold?: number;
  /** How many shared terms and passage pairs to explain each pair with (default 8 and 2). */
  maxTerms?: number;
  maxPassages?: number;
}
