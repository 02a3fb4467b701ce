import { severityOf } from '../config/config.js';
import type { Config } from '../config/config.js';
import type { Plan } from '../model/plan.js';
import type { Range } from '../text/lineIndex.js';
import type { Rule } from './rule.js';

export const OVERLAPPING_INITIATIVE = 'overlapping-initiative';

/** The severity a config gives the rule; undefined while it is off (it is opt-in). */
export function overlapRuleSeverity(config: Config): 'error' | 'warning' | 'info' | undefined {
  const setting = config.rules?.[OVERLAPPING_INITIATIVE];
  if (setting === undefined) return undefined;
  const severity = severityOf(setting, 'warning');
  return severity === 'off' ? undefined : severity;
}

/** The H1 (or the first line after the frontmatter's title): where a reader looks for what the plan is. */
export function overlapTitleRange(plan: Plan): Range {
  if (plan.title) return plan.title.range;
  return plan.lines.rangeOf(0, plan.lines.lineEnd(1));
}

/** The rule's message on a plan's title, naming the other plan (the CLI and the editor say the same). */
export function overlapMessage(other: { title: string; path: string }, score: number, terms: readonly string[], language: 'nl' | 'en'): string {
  const shared = terms.slice(0, 5).join(', ');
  return language === 'nl'
    ? `Dit plan beschrijft waarschijnlijk hetzelfde initiatief als '${other.title}' (${other.path}, score ${score.toFixed(2)}; gedeelde termen: ${shared}). Bouwen jullie hetzelfde, trek dan samen op; delen jullie alleen doelgroep, organisatie of gegevens, spreek dan af wie wat doet.`
    : `This plan probably describes the same initiative as '${other.title}' (${other.path}, score ${score.toFixed(2)}; shared terms: ${shared}). If you build the same thing, join forces; if you only share a target group, organisation or data, agree who does what.`;
}

/**
 * A cross-file rule: one plan cannot see the others, so `check` does nothing. `innovatie lint`
 * reports it after linting every file (src/cli/lint/overlapping.ts), and the extension from the
 * portfolio's cached plan summaries (src/extension/portfolio/overlapRule.ts), when the config names it.
 */
const rule: Rule = {
  id: OVERLAPPING_INITIATIVE,
  defaultSeverity: 'warning',
  optIn: true,
  description: {
    nl: 'Geen ander plan in de map beschrijft hetzelfde initiatief.',
    en: 'No other plan in the folder describes the same initiative.',
  },
  rationale: {
    nl: 'Een agenda is een portfolio: twee teams die hetzelfde probleem met hetzelfde idee aanpakken, kunnen beter samen optrekken. De regel vergelijkt probleem, idee, aanpak en doelgroep van elk paar plannen (in andere woorden, volgorde, sjabloon of taal) en meldt op de titel welk ander plan erop lijkt en hoe sterk (score 0..1, vanaf `overlap.threshold`). Een paar dat het team heeft gelezen en als twee initiatieven beoordeeld, komt in `overlap.distinct` en wordt niet meer gemeld. Bij `innovatie lint` over meerdere bestanden en in de editor (over alle plannen van de werkruimte); staat uit tot `.innovatierc.json` hem aanzet.',
    en: 'An agenda is a portfolio: two teams tackling the same problem with the same idea had better join forces. The rule compares the problem, idea, approach and target group of every pair of plans (in other words, order, template or language) and reports on the title which other plan looks alike and how strongly (score 0..1, from `overlap.threshold`). A pair the team has read and judged two initiatives goes into `overlap.distinct` and is not reported again. In `innovatie lint` over several files and in the editor (over every plan of the workspace); off until `.innovatierc.json` turns it on: `"rules": { "overlapping-initiative": "warning" }`.',
  },
  examples: {
    ok: [{ name: 'a plan on its own', markdown: '# Chatbot voor afvalvragen\n\n**Wat:** Een chatbot die vragen over de ophaaldagen beantwoordt.\n' }],
    notOk: [],
  },
  check() {
    // Cross-file: see the comment above.
  },
};
export default rule;
