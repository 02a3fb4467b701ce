import assert from 'node:assert/strict';
import { parsePersisted, PERSISTED_SCHEMA, PlanCache } from '../../src/extension/portfolio/planCache.js';
import { format, isWebviewMessage, STRING_KEYS } from '../../src/shared/portfolio/protocol.js';
import { summarizePlan } from '../../src/extension/portfolio/summary.js';

const PLAN = `---
soort: actieplan
eigenaar: Fatima el Amrani, teamleider Dienstverlening, gemeente Lingewaard
start: 2027-01-01
einde: 2028-12-31
budget: 45000
---

# Actieplan: <img src=x onerror=alert(1)> digitale balie

## Wat

Een digitale balie waar inwoners hun aanvraag in één keer goed indienen.

## Hoe

We bouwen twee formulieren na, testen ze met twintig inwoners en verbeteren ze.
`;

describe('portfolio plan summary', () => {
  it('reads kind, title as text, owner, dates, cost and the five questions from one lint', () => {
    const entry = summarizePlan('file:///ws/balie.md', 'balie.md', PLAN, { config: {}, detect: { path: 'balie.md' } })!;
    assert.equal(entry.plan.kind, 'actieplan');
    assert.equal(entry.plan.title, 'Actieplan: <img src=x onerror=alert(1)> digitale balie');
    assert.match(entry.plan.owner ?? '', /Fatima el Amrani/);
    assert.deepEqual([entry.plan.start, entry.plan.end, entry.plan.cost, entry.plan.currency], ['2027-01-01', '2028-12-31', 45_000, 'EUR']);
    assert.equal(entry.plan.answered.wie, 'answered');
    assert.equal(entry.overlap.id, 'file:///ws/balie.md');
    assert.ok(entry.overlap.passages.length > 0);
  });

  it('leaves out files that are not plans', () => {
    assert.equal(summarizePlan('file:///ws/README.md', 'README.md', '# Tool\n\n## Install\n\n`npm i tool`\n', { config: {}, detect: { path: 'README.md' } }), undefined);
  });
});

describe('portfolio cache', () => {
  it('produces a value once per stamp and again only when the stamp moves', async () => {
    const cache = new PlanCache<string>();
    let reads = 0;
    const read = async () => `text ${++reads}`;
    assert.equal(await cache.get('a', '1:10', read), 'text 1');
    assert.equal(await cache.get('a', '1:10', read), 'text 1');
    assert.equal(await cache.get('b', '1:10', read), 'text 2');
    assert.equal(await cache.get('a', '2:12', read), 'text 3');
    assert.equal(cache.produced, 3);
    cache.retain(new Set(['a']));
    assert.deepEqual(cache.values(), ['text 3']);
  });

  it('remembers files that are not plans, so they are not read again either', async () => {
    const cache = new PlanCache<string>();
    await cache.get('notes.md', 's', async () => undefined);
    await cache.get('notes.md', 's', async () => 'never');
    assert.equal(cache.produced, 1);
    assert.deepEqual(cache.values(), []);
  });
});

describe('portfolio cache between sessions', () => {
  const expected = { version: '0.1.0', settings: '["en"]' };
  const persisted = (fields: object) => JSON.stringify({ schema: PERSISTED_SCHEMA, ...expected, configs: '', entries: [['a', '1:10', 'plan a'], ['n', '2:5', null]], ...fields });

  it('keeps saved stamps, non-plans included, and leaves out unsaved edits', async () => {
    const cache = new PlanCache<string>();
    await cache.get('a', '1:10', async () => 'plan a');
    await cache.get('n', '2:5', async () => undefined);
    await cache.get('edited', 'v7', async () => 'draft');
    assert.deepEqual(cache.snapshot((stamp) => !stamp.startsWith('v')), [['a', '1:10', 'plan a'], ['n', '2:5', null]]);
  });

  it('seeds a new cache so unchanged files are not produced again, and this session wins', async () => {
    const restored = parsePersisted<string>(persisted({}), expected)!;
    const cache = new PlanCache<string>();
    await cache.get('a', '3:12', async () => 'plan a, edited');
    cache.seed(restored.entries);
    assert.equal(await cache.get('a', '3:12', async () => 'never'), 'plan a, edited');
    assert.equal(await cache.get('n', '2:5', async () => 'never'), undefined);
    assert.equal(cache.produced, 1);
  });

  it('refuses a cache of another version, other settings, another schema or broken JSON', () => {
    assert.ok(parsePersisted(persisted({}), expected));
    assert.equal(parsePersisted(persisted({ version: '0.0.9' }), expected), undefined);
    assert.equal(parsePersisted(persisted({ settings: '["nl"]' }), expected), undefined);
    assert.equal(parsePersisted(persisted({ schema: PERSISTED_SCHEMA + 1 }), expected), undefined);
    assert.equal(parsePersisted('{"schema":', expected), undefined);
    assert.equal(parsePersisted('null', expected), undefined);
    assert.deepEqual(parsePersisted<string>(persisted({ entries: [['a', '1:10', 'x'], [3, 'bad'], 'junk'] }), expected)!.entries, [['a', '1:10', 'x']]);
  });

  it('keeps the pairs worked out from all entries only when they are well-formed', () => {
    assert.deepEqual(parsePersisted(persisted({ derived: { threshold: 0.5, pairs: [{ a: 'a', b: 'b' }] } }), expected)!.derived, { threshold: 0.5, pairs: [{ a: 'a', b: 'b' }] });
    assert.equal(parsePersisted(persisted({ derived: { threshold: '0.5', pairs: [] } }), expected)!.derived, undefined);
    assert.equal(parsePersisted(persisted({}), expected)!.derived, undefined);
  });
});

describe('portfolio protocol', () => {
  it('accepts only well-formed messages from the webview', () => {
    assert.ok(isWebviewMessage({ type: 'ready' }));
    assert.ok(isWebviewMessage({ type: 'openPair', a: 'file:///a.md', b: 'file:///b.md' }));
    assert.ok(!isWebviewMessage({ type: 'openPair', a: 'file:///a.md' }));
    assert.ok(isWebviewMessage({ type: 'markDistinct', a: 'file:///a.md', b: 'file:///b.md' }));
    assert.ok(!isWebviewMessage({ type: 'markDistinct', a: 'file:///a.md', b: ['file:///b.md'] }));
    assert.ok(!isWebviewMessage({ type: 'openPlan', id: 3 }));
    assert.ok(!isWebviewMessage({ type: 'runCommand', command: 'workbench.action.terminal.new' }));
    assert.ok(!isWebviewMessage(null));
    assert.ok(isWebviewMessage({ type: 'painted', rows: 40, ms: 812, readyMs: 300, messageMs: 700 }));
    assert.ok(!isWebviewMessage({ type: 'painted', rows: 40, ms: 812 }));
  });

  it('fills placeholders and has a unique key per string', () => {
    assert.equal(format('{0} of {1} plans', 3, 300), '3 of 300 plans');
    assert.equal(format('{0} and {1}', 'x'), 'x and {1}');
    assert.equal(new Set(STRING_KEYS).size, STRING_KEYS.length);
  });
});
