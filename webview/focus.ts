/** Keeps keyboard focus (and the caret in a draft) on the same control across re-renders. */
export interface FocusMemory {
  key?: string;
  selection?: [number, number];
}

export function rememberFocus(root: HTMLElement): FocusMemory {
  const active = document.activeElement as HTMLElement | null;
  if (!active || !root.contains(active)) return {};
  const key = active.closest<HTMLElement>('[data-focus]')?.dataset.focus;
  const selection = active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] as [number, number] : undefined;
  return { key, selection };
}

export function restoreFocus(root: HTMLElement, memory: FocusMemory): void {
  if (!memory.key) return;
  focusKey(root, memory.key, memory.selection);
}

export function focusKey(root: HTMLElement, key: string, selection?: [number, number]): boolean {
  // Compared as data, not put in a selector: keys contain plan text.
  const target = [...root.querySelectorAll<HTMLElement>('[data-focus]')].find((element) => element.dataset.focus === key);
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLTextAreaElement && selection) target.setSelectionRange(selection[0], selection[1]);
  return true;
}
