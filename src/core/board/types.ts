/**
 * The board: what the canvas shows, derived from the plan text alone. Plain data
 * (no vscode, no DOM) so it crosses postMessage and is built and tested in Node.
 */
import type { RichBlock, RichInline } from './rich';

export type Status = 'answered' | 'weak' | 'missing';
export type Language = 'nl' | 'en';

/**
 * A place in the text that a board edit targets, as it was when the board was built.
 * `before` is context just in front of `start`, used to find the place again when the
 * document has moved on (see relocate.ts).
 */
export interface Anchor {
  start: number;
  end: number;
  text: string;
  before: string;
}

export interface Span {
  start: number;
  end: number;
}

/** One question of the plan with the linter's verdict and the answer it found. */
export interface Card {
  questionId: string;
  /** The question's heading in the plan's language. */
  heading: string;
  status: Status;
  /** Why the answer is weak (the core's Weakness reason), when it is. */
  weakness?: string;
  guidance: string;
  /** The answer as written (Markdown source without HTML comments), or '' when missing. */
  answer: string;
  /** The answer as a safe Markdown tree (rich.ts): what the card and the SVG export show. */
  rich: RichBlock[];
  /** Where the answer (or its label) is: clicking the card reveals it. */
  reveal?: Span;
  /** Present when the answer can be replaced from the board. */
  edit?: Anchor;
  /** Goes in front of text typed into an empty answer (a blank line after a heading). */
  editPrefix?: string;
}

/** A sticky note on the HKW board: one list item, its cluster and its dot votes. */
export interface Note {
  /** The item text without the vote suffix: the anchor's text, and how a vote finds it again. */
  text: string;
  /** The text as safe inline Markdown (rich.ts): what the note shows. */
  rich: RichInline[];
  cluster: string;
  votes: number;
  anchor: Anchor;
}

export interface TimelineItem {
  /** The date expression as written ("Q3 2027"). */
  when: string;
  /** Months after "now" (0..60 is the five-year window; outside it is clamped by the view). */
  month: number;
  text: string;
  reveal: Span;
}

export interface Timeline {
  /** "Now": the plan's own date (frontmatter `datum`) or the date it was read, as YYYY-MM. */
  now: string;
  items: TimelineItem[];
  /** The "Nu" and "Over vijf jaar" answers, shown at both ends. */
  start?: Card;
  horizon?: Card;
}

export type ViewId = 'cards' | 'hkw' | 'vehicle' | 'crystal' | 'pitch';
export const VIEW_IDS: readonly ViewId[] = ['cards', 'hkw', 'vehicle', 'crystal', 'pitch'];

export interface BoardModel {
  title: string;
  kind: string;
  language: Language;
  /** The questions of the plan's kind (plan.required) plus the five questions. */
  cards: Card[];
  notes: Note[];
  /** The word the plan uses before its dots: "stemmen" or "votes". */
  voteWord: string;
  /** Driver, passengers, chassis, engine, fuel, road. */
  vehicle: Card[];
  timeline: Timeline;
  /** The pitch as frames in the order it is told. */
  storyboard: Card[];
  /** The view that suits the plan's kind, used until the user picks another. */
  defaultView: ViewId;
}

/** The Crystal Ball looks five years ahead: the timeline's width in months. */
export const HORIZON_MONTHS = 60;
