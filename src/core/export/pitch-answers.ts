/**
 * The pitch questions of the method, answered from any plan: a pitch answers them under
 * their own headings; an agenda, action plan or problem statement answers them under its
 * own questions (its starting point is the problem, its executors are who you need).
 */
import type { Judgement, Plan, Status } from '../model/plan.js';
import type { AnswerSite } from '../model/sites.js';

/** The pitch's frames in the order they are told; `eerste-stap` follows the path it belongs to. */
export const PITCH_FRAMES = ['probleem', 'doelgroep', 'wat', 'risicos', 'nodig', 'hoe', 'eerste-stap', 'wanneer', 'kosten', 'wie'] as const;
export type PitchFrame = (typeof PITCH_FRAMES)[number];

/** Per frame, the plan questions that answer it, the pitch's own first. */
const SOURCES: Record<PitchFrame, string[]> = {
  probleem: ['probleem', 'vertrekpunt', 'waarom'],
  doelgroep: ['doelgroep'],
  wat: ['wat', 'resultaat', 'ambitie'],
  risicos: ['risicos'],
  nodig: ['nodig', 'uitvoering', 'betrokkenen', 'teamleden'],
  hoe: ['hoe', 'activiteit'],
  'eerste-stap': ['eerste-stap'],
  wanneer: ['wanneer'],
  kosten: ['kosten'],
  wie: ['wie', 'probleemeigenaar'],
};

export interface PitchAnswer {
  frame: PitchFrame;
  status: Status;
  /** The answer's Markdown as the plan has it ('' when missing). */
  markdown: string;
  /** Why a weak answer is weak. */
  weakness?: string;
  /** The plan question it was read from, when that is not the frame itself. */
  from?: string;
}

// "Eerste vervolgstap: ...", "Next step: ...", "De eerste stap is ..." inside the approach.
const FIRST_STEP = /\b(?:eerste\s+(?:vervolg)?stap|volgende\s+stap|vervolgstap|first\s+(?:next\s+)?step|next\s+step)/i;

export function pitchAnswers(plan: Plan): PitchAnswer[] {
  return PITCH_FRAMES.map((frame) => {
    for (const questionId of SOURCES[frame]) {
      const found = answerOf(plan, questionId);
      if (found) return { frame, ...found, ...(questionId === frame ? {} : { from: questionId }) };
    }
    if (frame === 'eerste-stap') {
      const step = firstStepInApproach(plan);
      if (step) return { frame, status: 'answered', markdown: step, from: 'hoe' };
    }
    return { frame, status: 'missing', markdown: '' };
  });
}

function answerOf(plan: Plan, questionId: string): Omit<PitchAnswer, 'frame'> | undefined {
  const judgement: Judgement | undefined = plan.coverage.get(questionId);
  if (judgement?.site && judgement.status !== 'missing') {
    const markdown = judgement.site.answer.trim();
    if (markdown) return { status: judgement.status, markdown, weakness: judgement.weakness?.reason };
  }
  // Questions the plan's kind does not require have no verdict: an answer in their place counts.
  if (judgement) return undefined;
  const site = plan.sites.find((candidate: AnswerSite) => candidate.questionId === questionId && hasWords(candidate.answer));
  return site ? { status: 'answered', markdown: site.answer.trim() } : undefined;
}

function firstStepInApproach(plan: Plan): string | undefined {
  const approach = plan.coverage.get('hoe')?.site?.answer ?? '';
  const line = approach.split('\n').find((candidate) => FIRST_STEP.test(candidate) && hasWords(candidate));
  return line?.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '');
}

function hasWords(markdown: string): boolean {
  return /[\p{L}\p{N}]/u.test(markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, ''));
}
