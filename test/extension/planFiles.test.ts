import assert from 'node:assert/strict';
import { lint, type Config } from '../../src/core/index.js';
import { exactPathPattern, markAsPlanEdit } from '../../src/extension/logic/markAsPlan.js';
import { PathPatterns } from '../../src/extension/logic/patterns.js';
import { planDetectOptions } from '../../src/extension/logic/planFiles.js';
import { applyEdits } from '../../src/core/index.js';

/** What the editor decides for a file: the core's detection with the options the extension builds. */
const detect = (text: string, path = 'docs/x.md', config: Config = {}, settingPlans: string[] = []) =>
  lint(text, { config, detect: planDetectOptions(path, config, settingPlans) });
const planned = (...args: Parameters<typeof detect>) => detect(...args).detection.isPlan;

const PLAN = '# Plan deelfietsen\n\n## Wie\n\nSanne Bakker, CIO.\n\n## Wat\n\nTwintig deelfietsen bij het station.\n\n## Wanneer\n\nStart op 1 maart 2027.\n\n## Kosten\n\n€ 12.000\n';
const NOTES = '# Overleg 3 mei\n\nSanne neemt contact op met de leverancier, uiterlijk 1 juni.\n';

describe('extension: which Markdown files are plans (the core decides, the extension gives it the settings)', () => {
  it('a README is not a plan, by its name and by its content, and gets no findings', () => {
    const readme = detect(PLAN, 'README.md');
    assert.equal(readme.detection.isPlan, false);
    assert.equal(readme.detection.source, 'name');
    assert.deepEqual(readme.findings, []);
    assert.equal(planned('# Mijn project\n\nInstalleer met npm install.\n\n## Licentie\n\nMIT\n'), false);
  });

  it('notes that mention an owner and a date are not a plan; a plan with result, owner and timing is', () => {
    const notes = detect(NOTES, 'notes/overleg.md');
    assert.equal(notes.detection.isPlan, false);
    assert.match(notes.detection.reason.en, /^Not a plan: /);
    assert.match(notes.detection.reason.nl, /^Geen plan: /);
    assert.equal(planned(PLAN, 'plannen/fietsen.md'), true);
  });

  it('frontmatter soort: makes any file a plan, even a README or an ignored one', () => {
    assert.equal(planned('---\nsoort: pitch\n---\n# Iets\n'), true);
    assert.equal(planned('---\nsoort: plan\n---\n# Iets\n', 'README.md'), true);
    assert.equal(planned('---\nsoort: pitch\n---\n# P\n', 'archief/oud.md', { ignore: ['archief/**'] }), true);
  });

  it('the plans patterns come from .innovatierc.json and the innovatie.plans setting together', () => {
    const config: Config = { plans: ['plannen/'], ignore: ['archief/**'] };
    assert.equal(planned('# Leeg\n', 'plannen/a.md', config), true);
    assert.equal(planned('# Leeg\n', 'x/y.idee.md', config, ['*.idee.md']), true);
    assert.equal(planned('# Leeg\n', 'x/y.idee.md', config), false);
    assert.equal(planned('# Leeg\n', 'notes/a.md', config, ['*.idee.md']), false);
    assert.equal(detect('# Leeg\n', 'plannen/a.md', config).detection.source, 'setting');
  });

  it('ignore wins over the plans patterns, and a file outside the workspace goes by its content', () => {
    const config: Config = { plans: ['**/*.md'], ignore: ['archief/**'] };
    assert.equal(detect(PLAN, 'archief/oud.md', config).detection.source, 'ignored');
    assert.equal(lint(PLAN, { detect: planDetectOptions(undefined, config, ['**/*.md']) }).detection.source, 'content');
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

describe('extension: marking a file as a plan', () => {
  const marked = (text: string) => applyEdits(text, [markAsPlanEdit(text)]);

  it('adds a frontmatter block at the top and keeps every line', () => {
    assert.equal(marked(NOTES), `---\nsoort: plan\n---\n\n${NOTES}`);
    assert.equal(marked(''), '---\nsoort: plan\n---\n');
    assert.equal(marked('# A\r\n\r\nB\r\n'), '---\r\nsoort: plan\r\n---\r\n\r\n# A\r\n\r\nB\r\n');
    assert.equal(planned(marked(NOTES), 'README.md'), true);
  });

  it('adds a line to an existing frontmatter, or fills an empty soort:', () => {
    assert.equal(marked('---\ntitel: Overleg\n---\n# Overleg\n'), '---\nsoort: plan\ntitel: Overleg\n---\n# Overleg\n');
    assert.equal(marked('---\n---\n# X\n'), '---\nsoort: plan\n---\n# X\n');
    assert.equal(marked('---\ntitel: X\nsoort:\n---\n'), '---\ntitel: X\nsoort: plan\n---\n');
    assert.equal(marked('---\nkind: ~ # later\n---\n'), '---\nkind: plan\n---\n');
    const text = '---\r\ntitel: X\r\n---\r\nTekst\r\n';
    assert.equal(marked(text), '---\r\nsoort: plan\r\ntitel: X\r\n---\r\nTekst\r\n');
    assert.equal(detect(marked('---\ntitel: Overleg\n---\n# Overleg\n'), 'README.md').detection.source, 'frontmatter');
  });

  it('a --- line that is never closed is a rule, not frontmatter: a block goes above it', () => {
    assert.equal(marked('---\nTekst\n'), '---\nsoort: plan\n---\n\n---\nTekst\n');
  });

  it('the setting pattern matches exactly that file', () => {
    for (const path of ['README.md', 'notes/README.md', 'a [b]*?.md']) {
      const patterns = new PathPatterns([exactPathPattern(path)]);
      assert.equal(patterns.matches(path), true, path);
      assert.equal(patterns.matches(`other/${path}`), false, path);
    }
    assert.equal(exactPathPattern('README.md'), '/README.md');
    assert.equal(new PathPatterns([exactPathPattern('a [b].md')]).matches('a b.md'), false);
  });
});
