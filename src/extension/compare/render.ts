/**
 * The page of *Compare Plan with…*: a plan diff as read-only HTML. Pure (no `vscode`), so the
 * tests render it in plain Node; the words come through `l10n.t`, which is `vscode.l10n` in the
 * extension. Every piece of plan text is escaped here and the page runs no script at all.
 */
import { QUESTIONS, type AnswerSide, type CostChange, type DateChange, type PlanDiff, type QuestionChange, type Status, type WordChange } from '../../core/index.js';
import type { UiLanguage } from '../logic/language.js';
import { escapeHtml } from '../../core/index.js';
import { htmlPage } from '../webview/shell.js';

/** The part of `vscode.l10n` the page needs: the calls stay literal so the manifest test finds them. */
export interface Translator {
  t(message: string, ...args: Array<string | number>): string;
}

export interface CompareContext {
  /** The plan's file name, as the tab shows it. */
  fileName: string;
  /** What it is compared with: `HEAD`, a branch, or another file's name. */
  against: string;
  language: UiLanguage;
}

export { escapeHtml };

/** The whole page: no script, styles only from the nonce'd block, nothing else may load. */
export function comparePage(body: string, options: { nonce: string; title: string; language: UiLanguage }): string {
  return htmlPage({
    language: options.language,
    csp: `default-src 'none'; style-src 'nonce-${options.nonce}'`,
    title: options.title,
    head: `<style nonce="${options.nonce}">${STYLE}</style>`,
    body,
  });
}

/** The changes per question, in the order of the method (the five questions, then the kind's). */
export function compareBody(diff: PlanDiff, context: CompareContext, l10n: Translator): string {
  const out = [
    `<header><h1 id="compare-title">${escapeHtml(l10n.t('Changes per question in {0}', context.fileName))}</h1>`,
    `<p class="against">${escapeHtml(l10n.t('Before: {0}. After: the text in the editor.', context.against))}</p>`,
  ];
  if (diff.kind.before !== diff.kind.after) out.push(`<p class="kind">${escapeHtml(l10n.t('Kind of plan: {0} → {1}', diff.kind.before ?? l10n.t('none'), diff.kind.after ?? l10n.t('none')))}</p>`);
  const weakened = diff.changes.filter((change) => change.weakened).length;
  if (weakened > 0) out.push(`<p class="warning">⚠ ${escapeHtml(weakened === 1 ? l10n.t('One answer got weaker.') : l10n.t('{0} answers got weaker.', weakened))}</p>`);
  out.push('</header>');
  if (diff.changes.length === 0) out.push(`<p class="nothing">${escapeHtml(l10n.t('No question changed.'))}</p>`);
  for (const change of diff.changes) out.push(questionSection(change, context, l10n));
  return `<main>\n${out.join('\n')}\n</main>`;
}

function questionSection(change: QuestionChange, context: CompareContext, l10n: Translator): string {
  const heading = QUESTIONS[change.question]?.heading[context.language] ?? change.question;
  const parts = [
    `<section class="question${change.weakened ? ' weakened' : ''}" data-question="${escapeHtml(change.question)}">`,
    `<h2>${escapeHtml(heading)} ${statusMove(change, l10n)}</h2>`,
  ];
  if (change.weakened) parts.push(`<p class="warning">⚠ ${escapeHtml(l10n.t('This answer got weaker.'))}</p>`);
  if (change.after.status !== 'answered' && change.after.reason) parts.push(`<p class="reason">${escapeHtml(change.after.reason)}</p>`);
  if (change.before.where && change.after.where && change.before.where !== change.after.where) {
    parts.push(`<p class="moved">${escapeHtml(l10n.t('Moved from “{0}” to “{1}”.', change.before.where, change.after.where))}</p>`);
  }
  const facts = factLines(change, context.language, l10n);
  if (facts.length > 0) parts.push(`<ul class="facts">${facts.map((fact) => `<li>${fact}</li>`).join('')}</ul>`);
  parts.push(answers(change, l10n), '</section>');
  return parts.join('\n');
}

function statusMove(change: QuestionChange, l10n: Translator): string {
  const badge = (status: Status, side: string) => `<span class="badge status-${status} ${side}">${escapeHtml(statusLabel(status, l10n))}</span>`;
  if (change.before.status === change.after.status) return badge(change.after.status, 'after');
  return `${badge(change.before.status, 'before')} <span class="arrow">→</span> ${badge(change.after.status, 'after')}`;
}

function statusLabel(status: Status, l10n: Translator): string {
  return status === 'answered' ? l10n.t('answered') : status === 'weak' ? l10n.t('weak') : l10n.t('missing');
}

/** Before with the removed words struck out, after with the added words marked. */
function answers(change: QuestionChange, l10n: Translator): string {
  const words = change.words;
  const side = (label: string, answer: AnswerSide, marked: string | undefined, className: string) => {
    const text = marked ?? (answer.text !== null ? escapeHtml(answer.text) : `<em>${escapeHtml(noAnswer(answer, l10n))}</em>`);
    return `<div class="answer ${className}"><h3>${escapeHtml(label)}</h3><p>${text}</p></div>`;
  };
  return `<div class="answers">${side(l10n.t('Before'), change.before, words && markedWords(words, 'removed'), 'before')}${side(l10n.t('After'), change.after, words && markedWords(words, 'added'), 'after')}</div>`;
}

