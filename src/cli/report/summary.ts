import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { FIVE_QUESTIONS, parseDate, parseEuro, plainText, type Config, type Plan, type Status } from '../../core/index.js';
import { lintText } from '../lint/engine.js';

/** Where a plan's total cost came from, in order of preference. */
export type CostSource = 'budget' | 'total-row' | 'sum';

export interface PlanSummary {
  path: string;
  title: string;
  kind: string;
  owner?: string;
  start?: string;
  end?: string;
  cost?: number;
  costSource?: CostSource;
  answered: Record<string, Status>;
  errors: number;
  warnings: number;
}

const OWNER_LENGTH = 60;
const START_KEYS = ['start', 'startdatum', 'begin'];
const END_KEYS = ['einde', 'eind', 'einddatum', 'end', 'deadline'];
const BUDGET_KEYS = ['budget', 'begroting', 'kosten', 'cost', 'costs'];
const TOTAL_ROW = /^\s*(?:totaal|total|totale kosten|total costs?|eindtotaal|grand total)\b/i;
const MONEY = /(?:[km]€|€|\bEUR\b|\beuro\b)\s?\d[\d.,]*(?:\s?(?:k|mln|miljoen|million|duizend|thousand)\b)?|\d[\d.,]*\s?(?:k|mln|miljoen|million|duizend|thousand)?\s?(?:[km]€|€|\bEUR\b|\beuros?\b)/gi;

export function summarizePlan(path: string, text: string, config: Config): PlanSummary {
  const { plan, findings, coverage } = lintText(text, config);
  const data = lowerKeys(plan.frontmatter?.data ?? {});
  const dates = planDates(plan);
  const cost = planCost(plan, data);
  return {
    path,
    title: plan.title?.text ?? path,
    kind: plan.kind,
    owner: ownerOf(plan),
    start: dateValue(data, START_KEYS) ?? dates[0],
    end: dateValue(data, END_KEYS) ?? dates[dates.length - 1],
    ...cost,
    answered: Object.fromEntries(FIVE_QUESTIONS.map((id) => [id, coverage[id]])),
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  };
}

/** The accepted `wie` answer's first line as plain text, without its label, shortened. */
function ownerOf(plan: Plan): string | undefined {
  const judgement = plan.coverage.get('wie');
  if (judgement?.status !== 'answered' || !judgement.site) return undefined;
  const line = judgement.site.answer.split('\n').map(plainText).find((text) => text !== '');
  if (!line) return undefined;
  const owner = line.replace(/^(?:eigenaar|eindverantwoordelijke?|verantwoordelijke?|trekker|owner|accountable|wie|who)\b[^:]{0,30}:\s*/i, '');
  return owner.length > OWNER_LENGTH ? `${owner.slice(0, OWNER_LENGTH - 1).trimEnd()}…` : owner;
}

/** Every date in the accepted `wanneer` answer, in the order they appear. */
function planDates(plan: Plan): string[] {
  const judgement = plan.coverage.get('wanneer');
  if (judgement?.status !== 'answered' || !judgement.site) return [];
  const pieces = plainText(judgement.site.answer).split(/[,;()|]|\s(?:tot|t\/m|until|to|en|and|[-–—])\s/);
  return pieces.map((piece) => parseDate(piece)).filter((value): value is number => value !== undefined).map(isoDate);
}

function dateValue(data: Record<string, unknown>, keys: string[]): string | undefined {
  const key = keys.find((candidate) => data[candidate] !== undefined && data[candidate] !== null && data[candidate] !== '');
  if (!key) return undefined;
  const raw = data[key] instanceof Date ? (data[key] as Date).toISOString().slice(0, 10) : String(data[key]);
  const parsed = parseDate(raw);
  return parsed === undefined ? raw : isoDate(parsed);
}

/** Frontmatter budget, else a cost table's total row, else the sum of euro amounts in the kosten answer. */
function planCost(plan: Plan, data: Record<string, unknown>): { cost?: number; costSource?: CostSource } {
  for (const key of BUDGET_KEYS) {
    const value = data[key];
    const amount = typeof value === 'number' ? value : typeof value === 'string' ? parseEuro(value) ?? parseBareNumber(value) : undefined;
    if (amount !== undefined) return { cost: amount, costSource: 'budget' };
  }
  const judgement = plan.coverage.get('kosten');
  if (judgement?.status !== 'answered' || !judgement.site) return {};
  const { answerStart, answerEnd, answer } = judgement.site;
  const total = totalRow(plan.root, answerStart, answerEnd);
  if (total !== undefined) return { cost: total, costSource: 'total-row' };
  const amounts = [...plainText(answer).matchAll(MONEY)].map((match) => parseEuro(match[0])).filter((value): value is number => value !== undefined);
  return amounts.length > 0 ? { cost: amounts.reduce((sum, value) => sum + value, 0), costSource: 'sum' } : {};
}

function totalRow(root: Root, start: number, end: number): number | undefined {
  let found: number | undefined;
  visit(root, 'table', (table: Table) => {
    const at = table.position?.start.offset ?? -1;
    if (found !== undefined || at < start || at >= end) return;
    const row = table.children.slice(1).find((candidate) => candidate.children[0] && TOTAL_ROW.test(toString(candidate.children[0])));
    const amounts = row?.children.slice(1).map((cell) => parseEuro(toString(cell))).filter((value) => value !== undefined);
    if (amounts && amounts.length > 0) found = amounts[amounts.length - 1];
  });
  return found;
}

/** `budget: 85000` written as a string of digits (with . or , as thousands separator). */
function parseBareNumber(text: string): number | undefined {
  const digits = text.trim().replace(/[.,](?=\d{3}\b)/g, '');
  return /^\d+(?:[.,]\d{1,2})?$/.test(digits) ? Number(digits.replace(',', '.')) : undefined;
}

function isoDate(value: number): string {
  const text = String(value);
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

function lowerKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
}
