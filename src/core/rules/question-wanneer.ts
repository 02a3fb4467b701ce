import type { Rule } from './rule.js';
import { checkQuestion } from './questionCheck.js';

const rule: Rule = {
  id: 'question-wanneer',
  defaultSeverity: 'error',
  description: { nl: 'Het plan noemt een datum, periode of doorlooptijd.', en: 'The plan gives a date, period or duration.' },
  rationale: {
    nl: "Planning vraagt om data (1 maart 2027, Q3 2027) of een doorlooptijd (12 weken). 'Zo snel mogelijk' en 'later' zijn geen planning, en de datum van het document zelf is geen plandatum.",
    en: "A timeline needs dates (1 March 2027, Q3 2027) or a duration (12 weeks). 'As soon as possible' and 'later' are no timeline, and the document's own date is not a plan date.",
  },
  examples: {
    ok: [
      { name: 'dates', markdown: '# Plan\n\n## Planning\n\nStart 1 maart 2027, pilot klaar in Q3 2027.\n' },
      { name: 'duration label', markdown: '# Plan\n\n- **Hoe lang duurt het?** Twaalf weken.\n' },
    ],
    notOk: [
      { name: 'as soon as possible', markdown: '# Plan\n\n## Wanneer\n\nZo snel mogelijk.\n' },
      { name: 'only the document date', markdown: '---\ndatum: 2026-03-12\n---\n# Plan\n\n## Wat\n\nEen digitale balie voor vergunningen.\n' },
    ],
  },
  check: (context) => checkQuestion(context, 'wanneer'),
};
export default rule;
