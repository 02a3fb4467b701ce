export { diffPlans, diffPlanTexts, type PlanDiffOptions } from './plan-diff.js';
export { wordDiff } from './words.js';
export { daysBetween } from './facts.js';
export type * from './types.js';
