import assert from 'node:assert/strict';
import { VIEW_IDS } from '../../src/core/board/types';
import { boardSvg } from '../../src/core/board/svg/board';
import { stringsFor } from '../../src/core/board/strings';
import { renderView } from '../../webview/views';
import { h, s, toMarkup } from '../../webview/vnode';
import { boardOf, HOSTILE_PLAN } from './helpers';


const t = stringsFor('nl');

function assertInert(markup: string): void {
  assert.doesNotMatch(markup, /<script/i, 'no script element');
  assert.doesNotMatch(markup, /<(?:img|iframe|b|a|object|embed|foreignObject)\b[^>]*>/i, 'no element from plan text');
  // Every "<" left is a real tag (plan text's are escaped): none may carry a handler or script URL.
  for (const tag of markup.match(/<[^>]*>/g) ?? []) {
    const attributes = tag.replace(/^<\/?[\w:-]+/, '').replace(/\/?>$/, '');
    // Only name="value" pairs with escaped values may remain once the pairs are taken out.
    assert.equal(attributes.replace(/\s[\w:.-]+="[^"<>]*"/g, '').trim(), '', `unexpected attribute syntax in ${tag}`);
    for (const [, name, value] of attributes.matchAll(/\s([\w:.-]+)="([^"]*)"/g)) {
      assert.doesNotMatch(name, /^on/i, `no event handler attribute in ${tag}`);
      if (/^(?:href|src|xlink:href)$/i.test(name)) assert.doesNotMatch(value, /javascript:/i, `no script URL in ${tag}`);
    }
  }
  assert.doesNotMatch(markup, /[\u0000-\u0008]/, 'no control characters (they make XML invalid)');
}

describe('canvas escaping', () => {
  const board = boardOf(HOSTILE_PLAN);

  it('renders every view of a hostile plan as text only', () => {
    for (const view of VIEW_IDS) {
      for (const readOnly of [false, true]) {
        const markup = toMarkup(renderView(board, view, { t, readOnly }));
        // The text is there, escaped.
        assertInert(markup);
        if (view === 'hkw') assert.match(markup, /Hoe kunnen we &lt;img src=x onerror=alert\(4\)&gt; voorkomen\?/);
      }
    }
    assert.match(toMarkup(renderView(board, 'cards', { t, readOnly: false })), /&lt;script&gt;window\.pwned = true&lt;\/script&gt;/);
  });

  it('escapes the draft in an open editor', () => {
    const ref = 'c:wie';
    const markup = toMarkup(renderView(board, 'cards', { t, readOnly: false, editing: { ref, draft: '</textarea><script>alert(1)</script>' } }));
    assert.match(markup, /&lt;\/textarea&gt;&lt;script&gt;/);
    assert.doesNotMatch(markup, /<script/);
  });

  it('exports an SVG in which plan text stays text', () => {
    for (const view of VIEW_IDS) {
      const { markup } = boardSvg(board, view, t);
      assert.ok(markup.startsWith('<?xml'));
      assertInert(markup.replace(/^<\?xml[^>]*>/, ''));
      assert.doesNotMatch(markup, /]]>/, 'no CDATA breakout');
    }
  });

  it('refuses event handler attributes and script URLs at construction', () => {
    assert.throws(() => h('img', { onerror: 'alert(1)' }));
    assert.throws(() => h('div', { ONCLICK: 'x' }));
    assert.throws(() => s('a', { href: 'javascript:alert(1)' }));
    assert.throws(() => h('iframe', { srcdoc: '<script></script>' }));
    assert.throws(() => h('div', { 'x"><script>': 'x' }));
    assert.equal(toMarkup(h('p', { title: '"><script>' }, '<b>')), '<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</p>');
  });
});
