import assert from 'node:assert/strict';
import { applyEdits, lint, parseDocument, type Finding } from '../../src/core/index.js';
import { blocksOf, disableFileEdit, disableLineEdits, fixAllEdits, fixesThatFix } from '../../src/extension/logic/edits.js';

const blocks = (text: string) => blocksOf(parseDocument(text).root);
const ruleFindings = (text: string, ruleId: string) => lint(text).findings.filter((finding) => finding.ruleId === ruleId);

const WEAK_COST = '# Plan\n\n## Wie\n\nSanne Bakker, CIO.\n\n## Kosten\n\nPM\n';
const WRONG_TOTAL = '# Plan\n\n## Kosten\n\n| Post | Bedrag |\n| --- | --- |\n| Onderzoek | € 20.000 |\n| Pilot | € 65.000 |\n| Totaal | € 95.000 |\n\nVerder niets.\n';

describe('extension: edits on plain offsets', () => {
  it('disable-next-line goes above the line and silences exactly that finding', () => {
    const [finding] = ruleFindings(WEAK_COST, 'question-kosten');
    const edits = disableLineEdits(WEAK_COST, finding.range.start.offset, 'question-kosten', blocks(WEAK_COST))!;
    const fixed = applyEdits(WEAK_COST, edits);
    assert.match(fixed, /<!-- innovatie-disable-next-line question-kosten -->\n## Kosten/);
    assert.deepEqual(ruleFindings(fixed, 'question-kosten'), []);
  });

  it('adds the rule to a disable-next-line comment that is already there', () => {
    const text = '# Plan\n\n<!-- innovatie-disable-next-line question-wie -->\n## Kosten\n\nPM\n';
    const offset = text.indexOf('## Kosten');
    const fixed = applyEdits(text, disableLineEdits(text, offset, 'question-kosten', blocks(text))!);
    assert.match(fixed, /<!-- innovatie-disable-next-line question-wie question-kosten -->/);
    assert.deepEqual(disableLineEdits(fixed, fixed.indexOf('## Kosten'), 'question-kosten', blocks(fixed)), []);
  });

  it('wraps a table in disable/enable instead of breaking it, and the table still lints', () => {
    const [finding] = ruleFindings(WRONG_TOTAL, 'cost-total');
    const fixed = applyEdits(WRONG_TOTAL, disableLineEdits(WRONG_TOTAL, finding.range.start.offset, 'cost-total', blocks(WRONG_TOTAL))!);
    assert.match(fixed, /<!-- innovatie-disable cost-total -->\n\n\| Post/);
    assert.match(fixed, /€ 95\.000 \|\n\n<!-- innovatie-enable cost-total -->/);
    assert.deepEqual(ruleFindings(fixed, 'cost-total'), []);
    assert.equal(lint(fixed).plan.coverage.get('kosten')?.status, 'answered');
  });

  it('keeps blockquote markers so the comment stays in the quote', () => {
    const text = '# Plan\n\n> Eerste regel\n> **Kosten:** PM\n';
    const [edit] = disableLineEdits(text, text.indexOf('**Kosten'), 'question-kosten', blocks(text))!;
    assert.equal(edit.newText, '> <!-- innovatie-disable-next-line question-kosten -->\n');
  });

  it('offers no line switch inside frontmatter', () => {
    const text = '---\nbudget: PM\n---\n# Plan\n';
    assert.equal(disableLineEdits(text, text.indexOf('budget'), 'question-kosten', blocks(text)), undefined);
  });

  it('disable-file goes after the frontmatter, or at the top without one', () => {
    const withFrontmatter = '---\nsoort: plan\n---\n\n# Plan\n\nniets\n';
    const end = withFrontmatter.indexOf('---', 4) + 3;
    const fixed = applyEdits(withFrontmatter, [disableFileEdit(withFrontmatter, 'question-wie', end)!]);
    assert.equal(fixed, '---\nsoort: plan\n---\n\n<!-- innovatie-disable-file question-wie -->\n\n# Plan\n\nniets\n');
    assert.deepEqual(ruleFindings(fixed, 'question-wie'), []);
    assert.equal(lint(fixed).plan.frontmatter?.data.soort, 'plan');
    const bare = applyEdits('# Plan\n', [disableFileEdit('# Plan\n', 'question-wie', undefined)!]);
    assert.equal(bare, '<!-- innovatie-disable-file question-wie -->\n\n# Plan\n');
  });

  it('extends an existing disable-file comment, and leaves an all-rules one alone', () => {
    const text = '<!-- innovatie-disable-file question-wie -->\n\n# Plan\n';
    assert.equal(applyEdits(text, [disableFileEdit(text, 'question-hoe', undefined)!]), '<!-- innovatie-disable-file question-wie question-hoe -->\n\n# Plan\n');
    assert.equal(disableFileEdit(text, 'question-wie', undefined), undefined);
    assert.equal(disableFileEdit('<!-- innovatie-disable-file -->\n# P\n', 'question-wie', undefined), undefined);
  });
});

describe('extension: fix all', () => {
  it('applies every fix once; the fixed text has no fixable findings left', () => {
    const text = '# Plan\n\n## Wie\n\nSanne Bakker, CIO.\n\n| Post | Bedrag |\n| --- | --- |\n| Pilot | € 10 |\n| Totaal | € 20 |\n';
    const before = lint(text).findings.filter((finding) => finding.fix);
    assert.ok(before.length >= 3, before.map((finding) => finding.ruleId).join());
    const fixed = applyEdits(text, fixAllEdits(before));
    assert.deepEqual(lint(fixed).findings.filter((finding) => finding.fix && finding.ruleId !== 'question-kosten').map((finding) => finding.message), []);
    // Sections appended at the same place are separated by a blank line.
    assert.match(fixed, /## Hoe\n\n<!--[^>]*-->\n\n## Wanneer\n/);
    assert.match(fixed, /\n## Wat\n/);
    assert.match(fixed, /\| Totaal \| € 10 \|/);
  });

  it('leaves out fixes that do not fix: an inserted empty section still leaves the question open', () => {
    const text = '# Plan\n\n## Wie\n\nSanne Bakker, CIO.\n\n| Post | Bedrag |\n| --- | --- |\n| Pilot | € 10 |\n| Totaal | € 20 |\n';
    const findings = lint(text).findings;
    const fixing = fixesThatFix(text, findings, (next) => lint(next).findings);
    assert.deepEqual(fixing.map((finding) => finding.ruleId), ['cost-total']);
    assert.equal(applyEdits(text, fixAllEdits(fixing)), text.replace('€ 20', '€ 10'));
  });

  it('skips a fix that overlaps one taken before, and drops duplicates', () => {
    const finding = (start: number, end: number, newText: string): Finding => ({
      ruleId: 'r', severity: 'error', message: 'm', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      fix: { description: 'd', edits: [{ start, end, newText }] },
    });
    const edits = fixAllEdits([finding(0, 4, 'A'), finding(2, 6, 'B'), finding(0, 4, 'A'), finding(4, 4, 'C'), finding(8, 8, 'x\n'), finding(8, 8, 'y')]);
    assert.deepEqual(edits, [{ start: 0, end: 4, newText: 'A' }, { start: 4, end: 4, newText: 'C' }, { start: 8, end: 8, newText: 'x\n\ny' }]);
  });
});
