import type { ListItem, TableRow } from 'mdast';
import type { Plan } from './plan.js';
import type { AnswerSite } from './sites.js';
import { offsetOf } from './sites.js';

/** A list item or table row: the unit of milestones, risks and cost lines. */
export interface Item {
  node: ListItem | TableRow;
  start: number;
  end: number;
  /** The item's Markdown. */
  text: string;
}

/** Items inside the answers of a question's sites (list items and body rows of tables). */
export function itemsOf(plan: Plan, questionIds: string[]): Array<{ site: AnswerSite; items: Item[] }> {
  const sites = plan.sites.filter((site) => questionIds.includes(site.questionId) && site.source !== 'prose' && site.source !== 'frontmatter');
  return sites.map((site) => ({ site, items: itemsBetween(plan, site.answerStart, site.answerEnd) }));
}

const ALL_ITEMS = new WeakMap<Plan, Item[]>();

/** List items and table body rows whose whole text lies between two offsets (nested items stay in their parent). */
export function itemsBetween(plan: Plan, start: number, end: number): Item[] {
  const items = allItems(plan);
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].start < start) low = mid + 1;
    else high = mid;
  }
  const found: Item[] = [];
  for (let i = low; i < items.length && items[i].start < end; i++) if (items[i].end <= end) found.push(items[i]);
  return found;
}

/** Every item of the plan in document order, computed once per plan. */
function allItems(plan: Plan): Item[] {
  let items = ALL_ITEMS.get(plan);
  if (!items) {
    items = plan.nodes.items.filter((node) => node.position).map((node) => {
      const start = offsetOf(node, 'start');
      const end = offsetOf(node, 'end');
      return { node, start, end, text: plan.lines.text.slice(start, end) };
    });
    ALL_ITEMS.set(plan, items);
  }
  return items;
}
