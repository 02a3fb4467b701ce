import { FIVE_QUESTIONS } from '../model/vocabulary.js';
import type { Rule } from './rule.js';
import { checkQuestion } from './questionCheck.js';

const rule: Rule = {
  id: 'kind-questions',
  defaultSeverity: 'warning',
  description: {
    nl: 'Het document beantwoordt de verdere vragen van zijn soort (actieplan, pitch, probleemstelling, werkbladen).',
    en: 'The document answers the further questions of its kind (action plan, pitch, problem statement, worksheets).',
  },
  rationale: {
    nl: "Een actieplan noemt ook impact, uitvoerders, wie je nodig hebt, opbrengst, wat het uniek maakt en waarom; een pitch het probleem, de doelgroep en de risico's; een probleemstelling het probleem, de probleemeigenaar, de activiteit en het gewenste resultaat. De soort komt uit 'soort:' in de frontmatter, de titel of de koppen.",
    en: 'An action plan also names impact, who does the work, who is needed, benefits, what makes it unique and why; a pitch the problem, the audience and the risks; a problem statement the problem, its owner, the activity and the desired result. The kind comes from frontmatter `soort:`, the title or the headings.',
  },
  examples: {
    ok: [
      {
        name: 'problem statement with its four elements',
        markdown:
          '---\nsoort: probleemstelling\n---\n# Probleemstelling\n\n## Het probleem\n\nAanvragen voor bijzondere bijstand liggen gemiddeld zes weken stil.\n\n## Probleemeigenaar\n\nTeam Inkomen van gemeente Deventer.\n\n## Activiteit\n\nAanvragen binnen twee weken beoordelen en uitbetalen.\n\n## Gewenst resultaat\n\nInwoners krijgen binnen veertien dagen uitsluitsel over hun aanvraag.\n',
      },
    ],
    notOk: [
      {
        name: 'problem statement without owner and activity',
        markdown: '---\nsoort: probleemstelling\n---\n# Probleemstelling\n\n## Het probleem\n\nAanvragen voor bijzondere bijstand liggen gemiddeld zes weken stil.\n\n## Gewenst resultaat\n\nInwoners krijgen binnen veertien dagen uitsluitsel over hun aanvraag.\n',
        findings: 2,
      },
    ],
  },
  check(context) {
    for (const questionId of context.plan.required) {
      if (!(FIVE_QUESTIONS as readonly string[]).includes(questionId)) checkQuestion(context, questionId);
    }
  },
};
export default rule;