function noAnswer(answer: AnswerSide, l10n: Translator): string {
  return answer.asked === false ? l10n.t('Not asked in this kind of plan.') : l10n.t('No answer.');
}

/** One side of the word diff: the unchanged words and this side's own changes, marked. */
function markedWords(words: WordChange[], own: 'added' | 'removed'): string {
  const tag = own === 'added' ? 'ins' : 'del';
  return words
    .filter((part) => part.type === 'same' || part.type === own)
    .map((part) => (part.type === 'same' ? escapeHtml(part.text) : `<${tag}>${escapeHtml(part.text)}</${tag}>`))
    .join(' ');
}

/** Owner, dates with their shift in days, and cost with the difference; each line already escaped. */
export function factLines(change: QuestionChange, language: UiLanguage, l10n: Translator): string[] {
  const facts = change.facts;
  if (!facts) return [];
  const none = l10n.t('none');
  const value = (text: string | null) => (text === null ? `<em>${escapeHtml(none)}</em>` : `<strong>${escapeHtml(text)}</strong>`);
  const line = (label: string, before: string, after: string, note = '') => `${escapeHtml(label)}: ${before} → ${after}${note ? ` <span class="note">(${escapeHtml(note)})</span>` : ''}`;
  const date = (label: string, change: DateChange) => line(label, value(change.before), value(change.after), change.shiftDays === null ? '' : shiftText(change.shiftDays, l10n));
  const lines: string[] = [];
  if (facts.owner) lines.push(line(l10n.t('Owner'), value(facts.owner.before), value(facts.owner.after)));
  if (facts.start) lines.push(date(l10n.t('Start'), facts.start));
  if (facts.end) lines.push(date(l10n.t('End'), facts.end));
  for (const milestone of facts.milestones ?? []) lines.push(date(l10n.t('Milestone “{0}”', milestone.label), milestone));
  if (facts.cost) {
    const cost: CostChange = facts.cost;
    const money = (amount: number | null) => value(amount === null ? null : formatMoney(amount, cost.currency, language));
    lines.push(line(l10n.t('Cost'), money(cost.before), money(cost.after), costDifference(cost, language, l10n)));
  }
  return lines;
}

/** Days are exact; months are what a reviewer thinks in, so long shifts get both. */
export function shiftText(days: number, l10n: Translator): string {
  const count = Math.abs(days);
  if (days === 0) return l10n.t('same day');
  const months = Math.round(count / 30.44);
  if (count >= 45) return days > 0 ? l10n.t('{0} days later, about {1} months', count, months) : l10n.t('{0} days earlier, about {1} months', count, months);
  if (count === 1) return days > 0 ? l10n.t('1 day later') : l10n.t('1 day earlier');
  return days > 0 ? l10n.t('{0} days later', count) : l10n.t('{0} days earlier', count);
}

function costDifference(cost: CostChange, language: UiLanguage, l10n: Translator): string {
  if (cost.difference === null || cost.difference === 0) return '';
  const amount = formatMoney(Math.abs(cost.difference), cost.currency, language);
  return cost.difference > 0 ? l10n.t('{0} more', `+${amount}`) : l10n.t('{0} less', `−${amount}`);
}

const SYMBOL: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

/** "€ 40.000" for a Dutch reader, "€ 40,000" for an English one; cents only when there are any. */
export function formatMoney(amount: number, currency: string, language: UiLanguage): string {
  const [whole, cents] = amount.toFixed(2).split('.');
  const [group, decimal] = language === 'nl' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${SYMBOL[currency] ?? currency} ${grouped}${cents === '00' ? '' : `${decimal}${cents}`}`;
}

/** Theme colours come from the variables VS Code sets on every webview. */
const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1.25rem 2rem; line-height: 1.5; }
h1 { font-size: 1.35em; margin-bottom: 0.25rem; }
h2 { font-size: 1.1em; margin: 0 0 0.5rem; display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
h3 { font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 0.25rem; opacity: 0.8; }
.against, .kind, .note, .moved { opacity: 0.85; }
.question { border: 1px solid var(--vscode-panel-border, #8884); border-radius: 4px; padding: 0.75rem 1rem; margin: 1rem 0; }
.question.weakened { border-color: var(--vscode-editorWarning-foreground, #c80); }
.warning { color: var(--vscode-editorWarning-foreground, #c80); font-weight: 600; }
.reason { font-style: italic; }
.badge { font-size: 0.8em; font-weight: 600; padding: 0.05rem 0.5rem; border-radius: 1rem; border: 1px solid currentColor; }
.status-answered { color: var(--vscode-testing-iconPassed, #388a34); }
.status-weak { color: var(--vscode-editorWarning-foreground, #bf8803); }
.status-missing { color: var(--vscode-editorError-foreground, #e51400); }
.facts { margin: 0.5rem 0; padding-left: 1.25rem; }
.answers { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.75rem; }
.answer p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
del { background: var(--vscode-diffEditor-removedTextBackground, #f003); text-decoration: line-through; }
ins { background: var(--vscode-diffEditor-insertedTextBackground, #0a03); text-decoration: none; }
`;
