import { FIVE_QUESTIONS } from '../../core/index.js';
import type { CostSource, PlanSummary } from './summary.js';

export interface PortfolioTotals {
  plans: number;
  byKind: Record<string, number>;
  /** Sum over the plans that state a cost. */
  cost: number;
  plansWithCost: number;
  /** How many plans answer each of the five questions. */
  answered: Record<string, number>;
  start?: string;
  end?: string;
}

export function portfolioTotals(plans: PlanSummary[]): PortfolioTotals {
  const byKind: Record<string, number> = {};
  for (const plan of plans) byKind[plan.kind] = (byKind[plan.kind] ?? 0) + 1;
  const costed = plans.filter((plan) => plan.cost !== undefined);
  const starts = plans.map((plan) => plan.start).filter(isIsoDate).sort();
  const ends = plans.map((plan) => plan.end).filter(isIsoDate).sort();
  return {
    plans: plans.length,
    byKind,
    cost: Math.round(costed.reduce((sum, plan) => sum + plan.cost!, 0) * 100) / 100,
    plansWithCost: costed.length,
    answered: Object.fromEntries(FIVE_QUESTIONS.map((id) => [id, plans.filter((plan) => plan.answered[id] === 'answered').length])),
    start: starts[0],
    end: ends[ends.length - 1],
  };
}

function isIsoDate(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

export type ReportLanguage = 'nl' | 'en';

export const LABELS = {
  nl: {
    heading: 'Portfolio van plannen', plan: 'Plan', kind: 'Soort', owner: 'Eigenaar', start: 'Start', end: 'Einde', cost: 'Kosten',
    total: 'Totaal', plans: 'plannen', withCost: 'met een bedrag', answeredBy: 'beantwoord door', generated: 'Gemaakt met innovatie',
    legend: '✓ beantwoord, ~ zwak, ✗ ontbreekt. Kosten: b = budget uit de frontmatter, t = totaalregel van een kostentabel, s = som van de bedragen in het kostenantwoord.',
  },
  en: {
    heading: 'Plan portfolio', plan: 'Plan', kind: 'Kind', owner: 'Owner', start: 'Start', end: 'End', cost: 'Cost',
    total: 'Total', plans: 'plans', withCost: 'with an amount', answeredBy: 'answered by', generated: 'Made with innovatie',
    legend: '✓ answered, ~ weak, ✗ missing. Cost: b = budget from the frontmatter, t = total row of a cost table, s = sum of the amounts in the cost answer.',
  },
} as const;

export const MARK = { answered: '✓', weak: '~', missing: '✗' } as const;
export const SOURCE_MARK: Record<CostSource, string> = { budget: 'b', 'total-row': 't', sum: 's' };

export function euro(value: number, language: ReportLanguage): string {
  const [whole, cents] = value.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'nl' ? '.' : ',');
  return `€ ${grouped}${cents === '00' ? '' : (language === 'nl' ? ',' : '.') + cents}`;
}
