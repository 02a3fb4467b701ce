/** Builds elements from data. Text is only ever set as textContent: plan text can never become markup. */
import type { Child as MarkupChild, Markup } from '../../src/shared/portfolio/markup';

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** The DOM of shared markup (src/shared/portfolio/markup.ts), node for node what the host's HTML parses to. */
export function toDom(node: Markup): HTMLElement {
  // An empty string makes no text node: the parsed HTML has none either.
  return el(node.tag as keyof HTMLElementTagNameMap, node.attrs, ...node.children.map((child: MarkupChild) => (typeof child === 'object' && child ? toDom(child) : child || null)));
}
