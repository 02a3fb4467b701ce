/** Plan → board: everything the canvas views show, computed from the text and the linter's plan. */
import { FIVE_QUESTIONS, REQUIRED_QUESTIONS, type Plan } from '../index.js';
import { cardFor } from './cards';
import { collectNotes, voteWordOf } from './notes';
import { collectTimeline } from './timeline';
import type { BoardModel, ViewId } from './types';

export const VEHICLE_PARTS = REQUIRED_QUESTIONS.vehicle;
const STORYBOARD = REQUIRED_QUESTIONS.pitch;

const VIEW_FOR_KIND: Record<string, ViewId> = {
  hkw: 'hkw', knelpunten: 'hkw', ideeenrace: 'hkw', vehicle: 'vehicle', crystalball: 'crystal', pitch: 'pitch',
};

export interface BoardOptions {
  /** "Now" for plans without a date of their own; passed in so tests are deterministic. */
  today?: Date;
}

export function buildBoard(text: string, plan: Plan, options: BoardOptions = {}): BoardModel {
  const questionIds = [...new Set<string>([...FIVE_QUESTIONS, ...plan.required])];
  const notes = collectNotes(text, plan.root, plan.sections);
  const timeline = collectTimeline(text, plan, options.today ?? new Date());
  return {
    title: plan.title?.text ?? '',
    kind: plan.kind,
    language: plan.language,
    cards: questionIds.map((id) => cardFor(text, plan, id)),
    notes,
    voteWord: voteWordOf(text, notes, plan.language),
    vehicle: VEHICLE_PARTS.map((id) => cardFor(text, plan, id)),
    timeline: {
      ...timeline,
      start: plan.sites.some((site) => site.questionId === 'nu') ? cardFor(text, plan, 'nu') : undefined,
      horizon: plan.sites.some((site) => site.questionId === 'over-vijf-jaar') ? cardFor(text, plan, 'over-vijf-jaar') : undefined,
    },
    storyboard: STORYBOARD.map((id) => cardFor(text, plan, id)),
    defaultView: VIEW_FOR_KIND[plan.kind] ?? 'cards',
  };
}
