import type { Root, ListItem, TableRow } from 'mdast';
import { visit } from 'unist-util-visit';
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

export function itemsBetween(plan: Plan, start: number, end: number): Item[] {
  const items: Item[] = [];
  visit(plan.root as Root, (node, _index, parent) => {
    if (!node.position) return undefined;
    const nodeStart = offsetOf(node, 'start');
    const nodeEnd = offsetOf(node, 'end');
    if (nodeEnd < start || nodeStart > end) return 'skip';
    if (node.type === 'listItem' || (node.type === 'tableRow' && parent?.type === 'table' && parent.children[0] !== node)) {
      if (nodeStart >= start && nodeEnd <= end) {
        items.push({ node: node as ListItem | TableRow, start: nodeStart, end: nodeEnd, text: plan.lines.text.slice(nodeStart, nodeEnd) });
      }
      return 'skip';
    }
    return undefined;
  });
  return items;
}
