/**
 * A tiny virtual DOM: views are pure functions returning VNodes, so the same view
 * renders to real DOM in the webview (webview/vnode.ts toDom: createElement + textContent,
 * never innerHTML) and to an escaped string in Node (toMarkup: tests, bench, SVG export, CLI).
 * Plan text is untrusted: it only ever becomes a text node or a checked attribute value.
 */
export type Child = VNode | string | number | null | undefined | false;
export type AttrValue = string | number | boolean | undefined;

export interface VNode {
  tag: string;
  svg: boolean;
  attrs: Record<string, AttrValue>;
  style?: Record<string, string>;
  children: Child[];
}

const SAFE_NAME = /^[a-zA-Z][a-zA-Z0-9_:.-]*$/;
const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc']);

/** Attributes, plus `style` as CSS properties (set through CSSOM, see toDom). */
type Props = { style?: Record<string, string> } & { [name: string]: AttrValue | Record<string, string> };

/** An HTML element. */
export function h(tag: string, props: Props = {}, ...children: Array<Child | Child[]>): VNode {
  return make(tag, false, props, children);
}

/** An SVG element. */
export function s(tag: string, props: Props = {}, ...children: Array<Child | Child[]>): VNode {
  return make(tag, true, props, children);
}

function make(tag: string, svg: boolean, props: Props, children: Array<Child | Child[]>): VNode {
  const { style, ...rest } = props;
  const attrs = rest as Record<string, AttrValue>;
  for (const name of Object.keys(attrs)) checkAttribute(name, attrs[name]);
  return { tag, svg, attrs, style, children: children.flat() };
}

/** Event handler attributes and script URLs are refused outright: handlers are attached by delegation. */
export function checkAttribute(name: string, value: AttrValue): void {
  if (!SAFE_NAME.test(name) || /^on/i.test(name)) throw new Error(`refused attribute ${JSON.stringify(name)}`);
  if (URL_ATTRS.has(name.toLowerCase()) && !(typeof value === 'string' && /^(?:#|data:image\/(?:png|svg\+xml);)/.test(value))) {
    throw new Error(`refused URL attribute ${name}`);
  }
}

/** Serialises to HTML/SVG markup with every text and attribute value escaped. */
export function toMarkup(node: Child): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node !== 'object') return escapeText(String(node));
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}=""` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  const style = Object.entries(node.style ?? {}).map(([property, value]) => `${property}:${value}`).join(';');
  if (style) out += ` style="${escapeAttribute(style)}"`;
  if (node.children.length === 0 && node.svg) return `${out}/>`;
  return `${out}>${node.children.map(toMarkup).join('')}</${node.tag}>`;
}

// Characters XML 1.0 forbids even escaped: a plan with them must still export a valid SVG.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(text: string): string {
  return text.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
