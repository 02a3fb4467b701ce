import assert from 'node:assert/strict';
import { cleanup, COMPLETE_PLAN, PLAN_WITHOUT_COST, read, run, tempDir, writeFiles } from './helpers.js';

const WITH_BUDGET = `---
soort: actieplan
eigenaar: Fatma Yilmaz, programmamanager
start: 2027-01-15
einde: 2027-06-30
budget: "€ 185.000"
---

# Deelauto's voor de buitendienst

## Wat

Elektrische deelauto's voor medewerkers van de buitendienst, in plaats van eigen leaseauto's.

## Hoe

Eerst een proef met vijf auto's op de werf, daarna een besluit over uitbreiding.

## Wanneer

Van januari tot juni 2027.
`;

const WITH_SUM = COMPLETE_PLAN.replace(/## Kosten[\s\S]*$/, '## Kosten\n\nLicenties kosten € 12.000 per jaar; de inrichting k€ 8.\n').replace('Digitaal afsprakenloket', 'Afsprakenloket <Noord> & "Zuid"');

const PLANS = { 'plannen/a-budget.md': WITH_BUDGET, 'plannen/b-totaal.md': COMPLETE_PLAN, 'plannen/c-som.md': WITH_SUM, 'plannen/d-geen.md': PLAN_WITHOUT_COST };

interface Summary {
  path: string;
  owner?: string;
  start?: string;
  end?: string;
  cost?: number;
  costSource?: string;
  answered: Record<string, string>;
}

describe('innovatie report', () => {
  afterEach(cleanup);

  it('summarises each plan: owner, dates, cost and where the cost came from', async () => {
    const dir = tempDir();
    writeFiles(dir, PLANS);
    const { code, stdout } = await run(['report', '-f', 'json', 'plannen'], dir);
    assert.equal(code, 0);
    const { plans, totals } = JSON.parse(stdout) as { plans: Summary[]; totals: Record<string, unknown> };
    const [budget, total, sum, none] = plans;
    assert.deepEqual([budget.cost, budget.costSource, budget.start, budget.end], [185000, 'budget', '2027-01-15', '2027-06-30']);
    assert.equal(budget.owner, 'Fatma Yilmaz, programmamanager');
    assert.deepEqual([total.cost, total.costSource, total.start, total.end], [30000, 'total-row', '2027-03-01', '2027-12-01']);
    assert.equal(total.owner, 'Jan de Vries, teamleider Publiekszaken van gemeente Zaanwij…');
    assert.deepEqual([sum.cost, sum.costSource], [20000, 'sum']);
    assert.deepEqual([none.cost, none.answered.kosten], [undefined, 'missing']);
    assert.deepEqual(totals, {
      plans: 4,
      byKind: { actieplan: 1, plan: 3 },
      cost: 235000,
      plansWithCost: 3,
      answered: { wie: 4, wat: 4, hoe: 4, wanneer: 4, kosten: 3 },
      start: '2027-01-15',
      end: '2027-12-01',
    });
  });

  it('writes a Markdown table with a totals row', async () => {
    const dir = tempDir();
    writeFiles(dir, PLANS);
    const { stdout } = await run(['report', 'plannen'], dir);
    assert.match(stdout, /^# Portfolio van plannen$/m);
    assert.match(stdout, /^\| \[Deelauto's voor de buitendienst\]\(plannen\/a-budget\.md\) \| actieplan \| Fatma Yilmaz, programmamanager \| 2027-01-15 \| 2027-06-30 \| € 185\.000 \(b\) \| ✓ \| ✓ \| ✓ \| ✓ \| ✓ \|$/m);
    assert.match(stdout, /^\| \*\*Totaal: 4 plannen\*\* \|.*\| \*\*€ 235\.000\*\* \(3 met een bedrag\) \| 4\/4 \| 4\/4 \| 4\/4 \| 4\/4 \| 3\/4 \|$/m);
    assert.match(stdout, /Afsprakenloket &lt;Noord> & "Zuid"/, 'plan text cannot inject HTML into the rendered Markdown');
  });

  it('writes one self-contained HTML file with every plan text escaped', async () => {
    const dir = tempDir();
    writeFiles(dir, PLANS);
    const { code } = await run(['report', '--format', 'html', '--lang', 'en', '-o', 'portfolio.html', 'plannen'], dir);
    assert.equal(code, 0);
    const html = read(dir, 'portfolio.html');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<style>[\s\S]+<\/style>/);
    assert.doesNotMatch(html, /<script|<link|src=|@import|url\(/i, 'no scripts and nothing loaded from elsewhere');
    assert.match(html, /Afsprakenloket &lt;Noord&gt; &amp; &quot;Zuid&quot;/);
    assert.match(html, /<tfoot><tr><td>Total: 4 plans<\/td>/);
    assert.match(html, /€ 235,000/);
  });

  it('uses the config\'s plans globs when no path is given', async () => {
    const dir = tempDir();
    writeFiles(dir, { ...PLANS, 'README.md': '# Over deze map\n', '.innovatierc.json': JSON.stringify({ plans: ['plannen/**/*.md'] }) });
    const { stdout } = await run(['report', '-f', 'json'], dir);
    assert.equal(JSON.parse(stdout).plans.length, 4);
  });
});
