import assert from 'node:assert/strict';
import { explainJudgement, lint } from '../../src/core/index.js';
import { actionTitle } from '../../src/extension/logic/actionTitles.js';
import { locateProblems } from '../../src/extension/logic/configProblems.js';
import { answeredCount, coverageLine, openQuestions } from '../../src/extension/logic/coverage.js';
import { findingHover, questionHover } from '../../src/extension/logic/hoverText.js';
import { explicitLanguage, resolveLanguage } from '../../src/extension/logic/language.js';
import { debounceDelay, lintMode, SKIP_ABOVE_BYTES, THROTTLE_ABOVE_BYTES } from '../../src/extension/logic/limits.js';

describe('extension: language, limits, coverage, hover text, config problems', () => {
  it('uses the setting, else the display language', () => {
    assert.equal(resolveLanguage('auto', 'nl'), 'nl');
    assert.equal(resolveLanguage('auto', 'nl-BE'), 'nl');
    assert.equal(resolveLanguage(undefined, 'de'), 'en');
    assert.equal(resolveLanguage('en', 'nl'), 'en');
    assert.equal(resolveLanguage('nl', 'en-US'), 'nl');
  });

  it('in auto, messages about a plan follow the config, else the plan, as in the CLI; an explicit setting wins', () => {
    assert.equal(explicitLanguage('auto'), undefined);
    assert.equal(explicitLanguage(undefined), undefined);
    assert.equal(explicitLanguage('en'), 'en');
    const plan = '# Plan deelfietsen\n\n## Wie\n\nSanne Bakker.\n';
    assert.equal(lint(plan).language, 'nl');
    assert.equal(lint(plan, { config: { language: 'en' } }).language, 'en');
    assert.equal(lint(plan, { language: 'nl', config: { language: 'en' } }).language, 'nl');
    const dutch = '# Plan deelfietsen\n\n## Wie\n\nSanne Bakker is eigenaar van het project en de gemeente betaalt.\n';
    const english = '# Bike sharing plan\n\n## Who\n\nSanne Bakker owns the project and the city pays for it.\n';
    const messages = (text: string, setting: string) => lint(text, { language: explicitLanguage(setting) }).findings.map((finding) => finding.message).join(' ');
    assert.match(messages(dutch, 'auto'), /beantwoordt 'kosten' nergens/);
    assert.doesNotMatch(messages(english, 'auto'), /beantwoordt/);
    assert.doesNotMatch(messages(dutch, 'en'), /beantwoordt/);
  });

  it('quick-fix titles the extension adds follow the language of the findings', () => {
    assert.equal(actionTitle('disableLine', 'nl', 'question-wie'), 'question-wie uitzetten voor deze regel');
    assert.equal(actionTitle('disableFile', 'en', 'question-wie'), 'Disable question-wie for this file');
    assert.equal(actionTitle('fixAll', 'nl'), 'Alle Innovatie-problemen oplossen');
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

  it('hovers give the status and the one-sentence reason of innovatie explain, escaped', () => {
    const result = lint('# Plan\n\n## Wie\n\nSanne Bakker, CIO gemeente Dalfsen.\n\n## Kosten\n\nPM\n');
    const who = explainJudgement(result.plan, result.plan.coverage.get('wie')!, 'nl');
    const hover = questionHover('wie', who.status, 'nl', who.reason);
    assert.match(hover, /^\*\*Wie\*\* — ✓ beantwoord\n\n'wie \(eigenaar\)' is beantwoord onder de kop 'Wie': er staat een persoon/);
    assert.match(questionHover('wie', 'answered', 'en', 'A [link](x) *here*'), /A \\\[link\\\]\(x\) \\\*here\\\*/);
    const cost = explainJudgement(result.plan, result.plan.coverage.get('kosten')!, 'en');
    const [finding] = result.findings.filter((item) => item.ruleId === 'question-kosten');
    const text = findingHover(finding, 'en', cost);
    assert.match(text, /^\*\*question-kosten\*\* — The plan says what it costs\.\n\n~ weakly answered: /);
    assert.ok(text.includes(cost.reason.replace(/[\\`*_[\]<>~]/g, (char) => `\\${char}`)));
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
