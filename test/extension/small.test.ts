import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';
import { locateProblems } from '../../src/extension/logic/configProblems.js';
import { answeredCount, coverageLine, openQuestions } from '../../src/extension/logic/coverage.js';
import { findingHover, questionHover } from '../../src/extension/logic/hoverText.js';
import { resolveLanguage } from '../../src/extension/logic/language.js';
import { debounceDelay, lintMode, SKIP_ABOVE_BYTES, THROTTLE_ABOVE_BYTES } from '../../src/extension/logic/limits.js';

describe('extension: language, limits, coverage, hover text, config problems', () => {
  it('uses the setting, else the display language', () => {
    assert.equal(resolveLanguage('auto', 'nl'), 'nl');
    assert.equal(resolveLanguage('auto', 'nl-BE'), 'nl');
    assert.equal(resolveLanguage(undefined, 'de'), 'en');
    assert.equal(resolveLanguage('en', 'nl'), 'en');
    assert.equal(resolveLanguage('nl', 'en-US'), 'nl');
  });

  it('lints live, throttles above 5 MB, skips above 10 MB and binaries', () => {
    assert.equal(lintMode('# Plan\n'), 'live');
    assert.equal(lintMode('x\u0000y'), 'skip-binary');
    assert.equal(lintMode('x'.repeat(THROTTLE_ABOVE_BYTES + 1)), 'throttled');
    assert.equal(lintMode('x'.repeat(SKIP_ABOVE_BYTES + 1)), 'skip-large');
    assert.equal(debounceDelay('live', 300, 5000), 300);
    assert.equal(debounceDelay('live', -1, 0), 300);
    assert.equal(debounceDelay('throttled', 300, 100), 1000);
    assert.equal(debounceDelay('throttled', 300, 2500), 5000);
  });

  it('summarises the five questions and lists the open ones with their findings', () => {
    const result = lint('# Plan\n\n## Wie\n\nSanne Bakker, CIO gemeente Dalfsen.\n\n## Kosten\n\nPM\n');
    assert.equal(coverageLine(result.coverage), 'wie ✓ · wat ✗ · hoe ✗ · wanneer ✗ · kosten ~');
    assert.equal(answeredCount(result.coverage), 1);
    const open = openQuestions(result.coverage, result.findings, 'nl');
    assert.deepEqual(open.map((question) => `${question.label}:${question.status}`), ['Wat:missing', 'Hoe:missing', 'Wanneer:missing', 'Kosten:weak']);
    assert.ok(open.every((question) => question.finding?.questionId === question.questionId));
  });

  it('hovers say what the method asks, in the user language', () => {
    const nl = questionHover('kosten', 'weak', 'nl');
    assert.match(nl, /\*\*Kosten\*\* — ~ zwak beantwoord/);
    assert.match(nl, /Wat kost het\?/);
    assert.match(nl, /```markdown\n## Kosten\n\n€ 185\.000/);
    const en = questionHover('kosten', 'missing', 'en');
    assert.match(en, /\*\*Cost\*\* — ✗ missing/);
    assert.match(en, /What does it cost\?/);
    assert.doesNotMatch(en, /```/);
    assert.match(questionHover('impact', undefined, 'en'), /kind-questions/);
    const [finding] = lint('# Plan\n\n## Kosten\n\nPM\n').findings.filter((item) => item.ruleId === 'question-kosten');
    assert.match(findingHover(finding, 'en'), /\*\*question-kosten\*\* — The plan says what it costs\./);
  });

  it('points config problems at the key they name', () => {
    const text = '{\n  "rules": { "no-such-rule": "error" },\n  "colour": 1\n}\n';
    const [rule, key] = locateProblems(text, ["'rules.no-such-rule': no such rule", "unknown key 'colour' (known: ...)"]);
    assert.equal(text.slice(rule.start, rule.end), '"no-such-rule"');
    assert.equal(rule.key, 'rules.no-such-rule');
    assert.equal(text.slice(key.start, key.end), '"colour"');
    const [json] = locateProblems('{ "a": }', ['not valid JSON: Unexpected token } in JSON at position 7']);
    assert.equal(json.start, 7);
    assert.deepEqual(locateProblems('{}', ['the configuration must be a JSON object'])[0], { message: 'the configuration must be a JSON object', start: 0, end: 1 });
  });
});
