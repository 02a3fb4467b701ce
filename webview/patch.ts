/**
 * Updates live DOM to match a VNode tree in place, instead of replacing it: a button
 * under the pointer or in focus stays the same element across a re-render, so a
 * click that straddles an update is not lost and custom elements keep their state.
 * Only attributes this code set are ever removed (components add their own).
 */
import { toDom, type Child, type VNode } from './vnode';

const SVG_NS = 'http://www.w3.org/2000/svg';
const managed = new WeakMap<Element, { attrs: Set<string>; style: Set<string> }>();

export function patchChildren(parent: Element, children: Child[], doc: Document): void {
  const wanted = children.filter((child) => child !== null && child !== undefined && child !== false);
  wanted.forEach((child, index) => patchNode(parent, parent.childNodes[index], child, doc));
  while (parent.childNodes.length > wanted.length) parent.lastChild!.remove();
}

function patchNode(parent: Element, existing: ChildNode | undefined, child: Child, doc: Document): void {
  if (typeof child !== 'object' || child === null) {
    const text = String(child);
    if (existing?.nodeType === 3) {
      if (existing.nodeValue !== text) existing.nodeValue = text;
      return;
    }
    return place(parent, existing, doc.createTextNode(text));
  }
  if (existing?.nodeType === 1 && sameKind(existing as Element, child)) {
    updateAttributes(existing as Element, child);
    patchChildren(existing as Element, child.children, doc);
    return;
  }
  const fresh = toDom(child, doc)!;
  rememberTree(fresh as Element, child);
  place(parent, existing, fresh);
}

function place(parent: Element, existing: ChildNode | undefined, fresh: Node): void {
  if (existing) parent.replaceChild(fresh, existing);
  else parent.appendChild(fresh);
}

/** Same tag, namespace and data-ref: a card is never morphed into another card. */
function sameKind(element: Element, node: VNode): boolean {
  return element.localName === node.tag && (element.namespaceURI === SVG_NS) === node.svg && element.getAttribute('data-ref') === (node.attrs['data-ref'] ?? null);
}

function updateAttributes(element: Element, node: VNode): void {
  const previous = managed.get(element) ?? { attrs: new Set<string>(), style: new Set<string>() };
  for (const name of previous.attrs) {
    const value = node.attrs[name];
    if (value === undefined || value === false) element.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === undefined || value === false) continue;
    const text = value === true ? '' : String(value);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
  const style = (element as HTMLElement).style;
  for (const property of previous.style) if (!node.style?.[property]) style.removeProperty(property);
  for (const [property, value] of Object.entries(node.style ?? {})) if (style.getPropertyValue(property) !== value) style.setProperty(property, value);
  remember(element, node);
}

function remember(element: Element, node: VNode): void {
  managed.set(element, { attrs: new Set(Object.keys(node.attrs)), style: new Set(Object.keys(node.style ?? {})) });
}

/** toDom appends one DOM node per present child, in order: walk both trees together. */
function rememberTree(element: Element, node: VNode): void {
  remember(element, node);
  const children = node.children.filter((child) => child !== null && child !== undefined && child !== false);
  children.forEach((child, index) => {
    if (typeof child === 'object' && child !== null) rememberTree(element.childNodes[index] as Element, child);
  });
}
