import assert from 'node:assert/strict';
import { h, toHtml } from '../../src/shared/portfolio/markup.js';
import { isWebviewMessage, STRING_KEYS, type PortfolioStrings } from '../../src/shared/portfolio/protocol.js';
import { DEFAULT_VIEW, readView, toggleSort } from '../../src/shared/portfolio/table.js';
import { firstScreen, FIRST_SCREEN_ROWS } from '../../src/shared/portfolio/view.js';
import { planRow } from './portfolio.fixtures.js';

const STRINGS = Object.fromEntries(STRING_KEYS.map((key) => [key, key === 'count' ? '{0} of {1} plans' : key])) as PortfolioStrings;
const html = (plans: Parameters<typeof firstScreen>[0], view = DEFAULT_VIEW, scanning: Parameters<typeof firstScreen>[4] = null) =>
  firstScreen(plans, view, STRINGS, 'en', scanning).map(toHtml).join('');

describe('portfolio first paint (static HTML from the host)', () => {
  it('escapes every text and attribute taken from a plan', () => {
    const hostile = planRow({
      path: 'x"><img src=x onerror=alert(1)>.md',
      title: 'Proef <img src=x onerror=alert(1)> & <script>alert(2)</script>',
      owner: `Ilse <b onmouseover="window.pwned='owner'">Kramer</b>`,
      kind: `pitch' onfocus='alert(3)`,
    });
    const page = html([hostile]);
    assert.doesNotMatch(page, /<img|<script|<b /);
    assert.match(page, /Proef &lt;img src=x onerror=alert\(1\)&gt; &amp; &lt;script&gt;/);
    // Quotes cannot close an attribute: the id and the path stay inside theirs.
    assert.match(page, /data-open="file:\/\/\/ws\/x&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;\.md"/);
    assert.match(page, /<td>pitch&#39; onfocus=&#39;alert\(3\)<\/td>/);
    // Every '<' left is a tag of ours (text has none): none of them has a handler or a style.
    const tags = page.replace(/"[^"]*"/g, '""').match(/<[^>]*>/g) ?? [];
    assert.ok(tags.length > 50);
    assert.deepEqual(tags.filter((tag) => /\s(?:on[a-z]+|style)=/.test(tag) || !/^<\/?(?:h1|p|div|label|input|select|option|table|caption|thead|tbody|tr|th|td|button|span|ul|li)[\s>]/.test(tag)), []);
  });

  it('refuses event handlers, inline styles and odd names in markup', () => {
    assert.throws(() => toHtml(h('div', { onclick: 'x' })));
    assert.throws(() => toHtml(h('div', { style: 'color: red' })));
    assert.throws(() => toHtml(h('div', { 'a b': 'x' })));
    assert.throws(() => toHtml(h('img src=x', {})));
  });

  it('paints the first screen in the view\'s order, with the count and the scan still to come', () => {
    const plans = Array.from({ length: 80 }, (_, i) => planRow({ path: `p${String(i).padStart(2, '0')}.md`, title: `Plan ${String(79 - i).padStart(2, '0')}`, cost: i * 100 }));
    const page = html(plans, DEFAULT_VIEW, { done: 0, total: 0 });
    const rows = [...page.matchAll(/<tr data-id="([^"]+)">/g)].map((match) => match[1]);
    assert.equal(rows.length, FIRST_SCREEN_ROWS);
    assert.equal(rows[0], 'file:///ws/p79.md', 'sorted by title: Plan 00 first');
    assert.match(page, /<p class="status" role="status">80 of 80 plans · …<\/p>/);
    assert.match(page, /<th scope="col" aria-sort="ascending"><button type="button" class="sort" data-sort="title"/);
    const byCost = html(plans, toggleSort(toggleSort(DEFAULT_VIEW, 'cost'), 'cost'));
    assert.equal(/<tr data-id="([^"]+)">/.exec(byCost)?.[1], 'file:///ws/p79.md', 'the most expensive first');
    assert.match(html(plans, { ...DEFAULT_VIEW, text: 'p07.md' }), /1 of 80 plans/);
  });

  it('shows the empty row when a filter leaves no plan', () => {
    assert.match(html([planRow({ path: 'a.md' })], { ...DEFAULT_VIEW, text: 'nothing like it' }), /<td colspan="7" class="empty">noPlans<\/td>/);
  });

  it('takes the view from the webview only in a known shape', () => {
    assert.deepEqual(readView({ sort: 'cost', descending: true, text: 'x', kind: 'pitch' }), { sort: 'cost', descending: true, text: 'x', kind: 'pitch' });
    assert.deepEqual(readView({ sort: 'constructor', descending: 'yes', text: 5 }), DEFAULT_VIEW);
    assert.equal(readView({ text: 'x'.repeat(10_000) }).text.length, 500);
    assert.ok(isWebviewMessage({ type: 'ready', view: DEFAULT_VIEW }));
    assert.ok(isWebviewMessage({ type: 'view', view: DEFAULT_VIEW }));
    assert.ok(!isWebviewMessage({ type: 'view' }));
  });
});
