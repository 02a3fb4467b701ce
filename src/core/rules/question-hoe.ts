import type { Rule } from './rule.js';
import { checkQuestion } from './questionCheck.js';

const rule: Rule = {
  id: 'question-hoe',
  defaultSeverity: 'error',
  description: { nl: 'Het plan zegt hoe het resultaat bereikt wordt.', en: 'The plan says how the result will be reached.' },
  rationale: {
    nl: 'Een aanpak noemt de stappen en vooral de eerstvolgende stap. "Volgt later" of een lege sectie is geen aanpak.',
    en: 'An approach names the steps and above all the next one. "Later" or an empty section is no approach.',
  },
  examples: {
    ok: [{ name: 'steps', markdown: '# Plan\n\n## Aanpak\n\n1. Interviews met tien inwoners.\n2. Prototype testen in de bibliotheek.\n' }],
    notOk: [
      { name: 'placeholder', markdown: '# Plan\n\n## Aanpak\n\nNader te bepalen.\n' },
      { name: 'absent', markdown: '# Plan\n\n## Wat\n\nEen digitale balie voor vergunningen.\n' },
      {
        name: 'only what it must do, no way of working',
        markdown: '# Kassysteem\n\nDe app kan:\n\n- bestellingen opnemen\n- rekeningen splitsen\n- tafels reserveren\n- voorraad bijhouden\n- omzet tonen\n',
      },
    ],
  },
  check: (context) => checkQuestion(context, 'hoe'),
};
export default rule;
