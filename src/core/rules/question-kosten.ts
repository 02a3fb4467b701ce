import type { Rule } from './rule.js';
import { checkQuestion } from './questionCheck.js';

const rule: Rule = {
  id: 'question-kosten',
  defaultSeverity: 'error',
  description: { nl: 'Het plan noemt wat het kost.', en: 'The plan says what it costs.' },
  rationale: {
    nl: "Kosten zijn een bedrag (€ 185.000, k€ 85) of een expliciete nul of niet-geldelijke inzet ('geen geld, wel 0,3 fte'). 'PM', 'n.t.b.' en 'uit het innovatiefonds' zonder bedrag zijn geen antwoord; een los getal ook niet.",
    en: "Cost is an amount (€ 185,000, k€ 85) or an explicit zero or non-money cost ('no money, but 0.3 FTE'). 'PM', 'TBD' and 'from the innovation fund' without an amount are no answer; neither is a bare number.",
  },
  examples: {
    ok: [
      { name: 'amount', markdown: '# Plan\n\n## Kosten\n\n€ 185.000 voor twee jaar.\n' },
      { name: 'time only', markdown: '# Plan\n\nKosten: geen geld, wel 0,3 fte van een adviseur.\n' },
      { name: 'amount elsewhere', markdown: '# Plan\n\n## Aanpak\n\nDe pilot kost € 40.000 en draait in twee wijken.\n' },
    ],
    notOk: [
      { name: 'PM', markdown: '# Plan\n\n## Kosten\n\nPM\n' },
      { name: 'bare number', markdown: '# Plan\n\n**Kosten:** 185\n' },
      { name: 'fund without amount', markdown: '# Plan\n\n## Begroting\n\nUit het innovatiefonds.\n' },
    ],
  },
  check: (context) => checkQuestion(context, 'kosten'),
};
export default rule;
