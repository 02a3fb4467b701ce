import type { Rule } from './rule.js';

/**
 * A cross-file rule: one plan cannot see the others, so `check` does nothing and `innovatie lint`
 * reports it after linting every file (src/cli/lint/overlapping.ts), when the config names it.
 */
const rule: Rule = {
  id: 'overlapping-initiative',
  defaultSeverity: 'warning',
  optIn: true,
  description: {
    nl: 'Geen ander plan in de map beschrijft hetzelfde initiatief.',
    en: 'No other plan in the folder describes the same initiative.',
  },
  rationale: {
    nl: 'Een agenda is een portfolio: twee teams die hetzelfde probleem met hetzelfde idee aanpakken, kunnen beter samen optrekken. De regel vergelijkt probleem, idee, aanpak en doelgroep van elk paar plannen (in andere woorden, volgorde, sjabloon of taal) en meldt op de titel welk ander plan erop lijkt en hoe sterk (score 0..1, vanaf `overlap.threshold`). Alleen bij `innovatie lint` over meerdere bestanden; staat uit tot `.innovatierc.json` hem aanzet.',
    en: 'An agenda is a portfolio: two teams tackling the same problem with the same idea had better join forces. The rule compares the problem, idea, approach and target group of every pair of plans (in other words, order, template or language) and reports on the title which other plan looks alike and how strongly (score 0..1, from `overlap.threshold`). Only in `innovatie lint` over several files; off until `.innovatierc.json` turns it on: `"rules": { "overlapping-initiative": "warning" }`.',
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
