import type { Plan } from '../model/plan.js';
import { extractCost } from './cost.js';
import { extractOwner } from './owner.js';
import { extractSchedule } from './schedule.js';
import type { PlanFacts } from './types.js';

export type * from './types.js';
export { extractCost } from './cost.js';
export { extractOwner } from './owner.js';
export { extractSchedule } from './schedule.js';
export { findMoney, parseMoney, type Money } from './money.js';
export { findDates, findDurations, addDuration, type DateMention, type DateSpan, type Duration } from './dates.js';
export { readCostTable, columnSums, totalCells, TOTAL_LABEL, type CostTable } from './cost-table.js';
export { readParty, type Party } from './party.js';

/** The typed facts of a plan, each with where it was read: owner, start, end, milestones, cost. */
export function extractFacts(plan: Plan): PlanFacts {
  const { start, end, milestones } = extractSchedule(plan);
  return { owner: extractOwner(plan), start, end, milestones, cost: extractCost(plan) };
}
