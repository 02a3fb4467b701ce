/** Builds elements from data. Text is only ever set as textContent: plan text can never become markup. */
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

/** Text for screen readers only (the marks and bars it explains are hidden from them). */
export function srOnly(text: string): HTMLSpanElement {
  return el('span', { class: 'sr-only' }, text);
}
