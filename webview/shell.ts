/** The page frame, built once: title, toolbar, view tabs, a live region. Views render into the selected panel. */
import { VIEW_IDS, type ViewId } from '../src/core/board/types';
import type { Strings } from '../src/core/board/strings';
import { h, toDom, type VNode } from './vnode';

export interface Shell {
  title: HTMLElement;
  tabs: HTMLElement & { selectedIndex: number };
  panels: HTMLElement[];
  zoom: HTMLElement;
  status: HTMLElement;
  readOnly: HTMLElement;
}

export function buildShell(root: HTMLElement, t: Strings): Shell {
  const button = (action: string, label: string, text: string): VNode =>
    h('vscode-button', { secondary: true, 'data-action': action, 'data-focus': `tool:${action}`, 'aria-label': label, title: label }, text);
  const frame = h('div', { class: 'shell' },
    h('header', { class: 'toolbar' },
      h('h1', { class: 'plan-title', id: 'plan-title' }),
      h('div', { class: 'tools', role: 'toolbar', 'aria-label': t.board },
        button('zoom-out', t.zoomOut, '−'), button('zoom-reset', t.zoomReset, '100%'), button('zoom-in', t.zoomIn, '+'),
        button('export-svg', t.exportSvg, 'SVG'), button('export-png', t.exportPng, 'PNG'))),
    h('p', { class: 'readonly-banner', id: 'readonly', hidden: true }, t.readOnly),
    h('p', { class: 'visually-hidden', id: 'status', role: 'status', 'aria-live': 'polite' }),
    h('vscode-tabs', { id: 'tabs', 'aria-label': t.views_label },
      VIEW_IDS.map((view) => h('vscode-tab-header', { slot: 'header', 'data-view': view }, t.views[view])),
      VIEW_IDS.map((view) => h('vscode-tab-panel', { 'data-view': view }, h('div', { class: 'board', 'data-board': view })))));
  root.replaceChildren(toDom(frame, document)!);
  const tabs = root.querySelector('#tabs') as Shell['tabs'];
  return {
    title: root.querySelector('#plan-title')!,
    tabs,
    panels: [...root.querySelectorAll<HTMLElement>('[data-board]')],
    zoom: root.querySelector('[data-action="zoom-reset"]')!,
    status: root.querySelector('#status')!,
    readOnly: root.querySelector('#readonly')!,
  };
}

export function panelFor(shell: Shell, view: ViewId): HTMLElement {
  return shell.panels[VIEW_IDS.indexOf(view)];
}

/** Says something to screen readers (and keeps it visible to tests) without moving focus. */
export function announce(shell: Shell, message: string): void {
  shell.status.textContent = '';
  // A fresh text node after clearing makes screen readers read the same message twice in a row.
  requestAnimationFrame(() => (shell.status.textContent = message));
}
