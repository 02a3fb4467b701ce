import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plan } from '../model/plan.js';
import { offsetOf } from '../model/sites.js';
import type { AnswerSite } from '../model/sites.js';
import { cueFor } from '../model/evidence.js';
import { addDuration, findDates, findDurations, type DateMention, type Duration } from './dates.js';
import { evidenceAt, excludedRanges, inRanges, META_LINE, pieces, sentences } from './scope.js';
import type { DateFact, DatePrecision, Milestone } from './types.js';

const START_KEYS = ['start', 'startdatum', 'begin', 'begindatum'];
const END_KEYS = ['einde', 'eind', 'einddatum', 'end', 'deadline', 'oplevering'];
const PERIOD_KEYS = ['periode', 'period', 'looptijd', 'planning'];
const START_LABEL = /^(?:start(?:datum)?|start ?date|begin(?:datum)?|aanvang|starts?)$/i;
const END_LABEL = /^(?:eind(?:e|datum)?|end(?: ?date)?|deadline|oplevering|afronding|delivery(?: date)?|einddatum)$/i;
const ENDS_HERE = /\b(?:einde van het (?:project|programma|traject)|ends? on|eindigt op|eindigt|loopt af op)\s*(?:(?:op|on)\s*)?$/i;
const END_HINT = /\b(?:eind\w*|tot(?: en met)?|t\/m|until|till|uiterlijk|deadline|klaar|gereed|afgerond|afronden|ronden af|oplever\w*|ends?|by|before|vóór|no later than|complet\w*|finish\w*)\s*(?:(?:op|on|in|the|de|het)\s*)?$/i;
const END_HINT_AFTER = /^\s*(?:(?!(?:en|and)\b)[\p{L}]+\s+){0,2}(?:online|klaar|gereed|live|af|afgerond|opgeleverd|ready|done|completed?|up and running)\b/iu;
const START_HINT = /\b(?:vanaf|from|as of|with effect from|met ingang van|(?:start(?:s|ed|ing|en|t)?|begin(?:s|t|nen|ning)?)\b(?:\s+(?!(?:and|en|or|of|but|maar|then|dan)\b)[\p{L}-]+){0,3}?(?:\s+(?:in|op|on|per))?)\s*$/iu;
const DURATION_CUE = /\b(?:duur\w*|looptijd|doorlooptijd|loopt|runs?|lasts?|takes?|gedurende|periode|period)\b|\bvan\s*$|\bfor\s*$|^\s*$/i;
/** Beyond `wanneer` words, what makes a sentence elsewhere speak of the plan's own dates. */
const TIMELINE_CUE = /\b(?:evaluat\w*|besluit\w*|decision|decide|review|rapport\w*|report\w*|meting|measure|workshop|werksessie|sessie|session|test\w*|pilot|proef|fase|phase|livegang|go-live)\b/i;

interface Found {
  mention: DateMention;
  /** Offset of the mention in the plan. */
  at: number;
  label: string;
  explicit?: 'start' | 'end';
  endOnly: boolean;
  /** "From January 2026", "vanaf maart": when the plan starts, not when it ends. */
  startOnly?: boolean;
}

/** Start, end and milestones: frontmatter and `wanneer` answers first, the approach and dated prose when they hold no date. */
export function extractSchedule(plan: Plan): { start: DateFact | null; end: DateFact | null; milestones: Milestone[] } {
  const excluded = excludedRanges(plan, ['background']);
  const found: Found[] = frontmatterDates(plan);
  const durations: Duration[] = [];
  const sites = plan.sites.filter((site) => site.questionId === 'wanneer' && site.source !== 'frontmatter' && !inRanges(site.answerStart, excluded));
  for (const site of sites) collect(plan, site.answerStart, site.answerEnd, siteLabel(site), excluded, found, durations);
  if (found.length === 0) {
    for (const site of plan.sites.filter((candidate) => candidate.questionId === 'hoe' && !inRanges(candidate.answerStart, excluded))) {
      collect(plan, site.answerStart, site.answerEnd, '', excluded, found, durations);
    }
    const cue = cueFor('wanneer')!;
    for (const piece of pieces(plan, excluded)) {
      for (const sentence of sentences(piece)) {
        if (cue.test(sentence.text) || TIMELINE_CUE.test(sentence.text)) collect(plan, sentence.start, sentence.end, '', excluded, found, durations);
      }
    }
  }
  const unique = dedupe(found);
  return { ...startAndEnd(plan, unique, durations), milestones: milestones(plan, unique) };
}

