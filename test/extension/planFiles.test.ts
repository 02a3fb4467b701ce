import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';
import { PathPatterns } from '../../src/extension/logic/patterns.js';
import { isPlan, type PlanFileRules } from '../../src/extension/logic/planFiles.js';

const none: PlanFileRules = { plans: new PathPatterns(), ignore: new PathPatterns() };
const planned = (text: string, path = 'docs/x.md', rules = none) => isPlan(lint(text), path, rules);

describe('extension: which Markdown files are plans', () => {
  it('a README without the questions is not a plan', () => {
    assert.equal(planned('# Mijn project\n\nInstalleer met npm install.\n\n## Licentie\n\nMIT\n'), false);
  });

  it('frontmatter soort: makes any file a plan, even an empty one', () => {
    assert.equal(planned('---\nsoort: pitch\n---\n# Iets\n'), true);
    assert.equal(planned('---\nsoort: onbekend\n---\n# Iets\n'), true);
  });

  it('two of the five questions attempted make a plan; one does not', () => {
    assert.equal(planned('# Notitie\n\n## Wie\n\nSanne Bakker, CIO.\n'), false);
    assert.equal(planned('# Notitie\n\n## Wie\n\nSanne Bakker, CIO.\n\n## Kosten\n\nPM\n'), true);
  });

  it('a recognised kind from the title makes a plan', () => {
    assert.equal(planned('# Actieplan deelfietsen\n\nTekst volgt.\n'), true);
  });

  it('the plans patterns force a plan, ignore patterns win over everything', () => {
    const rules: PlanFileRules = { plans: new PathPatterns(['plannen/', '*.plan.md']), ignore: new PathPatterns(['archief/**']) };
    assert.equal(planned('# Leeg\n', 'plannen/a.md', rules), true);
    assert.equal(planned('# Leeg\n', 'x/y.plan.md', rules), true);
    assert.equal(planned('# Leeg\n', 'notes/a.md', rules), false);
    assert.equal(planned('---\nsoort: pitch\n---\n# P\n', 'archief/oud.md', rules), false);
  });

  it('patterns never match paths outside the workspace and tolerate junk', () => {
    const patterns = new PathPatterns(['*.md', '', '   ']);
    assert.equal(patterns.matches(undefined), false);
    assert.equal(patterns.matches('/abs/plan.md'), false);
    assert.equal(patterns.matches('../up/plan.md'), false);
    assert.equal(patterns.matches('./plan.md'), true);
    assert.equal(new PathPatterns([]).matches('plan.md'), false);
  });
});
