/** Cost per owner, for the totals table. Pure, shared with the webview. */
import type { PortfolioPlan } from './types.js';

export interface OwnerTotal {
  /** Undefined: plans that name no owner. */
  owner?: string;
  currency: string;
  total: number;
  /** Plans of this owner with an amount, and without one. */
  withCost: number;
  withoutCost: number;
}

/** One row per owner and currency (amounts in different currencies are never added), highest total first. */
export function costPerOwner(plans: readonly PortfolioPlan[]): OwnerTotal[] {
  const rows = new Map<string, OwnerTotal>();
  for (const plan of plans) {
    const key = `${plan.owner ?? ''}\u0000${plan.currency}`;
    const row = rows.get(key) ?? { owner: plan.owner, currency: plan.currency, total: 0, withCost: 0, withoutCost: 0 };
    if (plan.cost === null) row.withoutCost++;
    else {
      row.total = Math.round((row.total + plan.cost) * 100) / 100;
      row.withCost++;
    }
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || (a.owner ?? '\uffff').localeCompare(b.owner ?? '\uffff'));
}

/** The sum per currency over all plans, euro first. */
export function grandTotals(rows: readonly OwnerTotal[]): Array<{ currency: string; total: number }> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.currency, Math.round(((sums.get(row.currency) ?? 0) + row.total) * 100) / 100);
  return [...sums].map(([currency, total]) => ({ currency, total })).sort((a, b) => (a.currency === 'EUR' ? -1 : b.currency === 'EUR' ? 1 : a.currency.localeCompare(b.currency)));
}
