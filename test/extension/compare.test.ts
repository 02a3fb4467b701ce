import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffPlanTexts, type PlanDiff } from '../../src/core/index.js';
import { compareBody, comparePage, escapeHtml, formatMoney, shiftText, type Translator } from '../../src/extension/compare/render.js';
import { BALIE_PLAN } from './compare.fixtures.js';

const format = (message: string, args: Array<string | number>) => message.replace(/\{(\d)\}/g, (_, index: string) => String(args[Number(index)]));
/** vscode.l10n without a bundle: the English source strings. */
const english: Translator = { t: (message, ...args) => format(message, args) };
/** vscode.l10n with the Dutch bundle the extension ships. */
const bundle = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'l10n', 'bundle.l10n.nl.json'), 'utf8')) as Record<string, string>;
const dutch: Translator = { t: (message, ...args) => format(bundle[message] ?? assert.fail(`no Dutch for "${message}"`), args) };

const BEFORE = BALIE_PLAN;

const AFTER = BEFORE
  .replace('Fatima el Amrani', 'Joost de Vries')
  .replace('€ 85.000', '€ 125.000')
  .replace('1 december 2027', '1 maart 2028')
  .replace('Eerst een proef met twee formulieren, daarna alle formulieren.', 'PM');

const context = { fileName: 'plan.md', against: 'HEAD', language: 'en' as const };
const section = (html: string, question: string) => html.match(new RegExp(`<section[^>]*data-question="${question}"[^]*?</section>`))?.[0] ?? '';
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('extension: Compare Plan with… (rendering)', () => {
  const html = compareBody(diffPlanTexts(BEFORE, AFTER), context, english);

  it('lists per question the status, the owner, the date shift in days and the cost difference', () => {
    assert.deepEqual([...html.matchAll(/data-question="(\w+)"/g)].map((match) => match[1]), ['wie', 'hoe', 'wanneer', 'kosten']);
    assert.match(text(section(html, 'wie')), /Owner: Fatima el Amrani, teamleider Dienstverlening → Joost de Vries, teamleider Dienstverlening/);
    assert.match(text(section(html, 'wanneer')), /End: 2027-12-01 → 2028-03-01 \(91 days later, about 3 months\)/);
    assert.match(text(section(html, 'kosten')), /Cost: € 85,000 → € 125,000 \(\+€ 40,000 more\)/);
    assert.match(text(html), /Before: HEAD\. After: the text in the editor\./);
  });

  it('marks removed words in the answer before and added words in the answer after', () => {
    const cost = section(html, 'kosten');
    assert.match(cost, /class="answer before"><h3>Before<\/h3><p>€ <del>85\.000<\/del> voor bouw/);
    assert.match(cost, /class="answer after"><h3>After<\/h3><p>€ <ins>125\.000<\/ins> voor bouw/);
    assert.doesNotMatch(cost, /<ins>85|<del>125/);
  });

  it('shows an answer that got weaker: both statuses, a warning and the reason', () => {
    const how = section(html, 'hoe');
    assert.match(how, /class="question weakened"/);
    assert.match(how, /status-answered before">answered<\/span> <span class="arrow">→<\/span> <span class="badge status-weak after">weak/);
    assert.match(text(how), /This answer got weaker\./);
    assert.match(text(how), /PM/);
    assert.match(text(html), /One answer got weaker\./);
  });

  it('says so when no question changed, and when a question is not asked in the other kind', () => {
    assert.match(text(compareBody(diffPlanTexts(BEFORE, BEFORE.replace('## Hoe', '## Aanpak')), context, english)), /No question changed\./);
    const pitch = `---\nsoort: pitch\n---\n${BEFORE}\n## Het probleem\n\nOuderen in het buitengebied komen niet bij de huisarts.\n`;
    const changed = compareBody(diffPlanTexts(BEFORE, pitch), context, english);
    assert.match(text(changed), /Kind of plan: plan → pitch/);
    assert.match(text(changed), /Not asked in this kind of plan\./);
  });

  it('escapes every piece of plan text: no markup, attribute or script from the plan reaches the page', () => {
    // Built by hand so that every field carries markup, whatever the core would strip on its own.
    const evil = `<img src=x onerror="alert(1)"> 'x' & <script>alert(2)</script>`;
    const side = { status: 'weak' as const, text: evil, where: evil, reason: evil, line: 3 };
    const diff: PlanDiff = {
      kind: { before: evil, after: 'plan' },
      changes: [{
        question: evil,
        before: { ...side, status: 'answered', where: 'Wie' },
        after: side,
        words: [{ type: 'removed', text: evil }, { type: 'added', text: evil }, { type: 'same', text: evil }],
        facts: { owner: { before: evil, after: null }, milestones: [{ label: evil, before: evil, after: '2027-01-01', shiftDays: null }] },
        weakened: true,
      }],
    };
    const page = comparePage(compareBody(diff, { ...context, fileName: evil, against: evil }, english), { nonce: 'abc123', title: evil, language: 'en' });
    assert.doesNotMatch(page, /<script|<img|onerror="/i);
    const escaped = '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &#39;x&#39; &amp; &lt;script&gt;alert(2)&lt;/script&gt;';
    // title, heading, against, kind, question id, heading fallback, reason, moved, owner, milestone label and date, three word runs.
    assert.ok(page.split(escaped).length - 1 >= 14, `every field escaped:\n${page}`);
    assert.equal(escapeHtml(`<a href="x">&'`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('markup a plan writes as entities stays text on the page', () => {
    const hostile = BEFORE.replace('Een digitale balie', '&lt;script&gt;alert(2)&lt;/script&gt; Een digitale balie');
    const page = compareBody(diffPlanTexts(BEFORE, hostile), context, english);
    assert.doesNotMatch(page, /<script/);
    assert.match(page, /<ins>&(amp;)?lt;script&(amp;)?gt;alert\(2\)&(amp;)?lt;\/script&(amp;)?gt;<\/ins>/);
  });

  it('the page has a strict CSP with a nonce, runs no script and loads nothing', () => {
    const page = comparePage(html, { nonce: 'n0nce', title: 'plan.md ↔ HEAD', language: 'nl' });
    const csp = page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.equal(csp, "default-src 'none'; style-src 'nonce-n0nce'");
    assert.match(page, /<style nonce="n0nce">/);
    assert.match(page, /<html lang="nl">/);
    assert.doesNotMatch(page, /<script|<link|<img|\son[a-z]+=|style="|javascript:/i);
  });

  it('is in Dutch with the Dutch bundle, with Dutch money notation', () => {
    const dutchHtml = text(compareBody(diffPlanTexts(BEFORE, AFTER), { ...context, language: 'nl' }, dutch));
    assert.match(dutchHtml, /Wijzigingen per vraag in plan\.md/);
    assert.match(dutchHtml, /Eigenaar: Fatima el Amrani, teamleider Dienstverlening → Joost de Vries/);
    assert.match(dutchHtml, /Einde: 2027-12-01 → 2028-03-01 \(91 dagen later, ongeveer 3 maanden\)/);
    assert.match(dutchHtml, /Kosten: € 85\.000 → € 125\.000 \(\+€ 40\.000 meer\)/);
    assert.match(dutchHtml, /Wie beantwoord/);
    assert.match(dutchHtml, /Hoe beantwoord → zwak/);
    assert.match(dutchHtml, /Voor: HEAD\. Na: de tekst in de editor\./);
  });

  it('says a shift in days (and months when long), and money with cents only when there are any', () => {
    assert.equal(shiftText(1, english), '1 day later');
    assert.equal(shiftText(-14, english), '14 days earlier');
    assert.equal(shiftText(0, english), 'same day');
    assert.equal(shiftText(-183, english), '183 days earlier, about 6 months');
    assert.equal(formatMoney(1234567.5, 'EUR', 'nl'), '€ 1.234.567,50');
    assert.equal(formatMoney(40000, 'USD', 'en'), '$ 40,000');
  });
});
