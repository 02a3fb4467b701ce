import assert from 'node:assert/strict';
import { lint, lintTree, parseDocument, RULES } from '../../src/core/index.js';
import type { Node } from 'unist';

/** remark-lint style: every rule's ok/not-ok examples are tests. */
describe('rule examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const example of rule.examples.ok) {
        it(`ok: ${example.name}`, () => {
          const findings = lint(example.markdown).findings.filter((finding) => finding.ruleId === rule.id);
          assert.deepEqual(findings.map((finding) => finding.message), []);
        });
      }
      for (const example of rule.examples.notOk) {
        it(`not ok: ${example.name}`, () => {
          const findings = lint(example.markdown).findings.filter((finding) => finding.ruleId === rule.id);
          assert.equal(findings.length, example.findings ?? 1, findings.map((finding) => finding.message).join('\n'));
          for (const finding of findings) {
            assert.ok(finding.message.length > 10);
            assert.ok(finding.range.start.line >= 1 && finding.range.start.column >= 1);
          }
        });
        it(`not ok without positions does not crash: ${example.name}`, () => {
          const { root } = parseDocument(example.markdown);
          stripPositions(root);
          const result = lintTree(example.markdown, root);
          assert.ok(!result.findings.some((finding) => finding.message.startsWith('internal error')));
        });
      }
      it('has docs in both languages', () => {
        for (const text of [rule.description, rule.rationale]) assert.ok(text.nl.length > 10 && text.en.length > 10);
      });
    });
  }
});

function stripPositions(node: Node): void {
  delete node.position;
  for (const child of (node as { children?: Node[] }).children ?? []) stripPositions(child);
}
