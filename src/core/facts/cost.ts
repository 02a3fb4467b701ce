import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plan } from '../model/plan.js';
import { offsetOf } from '../model/sites.js';
import { cueFor } from '../model/evidence.js';
import { findMoney, parseBudgetValue, type Money } from './money.js';
import { maskMarks, readUses, type AmountUse } from './amount-context.js';
import { readCostTable, totalCells, type CostTable } from './cost-table.js';
import { evidenceAt, excludedRanges, inRanges, type Piece } from './scope.js';
import type { CostFact, CostItem, CostSource, Currency, Evidence, Period } from './types.js';

const BUDGET_KEYS = ['budget', 'begroting', 'kosten', 'cost', 'costs'];
/** A heading about the plan's own budget ("Budgetsamenvatting"), not about money in general ("Investeringsagenda"). */
const BUDGET_TITLE = /\b(?:budget\w*|begroting\w*|kosten\w*|costs?)\b/i;
/** Labels of money that pays for the plan rather than what it costs. */
const FUNDING_LABEL = /\b(?:dekking|financiering|funding|bijdrage|subsidie|co-?financ\w*|inkomsten|income|revenue|opbrengst\w*)\b/i;
const COST_TITLE = /\b(?:budget\w*|kosten|kost|begroting|financi\w*|funding|investering\w*|middelen|costs?|money|geld)\b/i;
/** An explicit zero or a cost in time only: the plan's cost is nothing in money. */
const ZERO_COST =
  /\b(?:geen (?:extra |externe |aanvullende )?(?:kosten|geld|budget)|kost (?:alleen|slechts|enkel) tijd|kost (?:vrijwel )?niets|kosteloos|budgetneutraal|kostenneutraal|no (?:extra |additional )?(?:costs?|budget|money)(?: is needed)?|no budget is needed|costs? time,? not money|cost-neutral|budget-neutral|free of charge)\b/i;

/** Amounts of one place in the plan (a kosten section, a label, a paragraph), read into totals and items. */
interface Total {
  amount: number;
  evidence: Evidence;
  fromTable: boolean;
  /** Already holds one period of the recurring cost (a first-year total, a multi-year column, a breakdown with "per jaar"). */
  coversRecurring?: boolean;
}

interface Reading {
  overall: Total[];
  oneOffTotals: Total[];
  /** Recurring amounts that start only after the first year: kept, never added to the total. */
  deferred: CostItem[];
  items: CostItem[];
  zero?: Evidence;
  currency: Currency;
}

/** The plan's cost: frontmatter budget, else the first kosten answer that names an amount, else cost prose elsewhere. */
export function extractCost(plan: Plan): CostFact | null {
  const fromFrontmatter = frontmatterBudget(plan);
  if (fromFrontmatter) return fromFrontmatter;
  const excluded = excludedRanges(plan, ['background', 'yield']);
  const sites = plan.sites
    .filter((site) => site.questionId === 'kosten' && site.source !== 'frontmatter' && !inRanges(site.answerStart, excluded))
    .map((site) => ({ start: site.source === 'heading' ? site.labelRange.start.offset : site.answerStart, end: site.answerEnd, overrides: !FUNDING_LABEL.test(site.label) }))
    .sort((a, b) => a.start - b.start);
  // A heading that names the cost in other words ("Requested budget", "Financiële paragraaf").
  const titled = plan.sections
    .filter((section) => COST_TITLE.test(section.title) && !inRanges(section.start, excluded))
    .map((section) => ({ start: section.contentStart, end: section.end, overrides: BUDGET_TITLE.test(section.title) && !FUNDING_LABEL.test(section.title) }));
  // The first place that names an amount, unless it has loose amounts only ("**Money.** ticket price
  // £ 8–10") and a later cost answer or budget section states a total ("## Budget" with its Total row).
  // A section about funding, or about money in general ("Investeringsagenda"), never overrides.
  let first: CostFact | null = null;
  for (const scope of [...sites, ...titled]) {
    const fact = toFact(read(plan, scope.start, scope.end, excluded));
    if (!fact) continue;
    if (!first) {
      if (fact.source !== 'items') return fact;
      first = fact;
    } else if (scope.overrides && (fact.source === 'table-total' || fact.source === 'stated-total')) return fact;
  }
  return first ?? fromProse(plan, excluded);
}

