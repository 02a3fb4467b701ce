import type { Rule } from './rule.js';
import { checkQuestion } from './questionCheck.js';

const rule: Rule = {
  id: 'question-wat',
  defaultSeverity: 'error',
  description: { nl: 'Het plan beschrijft wat het idee en het resultaat is.', en: 'The plan describes the idea and its result.' },
  rationale: {
    nl: 'Wat ga je maken of veranderen, en wat levert dat op? Een kop zonder inhoud of één los woord is geen beschrijving.',
    en: 'What will you build or change, and what does it deliver? A heading without content or a single word is no description.',
  },
  examples: {
    ok: [
      { name: 'the idea', markdown: '# Plan\n\n## Het idee\n\nEen digitale balie waar inwoners hun vergunning in één keer aanvragen.\n' },
      { name: 'table row', markdown: '# Plan\n\n| Vraag | Antwoord |\n| --- | --- |\n| Wat | Een chatbot die vragen over afval beantwoordt. |\n' },
    ],
    notOk: [
      { name: 'empty section', markdown: '# Plan\n\n## Wat\n\n<!-- Beschrijf het idee. -->\n\n## Hoe\n\nEerst een pilot in één wijk.\n' },
      { name: 'TODO', markdown: '# Plan\n\n**Wat:** TODO\n' },
    ],
  },
  check: (context) => checkQuestion(context, 'wat'),
};
export default rule;
