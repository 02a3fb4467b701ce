/** A question card: heading, status in colour and in words, the answer, and its actions. */
import type { Card } from '../../src/core/board/types';
import { clipRich } from '../../src/core/board/rich';
import { h, type VNode } from '../vnode';
import { markdownBlocks } from './markdown';
import { cardRef, type ViewContext } from './context';

const STATUS_MARK = { answered: '✓', weak: '!', missing: '✗' } as const;

export interface CardOptions {
  /** Id prefix so the same question in two places gets distinct ids. */
  idPrefix: string;
  /** Shorten long answers (storyboard frames, car parts). */
  excerpt?: number;
  /** Text before the heading, e.g. "Scene 3" or a part number. */
  kicker?: string;
}

export function statusBadge(card: Card, ctx: ViewContext): VNode {
  return h('span', { class: `badge badge-${card.status}` },
    h('span', { class: 'badge-mark', 'aria-hidden': 'true' }, STATUS_MARK[card.status]), ' ', ctx.t.status[card.status]);
}

export function cardView(card: Card, ctx: ViewContext, options: CardOptions): VNode {
  const ref = cardRef(card.questionId);
  const id = `${options.idPrefix}-${card.questionId}`;
  const editing = ctx.editing?.ref === ref ? ctx.editing : undefined;
  return h('article', { class: `card status-${card.status}`, 'aria-labelledby': `${id}-h`, 'data-ref': ref, 'data-action': 'reveal-card' },
    h('header', { class: 'card-header' },
      options.kicker ? h('span', { class: 'kicker' }, options.kicker) : undefined,
      h('h3', { id: `${id}-h`, class: 'card-title' }, card.heading),
      statusBadge(card, ctx)),
    editing ? editor(card, ctx, id, editing.draft, editing.anchor?.text) : answer(card, ctx, options.excerpt),
    card.status === 'weak' && card.weakness && ctx.t.weakness[card.weakness] ? h('p', { class: 'hint' }, ctx.t.weakness[card.weakness]) : undefined,
    card.status !== 'answered' && card.guidance && !editing ? h('p', { class: 'guidance' }, card.guidance) : undefined,
    editing ? undefined : actions(card, ctx, ref));
}

function answer(card: Card, ctx: ViewContext, excerpt?: number): VNode {
  if (!card.answer) return h('p', { class: 'answer empty' }, ctx.t.noAnswer);
  // Rendered from the Markdown tree, never as HTML; the editor still edits the source.
  return h('div', { class: 'answer md' }, card.rich.length > 0 ? markdownBlocks(excerpt ? clipRich(card.rich, excerpt) : card.rich) : card.answer);
}

function actions(card: Card, ctx: ViewContext, ref: string): VNode {
  const label = card.heading;
  return h('div', { class: 'card-actions' },
    card.reveal ? h('vscode-button', { secondary: true, 'data-action': 'reveal', 'data-ref': ref, 'data-focus': `reveal:${ref}`, 'aria-label': `${ctx.t.show}: ${label}` }, ctx.t.show) : undefined,
    !ctx.readOnly && card.edit ? h('vscode-button', { secondary: true, 'data-action': 'edit', 'data-ref': ref, 'data-focus': `edit:${ref}`, 'aria-label': `${ctx.t.edit}: ${label}` }, ctx.t.edit) : undefined,
    !ctx.readOnly && !card.edit && card.status === 'missing' ? h('vscode-button', { secondary: true, 'data-action': 'add', 'data-ref': ref, 'data-focus': `add:${ref}`, 'aria-label': `${ctx.t.add}: ${label}` }, ctx.t.add) : undefined);
}

function editor(card: Card, ctx: ViewContext, id: string, draft: string, baseText: string | undefined): VNode {
  const ref = cardRef(card.questionId);
  const changed = baseText === undefined ? card.status !== 'missing' : card.edit?.text !== baseText;
  return h('div', { class: 'editor' },
    h('label', { for: `${id}-ta`, class: 'visually-hidden' }, ctx.t.answerFor(card.heading)),
    // The draft lives in the webview's state, so a re-render while typing keeps it.
    h('textarea', { id: `${id}-ta`, class: 'answer-input', rows: 6, 'data-ref': ref, 'data-focus': `draft:${ref}` }, draft),
    changed ? h('p', { class: 'hint', role: 'status' }, ctx.t.changedMeanwhile) : undefined,
    h('div', { class: 'card-actions' },
      h('vscode-button', { 'data-action': 'save', 'data-ref': ref, 'data-focus': `save:${ref}` }, ctx.t.save),
      h('vscode-button', { secondary: true, 'data-action': 'cancel', 'data-ref': ref, 'data-focus': `cancel:${ref}` }, ctx.t.cancel)));
}
