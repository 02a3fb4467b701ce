import type { Rule } from './rule.js';
import { checkQuestion } from './questionCheck.js';

const rule: Rule = {
  id: 'question-wie',
  defaultSeverity: 'error',
  description: { nl: 'Het plan noemt wie eindverantwoordelijk is.', en: 'The plan names who is accountable.' },
  rationale: {
    nl: "Een plan zonder eigenaar wordt niet uitgevoerd. Noem één eindverantwoordelijke met naam, rol of organisatie. 'Iedereen', 'wij', 'het team' en 'nog niet bekend' tellen niet.",
    en: "A plan without an owner does not get done. Name one accountable owner by name, role or organisation. 'Everyone', 'we', 'the team' and 'TBD' do not count.",
  },
  examples: {
    ok: [
      { name: 'heading with a named owner', markdown: '# Plan\n\n## Eigenaar\n\nSanne Bakker, CIO gemeente Dalfsen.\n' },
      { name: 'bold label', markdown: '# Plan\n\n**Wie:** afdeling Dienstverlening, trekker Joris Smit.\n' },
      { name: 'frontmatter key', markdown: '---\neigenaar: Fatima el Amrani (provincie Drenthe)\n---\n# Plan\n' },
    ],
    notOk: [
      { name: 'everyone is no owner', markdown: '# Plan\n\n## Wie\n\nIedereen.\n' },
      { name: 'placeholder', markdown: '# Plan\n\nWie: n.t.b.\n' },
      { name: 'absent', markdown: '# Plan\n\n## Wat\n\nEen digitale balie voor vergunningen.\n' },
    ],
  },
  check: (context) => checkQuestion(context, 'wie'),
};
export default rule;
