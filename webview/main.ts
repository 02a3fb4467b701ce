/**
 * The canvas webview: renders the board the host sends (a view of the TextDocument)
 * and turns board actions into edit requests. Nothing here decides what the text
 * becomes; the host resolves every edit against the current document.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import { VIEW_IDS, type ViewId } from '../src/core/board/types';
import type { HostMessage } from '../src/extension/canvas/protocol';
import { runAction } from './actions';
import { restoreFocus, rememberFocus } from './focus';
import { Host } from './host';
import { buildShell, panelFor, type Shell } from './shell';
import { readState, type ViewState } from './state';
import { stringsFor, type Strings } from '../src/core/board/strings';
import { renderView } from './views';
import { patchChildren } from './patch';

export type BoardMessage = Extract<HostMessage, { type: 'board' }>;

export interface App {
  host: Host;
  shell: Shell;
  t: Strings;
  state: ViewState;
  current?: BoardMessage;
  render(): void;
  saveState(): void;
  view(): ViewId;
}

const root = document.getElementById('canvas')!;
const host = new Host();
const app: App = {
  host,
  shell: undefined as unknown as Shell,
  t: stringsFor('en'),
  state: readState(host.getState()),
  render,
  saveState: () => host.setState(app.state),
  view: () => app.state.view ?? app.current?.board.defaultView ?? 'cards',
};

function render(): void {
  const message = app.current;
  if (!message) return;
  const focus = rememberFocus(root);
  const view = app.view();
  app.shell.title.textContent = message.board.title || app.t.board;
  app.shell.readOnly.hidden = !message.readOnly;
  app.shell.tabs.selectedIndex = VIEW_IDS.indexOf(view);
  app.shell.zoom.textContent = `${Math.round(app.state.zoom * 100)}%`;
  const ctx = { t: app.t, readOnly: message.readOnly, editing: app.state.editing };
  // Only the visible view is built; the others are emptied so stale boards never linger.
  for (const panel of app.shell.panels) if (panel !== panelFor(app.shell, view)) panel.replaceChildren();
  const panel = panelFor(app.shell, view);
  panel.style.setProperty('zoom', String(app.state.zoom));
  patchChildren(panel, [renderView(message.board, view, ctx)], document);
  restoreFocus(root, focus);
  root.setAttribute('aria-busy', 'false');
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (host.settle(message) || message.type !== 'board') return;
  if (!app.current || app.current.uiLanguage !== message.uiLanguage) {
    app.t = stringsFor(message.uiLanguage);
    app.shell = buildShell(root, app.t);
    document.documentElement.lang = message.uiLanguage;
  }
  app.current = message;
  render();
});

root.addEventListener('click', (event) => void runAction(app, event));
root.addEventListener('keydown', (event) => void runAction(app, event));
root.addEventListener('input', (event) => {
  const target = event.target as HTMLElement;
  if (target instanceof HTMLTextAreaElement && app.state.editing && target.dataset.ref === app.state.editing.ref) {
    app.state.editing.draft = target.value;
    app.saveState();
  }
});
// The tabs' select event does not bubble: listen in the capture phase.
root.addEventListener('vsc-tabs-select', (event) => {
  const index = (event as CustomEvent<{ selectedIndex: number }>).detail.selectedIndex;
  app.state.view = VIEW_IDS[index];
  app.saveState();
  render();
}, true);

let violations = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  // Surfaced to the host log and to tests: a violation means the CSP blocked something.
  document.body.dataset.cspViolations = String(++violations);
  host.post({ type: 'log', message: `CSP blocked ${event.violatedDirective}: ${event.blockedURI}` });
});
window.addEventListener('error', (event) => host.post({ type: 'log', message: `webview error: ${event.message}` }));

// Handshake: the host sends the board only once it knows this listener exists.
host.post({ type: 'ready' });
