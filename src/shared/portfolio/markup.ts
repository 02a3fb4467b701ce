/**
 * Markup as data, so that the host and the webview draw the same page from one description: the
 * host serialises it to HTML for the first paint (`toHtml`, every text and attribute escaped), the
 * webview builds DOM nodes from it (webview/portfolio/dom.ts, text only as text nodes). Pure.
 */
export type Child = Markup | string | null | undefined | false;

export interface Markup {
  tag: string;
  /** Undefined values are left out. */
  attrs: Record<string, string | undefined>;
  children: Child[];
}

export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): Markup {
  return { tag, attrs, children };
}

/** Text for screen readers only (the marks and bars it explains are hidden from them). */
export function srOnly(text: string): Markup {
  return h('span', { class: 'sr-only' }, text);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in text and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Elements without content or end tag. */
const VOID = new Set(['input', 'br', 'hr', 'img', 'meta', 'link', 'col', 'wbr']);
/** Tag and attribute names come from this code, never from a plan; checked all the same. */
const NAME = /^[a-z][a-z0-9-]*$/;

export function toHtml(node: Child): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node === 'string') return escapeHtml(node);
  if (!NAME.test(node.tag)) throw new Error(`not a tag name: ${node.tag}`);
  let attrs = '';
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === undefined) continue;
    // No event handlers and no inline styles: the CSP forbids them, and nothing here needs them.
    if (!NAME.test(name) || name.startsWith('on') || name === 'style') throw new Error(`not an allowed attribute: ${name}`);
    attrs += ` ${name}="${escapeHtml(value)}"`;
  }
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}
