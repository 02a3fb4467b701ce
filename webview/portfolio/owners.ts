/** Cost per owner, highest first, with the total per currency. */
import { format, type PortfolioStrings } from '../../src/shared/portfolio/protocol';
import { costPerOwner, grandTotals } from '../../src/shared/portfolio/totals';
import type { PortfolioPlan } from '../../src/shared/portfolio/types';
import { el } from './dom';
import { money } from '../../src/shared/portfolio/format';

export function ownersSection(plans: readonly PortfolioPlan[], t: PortfolioStrings, language: 'nl' | 'en'): HTMLElement {
  const rows = costPerOwner(plans);
  const body = rows.map((row) =>
    el('tr', {},
      el('th', { scope: 'row' }, row.owner ?? t.noOwner),
      el('td', { class: 'numeric' }, String(row.withCost + row.withoutCost)),
      el('td', { class: 'numeric' }, money(row.total, row.currency, language), row.withoutCost > 0 ? el('div', { class: 'note' }, format(t.withoutCost, row.withoutCost)) : null)));
  const totals = grandTotals(rows).map((sum) =>
    el('tr', {}, el('th', { scope: 'row' }, t.total), el('td', { class: 'numeric' }, String(plans.length)), el('td', { class: 'numeric' }, money(sum.total, sum.currency, language))));
  return el('section', { class: 'owners', 'aria-labelledby': 'owners-heading' },
    el('h2', { id: 'owners-heading' }, t.costPerOwner),
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t.owner), el('th', { scope: 'col', class: 'numeric' }, t.plans), el('th', { scope: 'col', class: 'numeric' }, t.cost))),
      el('tbody', {}, ...body),
      el('tfoot', {}, ...totals)));
}