function frontmatterBudget(plan: Plan): CostFact | null {
  const data = plan.frontmatter?.data ?? {};
  for (const [key, value] of Object.entries(data)) {
    if (!BUDGET_KEYS.includes(key.toLowerCase())) continue;
    const amount = parseBudgetValue(value);
    if (amount === undefined) continue;
    const range = plan.frontmatter!.keyRanges.get(key.toLowerCase());
    const evidence = range ? evidenceAt(plan, range.start.offset, range.end.offset) : { line: 1, excerpt: `${key}: ${String(value)}` };
    const currency = typeof value === 'string' ? findMoney(value)[0]?.currency ?? 'EUR' : 'EUR';
    return { total: amount, oneOff: amount, recurring: null, items: [], currency, source: 'frontmatter', evidence };
  }
  return null;
}

/** Money outside a kosten answer: the first paragraph that states a total, else the first with a cost cue. */
function fromProse(plan: Plan, excluded: Array<[number, number]>): CostFact | null {
  const cue = cueFor('kosten')!;
  const blocks: Piece[] = [
    ...plan.nodes.paragraphs.filter((entry) => !entry.inChecklist).map(({ node }) => node),
    ...plan.nodes.tableCells,
  ]
    .map((node) => ({ start: offsetOf(node, 'start'), end: offsetOf(node, 'end'), text: '' }))
    .filter((block) => !inRanges(block.start, excluded))
    .sort((a, b) => a.start - b.start);
  const readings = blocks.map((block) => ({ block, reading: read(plan, block.start, block.end, excluded) }));
  const costly = readings.filter(({ block, reading }) => reading.items.length + reading.overall.length + reading.oneOffTotals.length > 0 && cue.test(plan.lines.text.slice(block.start, block.end)));
  const chosen = costly.find(({ reading }) => reading.overall.length + reading.oneOffTotals.length > 0) ?? costly[0] ?? readings.find(({ reading }) => reading.zero);
  return chosen ? toFact(chosen.reading) : null;
}

function read(plan: Plan, start: number, end: number, excluded: Array<[number, number]>): Reading {
  const text = plan.lines.text;
  const reading: Reading = { overall: [], oneOffTotals: [], items: [], deferred: [], currency: 'EUR' };
  const tables = plan.nodes.tables.filter((table) => offsetOf(table, 'start') < end && offsetOf(table, 'end') > start);
  const tableRanges: Array<[number, number]> = [];
  for (const table of tables) {
    const model = readCostTable(table);
    // A question-and-answer table that only holds this answer is read as text.
    if (!model || (model.totalRow < 0 && offsetOf(table, 'start') < start)) continue;
    tableRanges.push([offsetOf(table, 'start'), offsetOf(table, 'end')]);
    readTable(plan, table, model, reading);
  }
  const from = Math.min(start, ...tableRanges.map(([at]) => at));
  const masked = maskMarks(text.slice(from, end));
  const amounts = findMoney(masked).filter((money) => !inRanges(from + money.index, [...tableRanges, ...excluded]));
  const uses = readUses(masked, amounts);
  amounts.forEach((money, index) => addAmount(plan, reading, money, uses[index], from, masked));
  const zero = ZERO_COST.exec(masked);
  if (zero && !inRanges(from + zero.index, excluded)) reading.zero = evidenceAt(plan, from + zero.index, from + zero.index + zero[0].length);
  return reading;
}

function addAmount(plan: Plan, reading: Reading, money: Money, use: AmountUse, offset: number, masked: string): void {
  if (use.kind === 'ignored') return;
  reading.currency = money.currency;
  const evidence = evidenceAt(plan, offset + lineStartBefore(masked, money.index), offset + lineEndAfter(masked, money.end));
  if (use.total && use.kind === 'one-off') {
    (use.oneOffMarked ? reading.oneOffTotals : reading.overall).push({ amount: money.amount, evidence, fromTable: false, coversRecurring: use.coversRecurring });
    return;
  }
  const label = masked.slice(money.end, lineEndAfter(masked, money.end)).replace(/^\s*(?:per\s+\S+\s*)?/, '').split(/[,.;(]/, 1)[0].trim().slice(0, 60);
  const item: CostItem = { label, amount: money.amount, kind: use.kind, per: use.kind === 'rate' ? use.rateUnit : use.per, evidence };
  (use.deferred ? reading.deferred : reading.items).push(item);
}

function readTable(plan: Plan, table: Table, model: CostTable, reading: Reading): void {
  reading.currency = model.currency;
  const totals = totalCells(table, model);
  const evidenceOf = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) => evidenceAt(plan, offsetOf(node, 'start'), offsetOf(node, 'end'));
  const rowEvidence = (row: number) => evidenceOf(table.children[row]);
  const totalColumn = model.columns.findIndex((kind) => kind === 'total');
  const yearTotals = totals.filter(({ column }) => model.columns[column] === 'year');
  for (const { column, amount } of totals) {
    const kind = model.columns[column];
    const scope = kind === 'recurring' ? 'recurring' : kind === 'one-off' ? 'one-off' : kind === 'plain' ? model.totalScope : kind === 'total' ? 'overall' : 'year';
    if (scope === 'recurring') reading.items.push({ label: 'Totaal', amount, kind: 'recurring', per: 'year', evidence: rowEvidence(model.totalRow) });
    else if (scope === 'one-off') reading.oneOffTotals.push({ amount, evidence: rowEvidence(model.totalRow), fromTable: true });
    else if (scope === 'overall' && (totalColumn < 0 || column === totalColumn)) {
      const coversRecurring = column === totalColumn || /eerste jaar|first year/i.test(toString(table.children[model.totalRow])) || model.items.some((item) => item.column === column && item.kind === 'recurring');
      reading.overall.push({ amount, evidence: rowEvidence(model.totalRow), fromTable: true, coversRecurring });
    }
  }
  if (totalColumn < 0 && yearTotals.length > 0) {
    reading.overall.push({ amount: yearTotals.reduce((sum, cell) => sum + cell.amount, 0), evidence: rowEvidence(model.totalRow), fromTable: true, coversRecurring: true });
  }
  const hasTotal = totals.length > 0;
  for (const item of model.items) {
    if (item.kind === 'funding') continue;
    if (totalColumn >= 0 && item.column !== totalColumn) continue;
    // With a Totaal row its recurring column is already read as the recurring cost.
    if (hasTotal && model.columns[item.column] === 'recurring') continue;
    reading.items.push({ label: item.label, amount: item.amount, kind: item.kind, per: item.per, evidence: rowEvidence(item.row) });
  }
}

