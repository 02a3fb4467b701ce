/**
 * The HKW board's notes: list items that are "Hoe kunnen we …?" / "How might we …?"
 * questions or that carry dot votes (idea races and knelpunten vote the same way).
 * The cluster of a note is the heading it stands under.
 */
import type { ListItem, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Plan } from '../index.js';
import { anchorAt } from './anchor';
import type { Note } from './types';
import { readVotes } from './votes';
import { richInlinesUntil } from './rich';

const HKW_START = /^(?:[*_]{1,2})?(?:hoe kunnen we|how might we)\b/i;

export function collectNotes(text: string, root: Root, sections: Plan['sections']): Note[] {
  const notes: Note[] = [];
  visit(root, 'listItem', (item: ListItem) => {
    const first = item.children[0];
    if (first?.type !== 'paragraph' || first.position?.start.offset === undefined || first.position.end.offset === undefined) return;
    const start = first.position.start.offset;
    const itemText = text.slice(start, first.position.end.offset);
    const { text: noteText, word, votes } = readVotes(itemText);
    if (!word && !HKW_START.test(noteText)) return;
    notes.push({
      text: noteText,
      rich: richInlinesUntil(first.children, start + noteText.length),
      cluster: clusterOf(sections, start),
      votes,
      anchor: anchorAt(text, start, start + noteText.length),
    });
  });
  return notes;
}

/** Title of the nearest heading above `offset`, or '' before the first heading. */
function clusterOf(sections: Plan['sections'], offset: number): string {
  let title = '';
  for (const section of sections) {
    if (section.start > offset) break;
    title = section.title;
  }
  return title;
}

/** The word the plan already uses for votes, else the language its questions are in, else the plan's. */
export function voteWordOf(text: string, notes: Note[], language: 'nl' | 'en'): string {
  for (const note of notes) {
    if (note.votes === 0) continue;
    const rest = text.slice(note.anchor.end, note.anchor.end + 40);
    const word = readVotes(rest.split('\n')[0]).word;
    if (word) return word;
  }
  const english = notes.filter((note) => /^(?:[*_]{1,2})?how might we\b/i.test(note.text)).length;
  const dutch = notes.filter((note) => /^(?:[*_]{1,2})?hoe kunnen we\b/i.test(note.text)).length;
  if (english !== dutch) return english > dutch ? 'votes' : 'stemmen';
  return language === 'en' ? 'votes' : 'stemmen';
}
