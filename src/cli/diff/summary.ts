import type { FileDiff } from './collect.js';

/** "2 plans changed, 5 questions; 1 question got weaker." — the last line of every format. */
export function summaryLine(diffs: FileDiff[]): string {
  if (diffs.length === 0) return 'No plan changed.';
  const questions = diffs.filter((diff) => diff.status !== 'added' && diff.status !== 'removed').reduce((sum, diff) => sum + diff.changes.length, 0);
  const weakened = diffs.reduce((sum, diff) => sum + diff.changes.filter((change) => change.weakened).length, 0);
  const counts = (['added', 'removed', 'renamed', 'modified'] as const)
    .map((status) => [status, diffs.filter((diff) => diff.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  const plans = `${diffs.length} ${diffs.length === 1 ? 'plan' : 'plans'} changed (${counts.join(', ')})`;
  const changed = `${questions} ${questions === 1 ? 'question' : 'questions'} changed`;
  const gate = weakened === 0 ? 'none got weaker' : `${weakened} ${weakened === 1 ? 'answer' : 'answers'} got weaker`;
  return `${plans}; ${changed}, ${gate}.`;
}
