import { kindFromName, KINDS } from '../model/kind.js';
import type { Rule } from './rule.js';

const rule: Rule = {
  id: 'frontmatter-valid',
  defaultSeverity: 'error',
  description: { nl: 'De YAML-frontmatter is geldig en de soort bestaat.', en: 'The YAML frontmatter is valid and its kind exists.' },
  rationale: {
    nl: 'Kapotte frontmatter betekent dat eigenaar, start, einde en budget niet gelezen worden. Een onbekende soort betekent dat de verkeerde vragen gesteld worden.',
    en: 'Broken frontmatter means owner, start, end and budget are not read. An unknown kind means the wrong questions are asked.',
  },
  examples: {
    ok: [{ name: 'valid', markdown: '---\nsoort: pitch\ntitel: Slimme afvalbak\n---\n# Pitch\n' }],
    notOk: [
      { name: 'unclosed quote', markdown: '---\ntitel: "Slimme afvalbak\nsoort: pitch\n---\n# Pitch\n' },
      { name: 'unknown kind', markdown: '---\nsoort: begroting\n---\n# Plan\n' },
    ],
  },
  check({ plan, language, report }) {
    const frontmatter = plan.frontmatter;
    if (!frontmatter) return;
    for (const error of frontmatter.errors) {
      report({ message: language === 'nl' ? `Ongeldige YAML in de frontmatter: ${error.message}` : `Invalid YAML in the frontmatter: ${error.message}`, range: error.range });
    }
    const declared = frontmatter.data.soort ?? frontmatter.data.kind ?? frontmatter.data.type;
    if (declared !== undefined && (typeof declared !== 'string' || !kindFromName(declared))) {
      const key = ['soort', 'kind', 'type'].find((name) => frontmatter.keyRanges.has(name)) ?? 'soort';
      const known = KINDS.join(', ');
      report({
        message: language === 'nl' ? `Onbekende soort '${String(declared)}'. Bekend zijn: ${known}.` : `Unknown kind '${String(declared)}'. Known kinds: ${known}.`,
        range: frontmatter.keyRanges.get(key) ?? frontmatter.range,
      });
    }
  },
};
export default rule;
