import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { daysBetween, diffPlanTexts, wordDiff, type QuestionChange } from '../../src/core/index.js';

const FIXTURES = path.resolve(__dirname, '..', 'diff');

/**
 * test/diff/<case>.before.md and <case>.after.md are two revisions of one plan; expected.json
 * lists per case every question that must change (no other may), its status move, whether the
 * review gate fails on it, and the typed facts that moved.
 */
interface Expected {
  status: string;
  weakened?: true;
  facts?: Record<string, unknown>;
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, Record<string, Expected>>;
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

describe('plan diff: fixture revisions (test/diff)', () => {
  const cases = readdirSync(FIXTURES).filter((file) => file.endsWith('.before.md')).map((file) => file.replace('.before.md', ''));

  it('has at least 20 revision pairs, each with expectations', () => {
    assert.ok(cases.length >= 20, `${cases.length} cases`);
    assert.deepEqual([...cases].sort(), Object.keys(expected).sort());
  });

  for (const name of cases) {
    it(name, () => {
      const diff = diffPlanTexts(read(`${name}.before.md`), read(`${name}.after.md`));
      const want = expected[name];
      assert.deepEqual(diff.changes.map((change) => change.question), Object.keys(want), 'the questions that changed');
      for (const change of diff.changes) checkChange(change, want[change.question]);
    });
  }
});

function checkChange(change: QuestionChange, want: Expected): void {
  const move = change.before.status === change.after.status ? change.after.status : `${change.before.status} → ${change.after.status}`;
  assert.equal(move, want.status, `${change.question}: status`);
  assert.equal(change.weakened, want.weakened ?? false, `${change.question}: weakened`);
  const facts = (change.facts ?? {}) as Record<string, unknown>;
  assert.deepEqual(Object.keys(facts).sort(), Object.keys(want.facts ?? {}).sort(), `${change.question}: which facts changed`);
  for (const [key, value] of Object.entries(want.facts ?? {})) assert.deepEqual(pick(facts[key], value), value, `${change.question}: ${key}`);
}

/** Only the fields the expectation names (milestones keep their evidence-free label and shift). */
function pick(actual: unknown, like: unknown): unknown {
  if (Array.isArray(like) && Array.isArray(actual)) return actual.map((item, index) => pick(item, like[index] ?? like[0]));
  if (like && typeof like === 'object' && actual && typeof actual === 'object') {
    return Object.fromEntries(Object.keys(like).map((key) => [key, (actual as Record<string, unknown>)[key]]));
  }
  return actual;
}

describe('plan diff: sides and words', () => {
  const plan = read('owner-changed.before.md');

  it('gives a word-level diff of the answer', () => {
    const diff = diffPlanTexts(plan, read('owner-changed.after.md'));
    assert.deepEqual(diff.changes[0].words, [
      { type: 'same', text: 'Eigenaar:' },
      { type: 'removed', text: 'Jan de Vries,' },
      { type: 'added', text: 'Fatma Yilmaz,' },
      { type: 'same', text: 'teamleider Publiekszaken van gemeente Zaanwijk.' },
    ]);
    assert.equal(diff.changes[0].before.where, 'Wie');
    assert.equal(diff.changes[0].before.line, 7);
  });

  it('keeps amounts whole in the word diff', () => {
    assert.deepEqual(wordDiff('De bouw kost € 120.000.', 'De bouw kost € 160.000.'), [
      { type: 'same', text: 'De bouw kost €' },
      { type: 'removed', text: '120.000.' },
      { type: 'added', text: '160.000.' },
    ]);
  });

  it('lists every question of an added or removed plan, and never gates on them', () => {
    const added = diffPlanTexts(undefined, plan);
    assert.deepEqual(added.changes.map((change) => change.question), ['wie', 'wat', 'hoe', 'wanneer', 'kosten']);
    assert.ok(added.changes.every((change) => change.before.status === 'missing' && change.after.status === 'answered' && !change.weakened));
    assert.equal(added.changes[4].facts?.cost?.after, 120000);
    const removed = diffPlanTexts(plan, undefined);
    assert.ok(removed.changes.every((change) => change.after.status === 'missing' && !change.weakened));
    assert.deepEqual(removed.kind, { before: 'plan', after: null });
  });

  it('says why an answer became weak, in the plan language or the one asked for', () => {
    const diff = diffPlanTexts(plan, read('cost-became-pm.after.md'), { language: 'en' });
    assert.match(diff.changes[0].after.reason ?? '', /kosten|cost/i);
    assert.equal(diff.changes[0].before.reason, undefined);
  });

  it('does not gate on a question the new kind no longer asks', () => {
    const action = read('kind-question-removed.before.md');
    const diff = diffPlanTexts(action, action.replace('soort: actieplan', 'soort: plan'));
    const yieldChange = diff.changes.find((change) => change.question === 'opbrengst');
    assert.equal(yieldChange?.after.asked, false);
    assert.equal(yieldChange?.weakened, false);
  });

  it('counts days between ISO dates', () => {
    assert.equal(daysBetween('2027-12-01', '2028-03-01'), 91);
    assert.equal(daysBetween('2027-03-01', '2027-02-01'), -28);
  });
});
