import { FIVE_QUESTIONS } from '../../core/index.js';
import type { CostSource, PlanSummary } from './summary.js';

export interface PortfolioTotals {
  plans: number;
  byKind: Record<string, number>;
  /** Sum of the plans' `cost` (each plan's total), in euro. */
  cost: number;
  plansWithCost: number;
  /** Plans that give no amount: not in `cost`. */
  plansWithoutCost: number;
  /** Plans whose amount is in another currency than the euro: not in `cost`. */
  plansInOtherCurrency: number;
  /** How many plans answer each of the five questions. */
  answered: Record<string, number>;
  start?: string;
  end?: string;
}

export function portfolioTotals(plans: PlanSummary[]): PortfolioTotals {
  const byKind: Record<string, number> = {};
  for (const plan of plans) byKind[plan.kind] = (byKind[plan.kind] ?? 0) + 1;
  const costed = plans.filter((plan) => plan.cost !== null);
  const inEuro = costed.filter((plan) => (plan.facts.cost?.currency ?? 'EUR') === 'EUR');
  const starts = plans.map((plan) => plan.start).filter(isIsoDate).sort();
  const ends = plans.map((plan) => plan.end).filter(isIsoDate).sort();
  return {
    plans: plans.length,
    byKind,
    cost: Math.round(inEuro.reduce((sum, plan) => sum + plan.cost!, 0) * 100) / 100,
    plansWithCost: inEuro.length,
    plansWithoutCost: plans.length - costed.length,
    plansInOtherCurrency: costed.length - inEuro.length,
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
    total: 'Totaal', plans: 'plannen', withCost: 'met een bedrag', withoutCost: 'zonder', otherCurrency: 'in een andere munt, niet opgeteld',
    answeredBy: 'beantwoord door', generated: 'Gemaakt met innovatie', sources: 'Waar de gegevens staan', line: 'regel', perYear: 'per jaar',
    oneOff: 'eenmalig', legend:
      '✓ beantwoord, ~ zwak, ✗ ontbreekt. Kosten: wat het portfolio optelt (eenmalig plus de eerste periode van terugkerende kosten, of het totaal dat het plan noemt); b = budget uit de frontmatter, t = totaalregel van een kostentabel, v = totaal vermeld in de tekst, s = som van de posten, 0 = geen kosten in geld. Tarieven ("per uur", "per inwoner") tellen niet mee.',
  },
  en: {
    heading: 'Plan portfolio', plan: 'Plan', kind: 'Kind', owner: 'Owner', start: 'Start', end: 'End', cost: 'Cost',
    total: 'Total', plans: 'plans', withCost: 'with an amount', withoutCost: 'without', otherCurrency: 'in another currency, not added',
    answeredBy: 'answered by', generated: 'Made with innovatie', sources: 'Where the figures come from', line: 'line', perYear: 'per year',
    oneOff: 'one-off', legend:
      '✓ answered, ~ weak, ✗ missing. Cost: what the portfolio adds (one-off plus the first period of recurring cost, or the total the plan states); b = budget from the frontmatter, t = total row of a cost table, v = total stated in the text, s = sum of the items, 0 = no cost in money. Rates ("per hour", "per inhabitant") are not added.',
  },
} as const;

export const MARK = { answered: '✓', weak: '~', missing: '✗' } as const;
export const SOURCE_MARK: Record<CostSource, string> = { budget: 'b', 'total-row': 't', stated: 'v', sum: 's', zero: '0' };

export function euro(value: number, language: ReportLanguage, currency: string = 'EUR'): string {
  const [whole, cents] = value.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'nl' ? '.' : ',');
  const symbol = currency === 'USD' ? '$' : currency === 'GBP' ? '£' : '€';
  return `${symbol} ${grouped}${cents === '00' ? '' : (language === 'nl' ? ',' : '.') + cents}`;
}

/** The cost cell: the total and where it came from, "€ 44.500 (s)". */
export function costText(plan: PlanSummary, language: ReportLanguage): string {
  if (plan.cost === null) return '–';
  return `${euro(plan.cost, language, plan.facts.cost?.currency)} (${SOURCE_MARK[plan.costSource ?? 'sum']})`;
}

/** How the total is made up, for the tooltip or footnote: "eenmalig € 38.000 + € 6.500 per jaar". */
export function costDetail(plan: PlanSummary, language: ReportLanguage): string {
  const cost = plan.facts.cost;
  if (!cost) return '';
  const l = LABELS[language];
  const parts = [
    cost.oneOff !== null && cost.recurring ? `${l.oneOff} ${euro(cost.oneOff, language, cost.currency)}` : '',
    cost.recurring ? `${euro(cost.recurring.amount, language, cost.currency)} ${cost.recurring.per === 'year' ? l.perYear : `per ${cost.recurring.per}`}` : '',
  ].filter(Boolean);
  return parts.join(' + ');
}

/** Per fact where it was read: "eigenaar regel 13: ...". */
export function factSources(plan: PlanSummary, language: ReportLanguage): Array<{ fact: string; text: string }> {
  const l = LABELS[language];
  const facts = plan.facts;
  const entries: Array<[string, { line: number; excerpt: string } | undefined, string]> = [
    [l.owner, facts.owner?.evidence, ''],
    [l.start, facts.start?.evidence, ''],
    [l.end, facts.end?.evidence, ''],
    [l.cost, facts.cost?.evidence, costDetail(plan, language)],
  ];
  return entries
    .filter(([, evidence]) => evidence)
    .map(([fact, evidence, extra]) => ({ fact, text: `${l.line} ${evidence!.line}: "${evidence!.excerpt}"${extra ? ` (${extra})` : ''}` }));
}
