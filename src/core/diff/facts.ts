import type { CostFact, DateFact, Milestone, PlanFacts } from '../facts/types.js';
import type { CostChange, DateChange, FactChanges, MilestoneChange } from './types.js';

const DAY = 86_400_000;

/** The facts that differ, grouped by the question they answer (owner → wie, dates → wanneer, cost → kosten). */
export function factChangesByQuestion(before: PlanFacts | null, after: PlanFacts | null): Record<string, FactChanges> {
  const byQuestion: Record<string, FactChanges> = {};
  const ownerBefore = before?.owner?.value ?? null;
  const ownerAfter = after?.owner?.value ?? null;
  if (ownerBefore !== ownerAfter) byQuestion.wie = { owner: { before: ownerBefore, after: ownerAfter } };

  const when: FactChanges = {};
  const start = dateChange(before?.start ?? null, after?.start ?? null);
  if (start) when.start = start;
  const end = dateChange(before?.end ?? null, after?.end ?? null);
  if (end) when.end = end;
  const milestones = milestoneChanges(before?.milestones ?? [], after?.milestones ?? [], [start, end].filter((change) => change !== undefined));
  if (milestones.length > 0) when.milestones = milestones;
  if (Object.keys(when).length > 0) byQuestion.wanneer = when;

  const cost = costChange(before?.cost ?? null, after?.cost ?? null);
  if (cost) byQuestion.kosten = { cost };
  return byQuestion;
}

function dateChange(before: DateFact | null, after: DateFact | null): DateChange | undefined {
  const from = before?.value ?? null;
  const to = after?.value ?? null;
  if (from === to) return undefined;
  return { before: from, after: to, shiftDays: from && to ? daysBetween(from, to) : null };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY);
}

/**
 * Milestones are matched by label and date, then by label alone (a date that moved), then in
 * order (a milestone whose wording changed), so a reordered list is not a change. A pair that only
 * repeats the start or end change is left out.
 */
function milestoneChanges(before: Milestone[], after: Milestone[], repeats: DateChange[]): MilestoneChange[] {
  const key = (milestone: Milestone) => milestone.label.trim().toLowerCase();
  const earlier = [...before];
  const take = (found: (old: Milestone) => boolean): Milestone | null => {
    const index = earlier.findIndex(found);
    return index < 0 ? null : earlier.splice(index, 1)[0];
  };
  const later = after.filter((milestone) => !take((old) => key(old) === key(milestone) && old.value === milestone.value));
  const pairs = later.map((milestone) => ({ milestone, old: take((old) => key(old) === key(milestone)) }));
  for (const pair of pairs) pair.old ??= take(() => true);
  const changes: MilestoneChange[] = [
    ...pairs.map(({ milestone, old }) => ({ label: milestone.label, change: dateChange(old, milestone) })),
    ...earlier.map((milestone) => ({ label: milestone.label, change: dateChange(milestone, null) })),
  ].flatMap(({ label, change }) => (change ? [{ label, ...change }] : []));
  return changes.filter((change) => !repeats.some((other) => other.before === change.before && other.after === change.after));
}

function costChange(before: CostFact | null, after: CostFact | null): CostChange | undefined {
  const from = before?.total ?? null;
  const to = after?.total ?? null;
  const sameCurrency = !before || !after || before.currency === after.currency;
  if (from === to && sameCurrency) return undefined;
  const currency = (after ?? before)!.currency;
  return { before: from, after: to, difference: from !== null && to !== null && sameCurrency ? to - from : null, currency };
}
