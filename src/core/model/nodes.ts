import type { Root, Paragraph, Heading, Table, TableCell, TableRow, ListItem, Html, Text, InlineCode, Parent, Nodes } from 'mdast';

/** The nodes rules look at, gathered in one walk over the tree (in document order). */
export interface NodeIndex {
  paragraphs: Array<{ node: Paragraph; parent: Parent; index: number; inChecklist: boolean }>;
  headings: Heading[];
  tables: Table[];
  tableCells: TableCell[];
  /** List items and table body rows, outermost only: the unit of milestones, risks and cost lines. */
  items: Array<ListItem | TableRow>;
  html: Html[];
  literals: Array<Text | InlineCode>;
}

export function indexNodes(root: Root): NodeIndex {
  const index: NodeIndex = { paragraphs: [], headings: [], tables: [], tableCells: [], items: [], html: [], literals: [] };
  walk(root, index, false, false);
  return index;
}

function walk(parent: Parent, into: NodeIndex, inItem: boolean, inChecklist: boolean): void {
  const children = parent.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    let childInItem = inItem;
    let childInChecklist = inChecklist;
    switch (node.type) {
      case 'paragraph':
        into.paragraphs.push({ node, parent, index: i, inChecklist });
        break;
      case 'heading':
        into.headings.push(node);
        break;
      case 'table':
        into.tables.push(node);
        break;
      case 'tableCell':
        into.tableCells.push(node);
        break;
      case 'tableRow':
        if (!inItem && i > 0) into.items.push(node);
        childInItem = true;
        break;
      case 'listItem':
        if (!inItem) into.items.push(node);
        childInItem = true;
        childInChecklist = inChecklist || typeof node.checked === 'boolean';
        break;
      case 'html':
        into.html.push(node);
        break;
      case 'text':
      case 'inlineCode':
        into.literals.push(node);
        break;
    }
    if ('children' in node) walk(node as Parent, into, childInItem, childInChecklist);
  }
}
