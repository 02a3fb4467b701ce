import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, Worker } from 'node:worker_threads';
import type { RootContent } from 'mdast';
import type { ParseNotice } from '../../core/parse/guard.js';
import { joinParsed, parseUnit, parseUnits, type ParsedBlock, type ParseResult, type TextBlock } from '../../core/index.js';
import { runawayEnd } from '../../core/parse/open-ends.js';
import { nodesFromJson, nodesToJson } from '../../core/parse/positions.js';

/**
 * From this size a plan's parse is shared with a helper thread. Below it the
 * helper's start (loading the bundle, about 0.1-0.2 s) eats what it saves.
 */
export const SPLIT_PARSE_MIN = 1024 * 1024;
/** Marks the bundle's entry as a parse helper when it is started as one. */
export const PARSE_WORKER_FLAG = 'innovatieParseWorker';
/** Units per message to the helper (a unit is about 4 KB): few messages, yet a fair split. */
const HELPER_BATCH = 32;
/** Units the main thread parses between looks at its messages. */
const MAIN_SLICE = 8;

/**
 * Parses a large plan on two threads: this one takes units from the front, a helper
 * thread takes batches from the back, until they meet. Sharing the work as it goes
 * (rather than halving it up front) keeps both busy on a machine under other load.
 * The tree is the one `parseDocument` gives; if the helper fails, its units are parsed here.
 */
export async function parseWithHelper(text: string): Promise<ParseResult> {
  const units = parseUnits(text);
  const parsed: Array<ParsedBlock | undefined> = new Array(units.length);
  let front = 0;
  let back = units.length;
  let pending = 0;
  let failed = false;
  let wake = () => {};

  // A small young generation keeps the helper's memory down: what it parses is posted and dropped.
  const helper = new Worker(__filename, { workerData: { [PARSE_WORKER_FLAG]: true }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  const sendBatch = () => {
    if (failed || back - front <= MAIN_SLICE) return;
    const start = Math.max(front + MAIN_SLICE, back - HELPER_BATCH);
    helper.postMessage({ start, units: units.slice(start, back) });
    back = start;
    pending++;
  };
  helper.on('message', (message: { start: number; nodes: string; notices: Array<ParseNotice | undefined> }) => {
    const batch = units.slice(message.start, message.start + message.notices.length);
    nodesFromJson<RootContent>(message.nodes, batch).forEach((nodes, index) => (parsed[message.start + index] = { ...batch[index], nodes, notice: message.notices[index] }));
    pending--;
    sendBatch();
    wake();
  });
  helper.on('error', () => {
    failed = true;
    wake();
  });
  // Two batches in flight, so the helper never waits for its next one.
  sendBatch();
  sendBatch();

  let runawayTo = -1;
  while (front < back) {
    const end = Math.min(back, front + MAIN_SLICE);
    for (; front < end; front++) {
      const block = (parsed[front] = parseUnit(units[front]));
      // A fence left open for far past the guard's limit turns the units up to its end into plain text: skip them.
      runawayTo = runawayEnd(block, units, front) ?? runawayTo;
      front = Math.max(front, runawayTo);
    }
    await nextTurn();
  }
  // When such a fence runs to the end, the helper's units are plain text too: no need to wait for them.
  while (pending > 0 && !failed && runawayTo < units.length - 1) await new Promise<void>((resolve) => (wake = resolve));
  void helper.terminate();
  if (process.env.INNOVATIE_DEBUG === 'parse') process.stderr.write(`innovatie: parsed ${units.length} units, ${front} in this thread\n`);
  // Units neither thread parsed are parsed as they are joined, unless they are read as plain text.
  return joinParsed(text, Array.from(parsed, (block, index) => block ?? units[index]));
}

/**
 * The helper's side: parse each batch it is sent and post the nodes back (the texts are known
 * there) as JSON, which the main thread turns into smaller objects than a structured clone:
 * a 5 MB plan of ordinary sections, 136 -> 91 MB of tree (positions.ts).
 */
export function serveParseUnits(): void {
  parentPort!.on('message', (message: { start: number; units: TextBlock[] }) => {
    const blocks = message.units.map(parseUnit);
    parentPort!.postMessage({ start: message.start, nodes: nodesToJson(blocks.map((block) => block.nodes)), notices: blocks.map((block) => block.notice) });
  });
}