function frontmatterDates(plan: Plan): Found[] {
  const frontmatter = plan.frontmatter;
  if (!frontmatter) return [];
  const found: Found[] = [];
  for (const [key, value] of Object.entries(frontmatter.data)) {
    const lower = key.toLowerCase();
    const explicit = START_KEYS.includes(lower) ? 'start' : END_KEYS.includes(lower) ? 'end' : PERIOD_KEYS.includes(lower) ? undefined : null;
    if (explicit === null || value === null || value === undefined) continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const at = frontmatter.keyRanges.get(lower)?.start.offset ?? 0;
    for (const mention of findDates(text)) found.push({ mention, at, label: key, explicit, endOnly: explicit === 'end' });
  }
  return found;
}

function collect(plan: Plan, start: number, end: number, label: string, excluded: Array<[number, number]>, found: Found[], durations: Duration[]): void {
  const text = plan.lines.text;
  const tables = plan.nodes.tables.filter((table) => offsetOf(table, 'start') < end && offsetOf(table, 'end') > start);
  for (const table of tables) collectTable(plan, table, excluded, found, durations);
  const tableRanges = tables.map((table): [number, number] => [offsetOf(table, 'start'), offsetOf(table, 'end')]);
  let lineStart = start;
  for (const line of text.slice(start, end).split('\n')) {
    const at = lineStart;
    lineStart += line.length + 1;
    if (inRanges(at, excluded) || inRanges(at, tableRanges) || META_LINE.test(line)) continue;
    const lineLabel = plainLabel(/^([^:|]{1,40}):/.exec(line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))?.[1] ?? '');
    collectText(line, at, lineLabel || label, found, durations);
  }
}

/** A table row's first cell, or the column's header ("Start", "Einde"), names its dates. */
function collectTable(plan: Plan, table: Table, excluded: Array<[number, number]>, found: Found[], durations: Duration[]): void {
  const header = table.children[0]?.children.map((cell) => plainLabel(toString(cell))) ?? [];
  table.children.slice(1).forEach((row) => {
    if (inRanges(offsetOf(row, 'start'), excluded)) return;
    const rowLabel = row.children[0] ? plainLabel(toString(row.children[0])) : '';
    if (META_LINE.test(`${rowLabel}:`)) return;
    row.children.forEach((cell, column) => {
      const columnLabel = header[column] ?? '';
      const name = START_LABEL.test(columnLabel) || END_LABEL.test(columnLabel) ? columnLabel : rowLabel;
      collectText(plan.lines.text.slice(offsetOf(cell, 'start'), offsetOf(cell, 'end')), offsetOf(cell, 'start'), name, found, durations);
    });
  });
}

function collectText(text: string, at: number, name: string, found: Found[], durations: Duration[]): void {
  for (const mention of findDates(text)) {
    if (mention.bare && !isTimelineYear(text, mention)) continue;
    const before = text.slice(0, mention.index);
    const after = text.slice(mention.end);
    const explicit = START_LABEL.test(name) ? 'start' : END_LABEL.test(name) || ENDS_HERE.test(before) ? 'end' : undefined;
    const lead = clause(before.slice(-200));
    const endOnly = explicit === 'end' || END_HINT.test(lead) || END_HINT_AFTER.test(after);
    found.push({ mention, at: at + mention.index, label: name, explicit, endOnly, startOnly: !endOnly && !mention.range && START_HINT.test(lead) });
  }
  for (const duration of findDurations(text)) {
    if (DURATION_CUE.test(clause(text.slice(0, duration.index)))) durations.push(duration);
  }
}

