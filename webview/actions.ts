/** Board actions (clicks and keys, by delegation: no inline handlers) → host requests. */
import type { Card, Span } from '../src/core/board/types';
import type { EditIntent } from '../src/extension/canvas/protocol';
import { boardSvg } from '../src/core/board/svg/board';
import { svgToPngBase64 } from './export/png';
import { exportTheme } from './export/theme';
import { focusKey } from './focus';
import type { App } from './main';
import { announce } from './shell';
import { nextZoom } from './state';

/** Actions on containers (a whole card or note): only for clicks that hit no control inside. */
const CONTAINER_ACTIONS = new Set(['reveal-card', 'reveal-note', 'reveal-item']);

export async function runAction(app: App, event: Event): Promise<void> {
  const target = event.target as HTMLElement;
  if (event instanceof KeyboardEvent) return onKey(app, event, target);
  const element = target.closest<HTMLElement>('[data-action]');
  if (!element || !app.current) return;
  const action = element.dataset.action!;
  if (CONTAINER_ACTIONS.has(action) && target.closest('vscode-button, button, textarea, a')) return;
  const ref = element.dataset.ref ?? '';
  switch (action) {
    case 'reveal':
    case 'reveal-card':
    case 'reveal-note':
    case 'reveal-item':
      return reveal(app, spanOf(app, ref));
    case 'edit':
    case 'add': {
      const card = cardOf(app, ref);
      if (!card) return;
      app.state.editing = { ref, draft: card.edit?.text ?? '', anchor: action === 'edit' ? card.edit : undefined };
      app.saveState();
      app.render();
      focusKey(document.body, `draft:${ref}`);
      return;
    }
    case 'cancel':
      app.state.editing = undefined;
      app.saveState();
      app.render();
      if (!focusKey(document.body, `edit:${ref}`)) focusKey(document.body, `add:${ref}`);
      return;
    case 'save':
      return save(app);
    case 'vote':
    case 'unvote':
      return vote(app, ref, action === 'vote' ? 1 : -1);
    case 'zoom-in':
    case 'zoom-out':
    case 'zoom-reset':
      app.state.zoom = nextZoom(app.state.zoom, action === 'zoom-in' ? 1 : action === 'zoom-out' ? -1 : 0);
      app.saveState();
      return app.render();
    case 'open-link':
      // Never followed here: the host confirms with the user and opens http, https and mailto only.
      event.preventDefault();
      app.host.post({ type: 'open-link', url: element.dataset.url ?? '' });
      return;
    case 'export-svg':
    case 'export-png':
      return exportBoard(app, action === 'export-svg' ? 'svg' : 'png');
  }
}

function onKey(app: App, event: KeyboardEvent, target: HTMLElement): Promise<void> | void {
  if (!(target instanceof HTMLTextAreaElement) || !app.state.editing) return;
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    return save(app);
  }
  if (event.key === 'Escape') {
    event.preventDefault();
    app.state.editing = undefined;
    app.saveState();
    app.render();
  }
}

function cardOf(app: App, ref: string): Card | undefined {
  const board = app.current?.board;
  if (!board || !ref.startsWith('c:')) return undefined;
  const id = ref.slice(2);
  const all = [...board.cards, ...board.vehicle, ...board.storyboard, board.timeline.start, board.timeline.horizon];
  return all.find((card) => card?.questionId === id);
}

function spanOf(app: App, ref: string): Span | undefined {
  const board = app.current!.board;
  const index = Number(ref.slice(2));
  if (ref.startsWith('n:')) return board.notes[index]?.anchor;
  if (ref.startsWith('t:')) return board.timeline.items[index]?.reveal;
  return cardOf(app, ref)?.reveal;
}

function reveal(app: App, span: Span | undefined): void {
  if (span) app.host.post({ type: 'reveal', version: app.current!.version, start: span.start, end: span.end });
}

async function save(app: App): Promise<void> {
  const editing = app.state.editing;
  if (!editing || !app.current) return;
  const questionId = editing.ref.slice(2);
  const intent: EditIntent = editing.anchor
    ? { kind: 'answer', questionId, anchor: editing.anchor, newText: editing.draft }
    : { kind: 'add', questionId, newText: editing.draft };
  const reply = await app.host.request({ type: 'edit', version: app.current.version, intent });
  if (reply.ok) {
    if (app.state.editing === editing) app.state.editing = undefined;
    app.saveState();
    app.render();
    if (!focusKey(document.body, `edit:${editing.ref}`)) focusKey(document.body, `reveal:${editing.ref}`);
  } else {
    announce(app.shell, reply.reason === 'stale' ? app.t.stale : app.t.failed);
  }
}

async function vote(app: App, ref: string, delta: 1 | -1): Promise<void> {
  const note = app.current?.board.notes[Number(ref.slice(2))];
  if (!note) return;
  const reply = await app.host.request({ type: 'edit', version: app.current!.version, intent: { kind: 'vote', anchor: note.anchor, delta } });
  if (!reply.ok) announce(app.shell, reply.reason === 'stale' ? app.t.stale : app.t.failed);
}

async function exportBoard(app: App, format: 'svg' | 'png'): Promise<void> {
  const board = app.current!.board;
  const view = app.view();
  const svg = boardSvg(board, view, app.t, exportTheme(app.current!.exportTheme, document.body.classList));
  try {
    const data = format === 'svg' ? svg.markup : await svgToPngBase64(svg.markup, svg.width, svg.height);
    const reply = await app.host.request({ type: 'export', format, data, name: `${board.title || 'board'}-${view}` });
    if (reply.ok) announce(app.shell, app.t.exported);
    else if (reply.reason !== 'cancelled') announce(app.shell, reply.message ?? app.t.failed);
  } catch (error) {
    announce(app.shell, `${app.t.failed} ${(error as Error).message}`);
  }
}

