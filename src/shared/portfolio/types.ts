/**
 * What the portfolio shows of each plan and of each overlapping pair. Shared by the
 * extension host and the portfolio webview: no `vscode`, no DOM, type imports from the core only.
 */
import type { PassageMatch, Status } from '../../core/index.js';
// The vocabulary module imports nothing, so the webview bundle takes the core's list without the parser.
import { FIVE_QUESTIONS, type FiveQuestion } from '../../core/model/vocabulary.js';

export const QUESTION_IDS = FIVE_QUESTIONS;
export type QuestionId = FiveQuestion;

export interface PortfolioPlan {
  /** The plan's URI as a string: the key in every message. */
  id: string;
  /** Relative to its workspace folder. */
  path: string;
  title: string;
  kind: string;
  owner?: string;
  /** ISO dates (YYYY-MM-DD). */
  start?: string;
  end?: string;
  /** What a portfolio adds (the core's `facts.cost.total`), null when the plan gives no amount. */
  cost: number | null;
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