/** Combines one place's reading into the fact: a stated total wins over its items; rates are never added. */
function toFact(reading: Reading): CostFact | null {
  const oneOffItems = reading.items.filter((item) => item.kind === 'one-off');
  const recurringItems = reading.items.filter((item) => item.kind === 'recurring');
  const recurring = recurringCost(recurringItems);
  const base = { items: [...reading.items, ...reading.deferred], currency: reading.currency, recurring: recurring ?? recurringCost(reading.deferred) };
  if (reading.overall.length > 0) {
    const best = reading.overall.reduce((a, b) => (b.amount > a.amount ? b : a));
    // "Totaal € 240.000: [one-off items]. Daarnaast € 12.000 per jaar": the total is one-off; the first year of hosting comes on top.
    const extra = best.coversRecurring ? 0 : recurring?.amount ?? 0;
    const oneOff = reading.oneOffTotals[0]?.amount ?? (extra > 0 ? best.amount : oneOffItems.length > 0 ? sum(oneOffItems) : null);
    return { ...base, total: best.amount + extra, oneOff, source: best.fromTable ? 'table-total' : 'stated-total', evidence: best.evidence };
  }
  if (reading.oneOffTotals.length > 0) {
    const best = reading.oneOffTotals.reduce((a, b) => (b.amount > a.amount ? b : a));
    return { ...base, total: best.amount + (recurring?.amount ?? 0), oneOff: best.amount, source: best.fromTable ? 'table-total' : 'stated-total', evidence: best.evidence };
  }
  if (oneOffItems.length + recurringItems.length > 0) {
    const oneOff = oneOffItems.length > 0 ? sum(oneOffItems) : null;
    const evidence = (oneOffItems[0] ?? recurringItems[0]).evidence;
    return { ...base, total: (oneOff ?? 0) + (recurring?.amount ?? 0), oneOff, source: 'items', evidence };
  }
  if (reading.items.length > 0) return { ...base, total: null, oneOff: null, source: 'items', evidence: reading.items[0].evidence };
  if (reading.zero) return { ...base, total: 0, oneOff: 0, source: 'zero' as CostSource, evidence: reading.zero };
  return null;
}

const PER_YEAR: Record<Period, number> = { year: 1, quarter: 4, month: 12, week: 52 };

/** One period of the recurring cost; the same amount stated twice counts once; mixed periods become a year. */
function recurringCost(items: CostItem[]): CostFact['recurring'] {
  if (items.length === 0) return null;
  const unique = [...new Map(items.map((item) => [`${item.amount}/${item.per}`, item])).values()];
  const periods = new Set(unique.map((item) => (item.per ?? 'year') as Period));
  if (periods.size === 1) return { amount: sum(unique), per: [...periods][0] };
  return { amount: unique.reduce((total, item) => total + item.amount * PER_YEAR[(item.per ?? 'year') as Period], 0), per: 'year' };
}

function sum(items: Array<{ amount: number }>): number {
  return Math.round(items.reduce((total, item) => total + item.amount, 0) * 100) / 100;
}

function lineStartBefore(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEndAfter(text: string, at: number): number {
  const next = text.indexOf('\n', at);
  return next === -1 ? text.length : next;
}
