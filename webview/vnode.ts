/** The webview side of the vnode layer (src/core/board/vnode.ts): VNodes become real DOM. */
import type { Child } from '../src/core/board/vnode';

export * from '../src/core/board/vnode';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function toDom(node: Child, doc: Document): Node | undefined {
  if (node === null || node === undefined || node === false) return undefined;
  if (typeof node !== 'object') return doc.createTextNode(String(node));
  const element = node.svg ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  // CSSOM, not a style attribute: allowed by the CSP without 'unsafe-inline'.
  for (const [property, value] of Object.entries(node.style ?? {})) (element as HTMLElement).style.setProperty(property, value);
  for (const child of node.children) {
    const dom = toDom(child, doc);
    if (dom) element.appendChild(dom);
  }
  return element;
}
