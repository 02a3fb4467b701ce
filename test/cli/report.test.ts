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

/** The figures the issue found wrong: a total with its breakdown, a yearly amount beside a rate, an owner not on the first line, months in a list. */
const TRICKY = `# Wijkapp

## Aanleiding

Meldingen kosten de gemeente nu € 2 miljoen per jaar aan uitzoekwerk.

## Wie

De app is bedacht tijdens de staatsprint.
Eigenaar is het hoofd Publiekszaken van gemeente Molenwaard. De uitvoering ligt bij team Digitaal.

## Hoe

Eerst een proef, daarna de uitrol.

## Wanneer

- Ontwerp: maart 2027
- Proef: mei en juni 2027
- Besluit: oktober 2027

## Kosten

Totaal € 240.000: € 150.000 voor de bouw, € 60.000 voor de test en € 30.000 voor beheer.
Daarnaast € 12.000 per jaar voor hosting en € 0,50 per inwoner voor de campagne.
`;

interface Summary {
  path: string;
  owner?: string;
  start?: string;
  end?: string;
  cost: number | null;
  costSource?: string;
  answered: Record<string, string>;
  facts: {
    owner: { value: string; executors: string[]; evidence: { line: number; excerpt: string } } | null;
    start: { value: string; precision: string; evidence: { line: number } } | null;
    end: { value: string; precision: string; evidence: { line: number } } | null;
    milestones: Array<{ value: string }>;
    cost: { total: number | null; oneOff: number | null; recurring: { amount: number; per: string } | null; items: Array<{ kind: string; amount: number }>; source: string; evidence: { line: number } } | null;
  };
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
    assert.equal(total.owner, 'Jan de Vries, teamleider Publiekszaken, gemeente Zaanwijk');
    // € 12.000 per jaar and k€ 8 one-off: the one-off plus the first year.
    assert.deepEqual([sum.cost, sum.costSource, sum.facts.cost?.oneOff, sum.facts.cost?.recurring], [20000, 'sum', 8000, { amount: 12000, per: 'year' }]);
    assert.deepEqual([none.cost, none.answered.kosten, none.facts.cost], [null, 'missing', null]);
    assert.deepEqual(totals, {
      plans: 4,
      byKind: { actieplan: 1, plan: 3 },
      cost: 235000,
      plansWithCost: 3,
      plansWithoutCost: 1,
      plansInOtherCurrency: 0,
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
    assert.match(stdout, /^\| \[Deelauto's voor de buitendienst\]\(plannen\/a-budget\.md\)\[\^1\] \| actieplan \| Fatma Yilmaz, programmamanager \| 2027-01-15 \| 2027-06-30 \| € 185\.000 \(b\) \| ✓ \| ✓ \| ✓ \| ✓ \| ✓ \|$/m);
    assert.match(stdout, /^\| \*\*Totaal: 4 plannen\*\* \|.*\| \*\*€ 235\.000\*\* \(3 met een bedrag, 1 zonder\) \| 4\/4 \| 4\/4 \| 4\/4 \| 4\/4 \| 3\/4 \|$/m);
    assert.match(stdout, /Afsprakenloket &lt;Noord> & "Zuid"/, 'plan text cannot inject HTML into the rendered Markdown');
    assert.match(stdout, /^## Waar de gegevens staan$/m);
    assert.match(stdout, /^\[\^2\]: eigenaar regel 5: "Eigenaar: Jan de Vries, teamleider Publiekszaken van gemeente Zaanwijk\."; start regel 17: .*; kosten regel 25: "Totaal € 30\.000"$/m);
  });

  it('reads owner, dates and cost as typed facts: a breakdown is not added to its total, a rate is not added, problem money is not the cost', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plannen/wijkapp.md': TRICKY });
    const { stdout } = await run(['report', '-f', 'json', 'plannen'], dir);
    const { plans, totals } = JSON.parse(stdout) as { plans: Summary[]; totals: Record<string, unknown> };
    const [plan] = plans;
    assert.equal(plan.owner, 'Hoofd Publiekszaken, gemeente Molenwaard');
    assert.deepEqual(plan.facts.owner?.executors, ['Team Digitaal']);
    assert.equal(plan.facts.owner?.evidence.line, 10);
    assert.deepEqual([plan.start, plan.end], ['2027-03-01', '2027-10-31']);
    assert.deepEqual([plan.facts.start?.precision, plan.facts.end?.precision], ['month', 'month']);
    assert.equal(plan.facts.milestones.length, 3);
    assert.equal(plan.cost, 252000, 'the stated total plus one year of hosting; the rate per inhabitant is kept apart');
    assert.equal(plan.costSource, 'stated');
    assert.deepEqual(plan.facts.cost?.recurring, { amount: 12000, per: 'year' });
    assert.ok(plan.facts.cost?.items.some((item) => item.kind === 'rate' && item.amount === 0.5));
    assert.equal(totals.cost, 252000);
  });

  it('shows in the HTML where each figure was read, as a tooltip', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plannen/wijkapp.md': TRICKY });
    await run(['report', '--format', 'html', '-o', 'portfolio.html', 'plannen'], dir);
    const html = read(dir, 'portfolio.html');
    assert.match(html, /<td title="regel 10: Eigenaar is het hoofd Publiekszaken van gemeente Molenwaard\.">Hoofd Publiekszaken, gemeente Molenwaard<\/td>/);
    assert.match(html, /<td class="num" title="regel 24: [^"]*\(eenmalig € 240\.000 \+ € 12\.000 per jaar\)">€ 252\.000 \(v\)<\/td>/);
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