/** A bare year counts as a timeline entry: a table cell that is the year, or a list item that starts with it. */
function isTimelineYear(text: string, mention: DateMention): boolean {
  const stripped = text.replace(/[*_`]/g, '').trim();
  return /^(?:[-*+]\s+)?(?:19|20)\d{2}\s*(?::|$)/.test(stripped) && stripped.includes(mention.raw);
}

function clause(before: string): string {
  const parts = before.split(/[.;,:]\s|\s[–—]\s/);
  return parts[parts.length - 1];
}

function plainLabel(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/^\s*(?:\d+[.)]\s*)?/, '').trim();
}

function siteLabel(site: AnswerSite): string {
  return site.source === 'heading' ? '' : plainLabel(site.label);
}

function dedupe(found: Found[]): Found[] {
  const byOffset = new Map<string, Found>();
  for (const entry of found) {
    const key = `${entry.at}:${entry.mention.raw}`;
    const known = byOffset.get(key);
    if (!known) byOffset.set(key, entry);
    else {
      known.explicit ??= entry.explicit;
      known.endOnly ||= entry.endOnly;
    }
  }
  return [...byOffset.values()];
}

function startAndEnd(plan: Plan, found: Found[], durations: Duration[]): { start: DateFact | null; end: DateFact | null } {
  if (found.length === 0) return { start: null, end: null };
  const fact = (entry: Found, side: 'start' | 'end'): DateFact => ({
    value: entry.mention.span[side],
    precision: entry.mention.span.precision,
    evidence: entry.label && entry.at === plan.frontmatter?.keyRanges.get(entry.label.toLowerCase())?.start.offset
      ? { line: plan.lines.pointAt(entry.at).line, excerpt: `${entry.label}: ${entry.mention.raw}` }
      : evidenceAt(plan, lineStartOf(plan, entry.at), plan.lines.lineEnd(plan.lines.pointAt(entry.at).line)),
  });
  const earliest = (entries: Found[]) => entries.reduce((a, b) => (b.mention.span.start < a.mention.span.start ? b : a));
  const latest = (entries: Found[]) => entries.reduce((a, b) => (b.mention.span.end > a.mention.span.end ? b : a));
  const explicitStarts = found.filter((entry) => entry.explicit === 'start');
  const explicitEnds = found.filter((entry) => entry.explicit === 'end');
  const open = found.filter((entry) => !entry.endOnly);
  const startEntry = explicitStarts.length > 0 ? earliest(explicitStarts) : open.length > 0 ? earliest(found) : undefined;
  const start = startEntry ? fact(startEntry, 'start') : null;
  let endEntry: Found | undefined = explicitEnds.length > 0 ? latest(explicitEnds) : latest(found);
  // One day that starts the plan ("start op 6 september 2027") is no end.
  if (endEntry === startEntry && endEntry.mention.span.precision === 'day' && endEntry.mention.span.start === endEntry.mention.span.end && !endEntry.endOnly) endEntry = undefined;
  // Nor is the one date the plan starts from ("From January 2026 the service offers ...").
  if (endEntry === startEntry && endEntry?.startOnly && explicitEnds.length === 0) endEntry = undefined;
  let end = endEntry ? fact(endEntry, 'end') : null;
  if (start && durations.length > 0 && (!end || end.value <= start.value || (endEntry === startEntry && !startEntry?.mention.range))) {
    const duration = durations[0];
    const precision: DatePrecision = start.precision === 'day' ? 'day' : 'month';
    end = { value: addDuration(start.value, duration), precision, evidence: { ...start.evidence, excerpt: `${start.evidence.excerpt} (+ ${duration.raw})` } };
  }
  return { start, end };
}

function milestones(plan: Plan, found: Found[]): Milestone[] {
  return found
    .sort((a, b) => (a.mention.span.start < b.mention.span.start ? -1 : a.mention.span.start > b.mention.span.start ? 1 : a.at - b.at))
    .map((entry) => ({
      label: entry.label || evidenceAt(plan, entry.at).excerpt.slice(0, 60),
      value: entry.mention.span.start,
      precision: entry.mention.span.precision,
      evidence: evidenceAt(plan, lineStartOf(plan, entry.at), plan.lines.lineEnd(plan.lines.pointAt(entry.at).line)),
    }));
}

function lineStartOf(plan: Plan, offset: number): number {
  return plan.lines.lineStarts[plan.lines.pointAt(offset).line - 1];
}
