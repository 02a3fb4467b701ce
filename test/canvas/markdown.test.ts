// Card text as rendered Markdown: DOM built from the mdast tree (never HTML from the plan), links
// as buttons that ask the extension, which opens http, https and mailto only.
import assert from 'node:assert/strict';
import { clipRich, openableUrl, richMarkdown } from '../../src/core/board/rich';
import { stringsFor } from '../../src/core/board/strings';
import { isWebviewMessage } from '../../src/extension/canvas/protocol';
import { exportTheme } from '../../webview/export/theme';
import { renderView } from '../../webview/views';
import { markdownBlocks } from '../../webview/views/markdown';
import { toMarkup } from '../../webview/vnode';
import { boardOf, HOSTILE_PLAN } from './helpers';
import { FORMATTED_PLAN } from '../export/board-fixtures';

const t = stringsFor('nl');
const html = (markdown: string) => markdownBlocks(richMarkdown(markdown)).map(toMarkup).join('');

describe('canvas: rendered Markdown in cards', () => {
  it('renders lists, emphasis, strong, inline code, code blocks and quotes as elements', () => {
    assert.equal(html('**vet** en *schuin* en `code` en ~~weg~~'), '<p><strong>vet</strong> en <em>schuin</em> en <code>code</code> en <del>weg</del></p>');
    assert.equal(html('- een\n- twee'), '<ul><li><p>een</p></li><li><p>twee</p></li></ul>');
    assert.equal(html('3. drie\n4. vier'), '<ol start="3"><li><p>drie</p></li><li><p>vier</p></li></ol>');
    assert.equal(html('```js\nif (a < b) x();\n```'), '<pre><code>if (a &lt; b) x();</code></pre>');
    assert.equal(html('> gezegd'), '<blockquote><p>gezegd</p></blockquote>');
    assert.equal(html('## Kop'), '<p><strong>Kop</strong></p>');
  });

  it('makes http, https and mailto links buttons that ask the host; other links stay words', () => {
    assert.equal(html('[site](https://example.org/a?b=1&c=2)'),
      '<p><button type="button" class="md-link" data-action="open-link" data-url="https://example.org/a?b=1&amp;c=2" title="https://example.org/a?b=1&amp;c=2">site</button></p>');
    assert.match(html('[mail](mailto:a@b.nl)'), /data-url="mailto:a@b.nl"/);
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'command:workbench.action.quit', 'vscode://x', './other.md']) {
      const markup = html(`[klik](<${bad}>)`);
      assert.doesNotMatch(markup, /button|href|data-url/, bad);
      assert.match(markup, /klik/, bad);
      assert.equal(openableUrl(bad), undefined, bad);
    }
    assert.equal(openableUrl(' https://x.nl'), 'https://x.nl');
    assert.equal(openableUrl('http://x.nl'), 'http://x.nl');
  });

  it('shows raw HTML in plan text as text', () => {
    const markup = html('<script>alert(1)</script>\n\nen <b onclick="x()">vet</b> <img src=x onerror=alert(2)>');
    assert.doesNotMatch(markup, /<script|<b |<img/);
    assert.match(markup, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(markup, /&lt;b onclick="x\(\)"&gt;vet&lt;\/b&gt;/);
  });

  it('renders the cards of a plan with formatting, and keeps the raw Markdown for the editor', () => {
    const board = boardOf(FORMATTED_PLAN);
    const cards = toMarkup(renderView(board, 'cards', { t, readOnly: false }));
    assert.match(cards, /<div class="answer md"><p><strong>Sanne Bakker<\/strong>, <em>teamleider<\/em> bij gemeente Dalfsen\.<\/p><\/div>/);
    assert.match(cards, /<li><p>eerste punt met <code>code<\/code><\/p><\/li>/);
    assert.doesNotMatch(cards, /\*\*/);
    const wie = board.cards.find((card) => card.questionId === 'wie')!;
    assert.equal(wie.edit?.text, '**Sanne Bakker**, *teamleider* bij gemeente Dalfsen.');
    const editing = toMarkup(renderView(board, 'cards', { t, readOnly: false, editing: { ref: 'c:wie', draft: wie.edit!.text, anchor: wie.edit } }));
    assert.match(editing, /<textarea[^>]*>\*\*Sanne Bakker\*\*, \*teamleider\* bij gemeente Dalfsen\.<\/textarea>/);
  });

  it('renders a hostile plan with no link to a script and no element from the plan', () => {
    const markup = toMarkup(renderView(boardOf(HOSTILE_PLAN), 'cards', { t, readOnly: false }));
    for (const tag of markup.match(/<[^>]*>/g) ?? []) assert.doesNotMatch(tag, /javascript/i, 'no script address in an attribute');
    assert.doesNotMatch(markup, /<(?:script|img|svg|iframe|a)\b/);
    assert.doesNotMatch(markup, /md-link/, 'its only link is a javascript: one, shown as words');
  });

  it('clips long answers for storyboard frames and car parts, keeping the structure', () => {
    const clipped = clipRich(richMarkdown('- **een** twee drie\n- vier vijf zes\n- zeven'), 20);
    assert.equal(markdownBlocks(clipped).map(toMarkup).join(''), '<ul><li><p><strong>een</strong> twee drie</p></li><li><p>vier vi…</p></li></ul>');
    // A huge answer is parsed only as far as a card shows it.
    const huge = richMarkdown('- punt\n'.repeat(100_000));
    assert.equal(huge.length, 2);
    assert.ok(huge[0].type === 'list' && huge[0].items.length < 1000);
    assert.deepEqual(huge[1], { type: 'paragraph', children: [{ type: 'text', value: '…' }] });
  });

  it('accepts open-link messages with a string address only', () => {
    assert.ok(isWebviewMessage({ type: 'open-link', url: 'https://x.nl' }));
    assert.equal(isWebviewMessage({ type: 'open-link', url: 1 }), false);
    assert.equal(isWebviewMessage({ type: 'open-link' }), false);
  });

  it('picks the export palette from the setting, or from the theme kind on the body', () => {
    const classes = (...names: string[]) => ({ contains: (name: string) => names.includes(name) });
    assert.equal(exportTheme('auto', classes('vscode-light')), 'light');
    assert.equal(exportTheme('auto', classes('vscode-dark')), 'dark');
    assert.equal(exportTheme('auto', classes('vscode-high-contrast')), 'high-contrast');
    assert.equal(exportTheme('auto', classes('vscode-high-contrast', 'vscode-high-contrast-light')), 'light');
    assert.equal(exportTheme('dark', classes('vscode-light')), 'dark');
  });
  it('renders HKW notes as inline Markdown, links as words and the vote suffix as dots only', () => {
    const plan = '---\nsoort: hkw\n---\n\n# Afval\n\n## Knelpunten\n\n- Hoe kunnen we **oud papier** ophalen met `routes` en [kaart](https://x.nl)? — stemmen: ●●\n- Hoe kunnen we <b>niets</b> breken?\n';
    const board = boardOf(plan);
    assert.equal(board.notes.length, 2);
    assert.equal(board.notes[0].votes, 2);
    const markup = toMarkup(renderView(board, 'hkw', { t, readOnly: false }));
    assert.match(markup, /Hoe kunnen we <strong>oud papier<\/strong> ophalen met <code>routes<\/code> en kaart\?<\/button>/);
    assert.doesNotMatch(markup, /md-link|stemmen: ●●<\/button>/);
    assert.match(markup, /&lt;b&gt;niets&lt;\/b&gt;/);
  });
});
