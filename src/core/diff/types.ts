import type { Status } from '../model/plan.js';
import type { Currency } from '../facts/types.js';

/** One side of a question's change: how it was judged and the words that answered. */
export interface AnswerSide {
  status: Status;
  /** The answer as plain words (white space collapsed); null when missing. */
  text: string | null;
  /** 1-based line where the answer stands. */
  line?: number;
  /** The heading, label or key it stands under: shows that an answer moved. */
  where?: string;
  /** Why it is weak or missing, in the plan's language. */
  reason?: string;
  /** False when this side's kind of plan does not ask the question at all. */
  asked?: false;
}

export interface WordChange {
  type: 'same' | 'added' | 'removed';
  text: string;
}

export interface ValueChange {
  before: string | null;
  after: string | null;
}

export interface DateChange extends ValueChange {
  /** Days the date moved (later is positive); null when one side has no date. */
  shiftDays: number | null;
}

export interface MilestoneChange extends DateChange {
  label: string;
}

export interface CostChange {
  before: number | null;
  after: number | null;
  /** after − before; null when a side has no amount or the currencies differ. */
  difference: number | null;
  currency: Currency;
}

/** The typed facts that changed, each under the question it answers. */
export interface FactChanges {
  owner?: ValueChange;
  start?: DateChange;
  end?: DateChange;
  milestones?: MilestoneChange[];
  cost?: CostChange;
}

export interface QuestionChange {
  question: string;
  before: AnswerSide;
  after: AnswerSide;
  /** Word-level diff of the answer texts, when both sides have one and they differ. */
  words?: WordChange[];
  facts?: FactChanges;
  /** Answered before, weak or missing after: what a review gate stops on. */
  weakened: boolean;
}

export interface PlanDiff {
  kind: { before: string | null; after: string | null };
  /** Only the questions that changed; for a plan added or removed, every question. */
  changes: QuestionChange[];
}
