import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

// A plan pasted whole into a bare fence (a form said "the file should contain the following:") is read
// as the Markdown it is; a fence tagged `markdown` stays an example.
const INSIDE = ['## Wie', '', 'Jan de Vries, gemeente Zuidwaard.', '', '## Wat', '', 'Een digitaal loket voor afspraken met de gemeente.', '', '## Wanneer', '', 'Van maart tot juni 2027.'].join('\n');
const FORM = (lang: string) => `## Instructions\n\nThe file should contain the following:\n\n\`\`\`${lang}\n${INSIDE}\n\`\`\`\n`;

describe('a plan pasted into a bare fence', () => {
  it('is judged as Markdown, with lines that point into the file', () => {
    const result = lint(FORM(''));
    assert.equal(result.coverage.wie, 'answered');
    assert.equal(result.coverage.wanneer, 'answered');
    const wie = result.plan.coverage.get('wie')!.site!;
    // Lines count from 1: the label's line is "## Wie", the first line inside the fence.
    assert.equal(result.plan.lines.text.split('\n')[wie.labelRange.start.line - 1], '## Wie');
  });

  it('leaves a fence tagged markdown, or a small one, as code', () => {
    assert.equal(lint(FORM('markdown')).coverage.wie, 'missing');
    const small = `# Plan\n\n${'Een lange inleiding over het plan en zijn achtergrond. '.repeat(40)}\n\n\`\`\`\n## Wie\n\nJan\n\n## Wat\n\nIets\n\`\`\`\n`;
    assert.equal(lint(small).coverage.wie, 'missing');
  });
});
