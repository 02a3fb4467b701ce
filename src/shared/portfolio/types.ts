/**
 * What the portfolio shows of each plan and of each overlapping pair. Shared by the
 * extension host and the portfolio webview: no `vscode`, no DOM, type imports from the core only.
 */
import type { PassageMatch, Status } from '../../core/index.js';
// The vocabulary module imports nothing, so the webview bundle takes the core's list without the parser.
import { FIVE_QUESTIONS, type FiveQuestion } from '../../core/model/vocabulary.js';

export const QUESTION_IDS = FIVE_QUESTIONS;
export type QuestionId = FiveQuestion;

/** What the portfolio view and `innovatie report` both show of a plan. */
export interface PlanBasics {
  /** Relative to its workspace folder (the view), or as given on the command line (the report). */
  path: string;
  title: string;
  kind: string;
  /** The accountable owner, normalised ("Sanne Bakker, teamleider Burgerzaken, gemeente Oosterzand"). */
  owner?: string;
  /** ISO dates (YYYY-MM-DD): the first day of the start, the last day of the end ("mei 2027" ends on 2027-05-31). */
  start?: string;
  end?: string;
  /** What a portfolio adds (the core's `facts.cost.total`), null when the plan gives no amount. */
  cost: number | null;
}

export interface PortfolioPlan extends PlanBasics {
  /** The plan's URI as a string: the key in every message. */
  id: string;
  currency: string;
  answered: Record<QuestionId, Status>;
}

export interface PortfolioOverlap {
  /** Plan ids. */
  a: string;
  b: string;
  score: number;
  terms: string[];
  passages: PassageMatch[];
}
