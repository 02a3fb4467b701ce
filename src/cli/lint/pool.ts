import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { parentPort, Worker } from 'node:worker_threads';
import type { Config } from '../../core/index.js';
import { loadJob, runJob, runJobWithHelper, type LintJob, type LintOutcome } from './job.js';
import { SPLIT_PARSE_MIN } from './split-parse.js';

/**
 * Below this many files a worker loses to one thread: each new isolate loads the bundle
 * and warms up its JIT again. Measured (with two workers) on 2–6 KB plans: 300 files
 * 2.2 s with workers against 1.8 s without, 500 files 2.7 s against 3.0 s.
 */
export const WORKER_THRESHOLD = 400;
/** From this size a plan's tree is large enough that V8's heap growth sets the peak memory. */
const LARGE_PLAN = 1024 * 1024;

/**
 * V8 lets the old space grow to up to 4 times what survived the last full collection before it
 * collects again (its factor for a heap limit of 2 GB or more, as here), and each lint thread fills
 * that room with the garbage of the plans it linted; the heap it grew stays committed.
 * - While a large plan is parsed, 20% growth keeps the peak near the tree's own size (5 MB plan
 *   of ordinary sections: 510 -> 340 MB peak RSS) at no measurable cost in time.
 * - For many small plans (live data 15-40 MB a thread) 200% growth: 2,000 real plans on two
 *   workers, 365-424 -> about 315-342 MB peak RSS for about 5% more CPU time (more full
 *   collections). 150% gave 321-339 MB for 5-10%, 100% 292-301 MB for 20%; smaller young
 *   generations (worker resourceLimits) cost more CPU for less.
 * The flag is process-wide (the workers' isolates read it too) and is read at each collection.
 */
function limitHeapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/** Jobs per message: small enough to balance a few slow files, large enough to keep messaging cheap. */
const CHUNK = 16;

/** Marks the bundle's entry as a lint worker when it is started as one. */
export const WORKER_FLAG = 'innovatieLintWorker';

/** Workers re-run this very file, which only works for the built bundle (not TypeScript under tsx). */
export function canUseWorkers(): boolean {
  return __filename.endsWith('.js');
}

/** The threads that lint: worker threads, and whether this thread lints beside them. */
export interface LintThreads {
  workers: number;
  /**
   * This thread takes jobs too, between its messages to the workers ('auto'). Two lint threads
   * as this thread and one worker rather than two workers beside an idle thread: one isolate
   * fewer to start, warm up and grow (a worker's heap grows to about 100 MB on 2,000 plans).
   * 2,000 plans, same runs: about 5% less CPU time and 300-306 MB peak RSS against 311-328.
   */
  here: boolean;
}

/**
 * Which threads lint: 'auto' uses two (this thread and a worker) when there are enough files and
 * cores. Not three: on two cores a third isolate only adds start-up and garbage collection
 * (measured slower). Not the machine's load either: a 1-minute load average mostly counts the
 * steps just before (npm ci, the previous lint) and made the choice worse in bench/cli.ts.
 * A number is that many workers beside an idle thread (0: this thread alone).
 */
export function lintThreads(setting: string, jobs: number): LintThreads {
  if (!canUseWorkers()) return { workers: 0, here: true };
  if (setting === 'auto') return { workers: jobs >= WORKER_THRESHOLD && availableParallelism() >= 2 ? 1 : 0, here: true };
  const workers = Math.min(Number(setting), Math.max(1, Math.ceil(jobs / CHUNK)));
  return { workers, here: workers === 0 };
}

/**
 * Runs the jobs in this thread, in worker threads or in both; results keep the jobs' order. In
 * this thread alone, with `helpers`, a large plan's parse is shared with a helper thread. A job
 * sent to a worker (or linted here beside one) keeps its place in `jobs` but not its text.
 */
export async function runJobs(jobs: LintJob[], config: Config, threads: LintThreads, helpers = false): Promise<LintOutcome[]> {
  limitHeapGrowth(jobs.some((job) => job.size >= LARGE_PLAN) ? 20 : 200);
  if (threads.workers <= 0 || jobs.length === 0) {
    const outcomes: LintOutcome[] = [];
    for (const unread of jobs) {
      const job = loadJob(unread);
      if (!('fix' in job)) outcomes.push(job);
      else if (helpers && !job.fix && job.text.length >= SPLIT_PARSE_MIN && availableParallelism() >= 2 && canUseWorkers()) outcomes.push(await runJobWithHelper(job, config));
      else outcomes.push(runJob(job, config));
    }
    return outcomes;
  }
  // Outcomes stay serialized (structured clone bytes, outside the JS heap) until all are in: this
  // thread's heap grows to three times what it holds (limitHeapGrowth), and 2,000 reports are
  // about 20 MB as objects. Linting here beside a worker, that was 40 MB more peak for 2,000 real plans.
  const packed: Array<{ start: number; data: Buffer }> = [];
  let next = 0;
  // A job's text, when the main thread read it (--cache), is not needed once the job is sent or done.
  const forget = (index: number) => {
    if (jobs[index].text !== undefined) jobs[index] = { ...jobs[index], text: undefined };
  };
  const lintThreadCount = threads.workers + (threads.here ? 1 : 0);
  // Smaller batches towards the end, so that the threads finish together.
  const batch = () => Math.max(1, Math.min(CHUNK, Math.ceil((jobs.length - next) / (4 * lintThreadCount))));
  // This thread's messages wait while it lints a plan: then a worker keeps a second batch in hand.
  const inFlight = threads.here ? 2 : 1;
  const serve = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: { [WORKER_FLAG]: true, config } });
      let pending = 0;
      let done = false;
      const send = () => {
        while (pending < inFlight && next < jobs.length) {
          const start = next;
          next = Math.min(jobs.length, next + batch());
          pending++;
          worker.postMessage({ start, jobs: jobs.slice(start, next) });
          for (let index = start; index < next; index++) forget(index);
        }
        if (pending === 0 && !done) {
          done = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (message: { start: number; outcomes: Uint8Array }) => {
        packed.push({ start: message.start, data: Buffer.from(message.outcomes.buffer, message.outcomes.byteOffset, message.outcomes.byteLength) });
        pending--;
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!done) reject(new Error(`lint worker stopped unexpectedly (exit code ${code})`));
      });
      send();
    });
  const here = async () => {
    while (next < jobs.length) {
      const index = next++;
      packed.push({ start: index, data: serialize([runJob(jobs[index], config)]) });
      forget(index);
      // Let the workers' messages in between plans.
      await nextTurn();
    }
  };
  await Promise.all([...Array.from({ length: threads.workers }, serve), ...(threads.here ? [here()] : [])]);
  const results: LintOutcome[] = new Array(jobs.length);
  for (const { start, data } of packed) (deserialize(data) as LintOutcome[]).forEach((outcome, index) => (results[start + index] = outcome));
  return results;
}

/** The worker's side: lint each batch it is sent and post the outcomes back. */
export function serveLintJobs(config: Config): void {
  parentPort!.on('message', (message: { start: number; jobs: LintJob[] }) => {
    parentPort!.postMessage({ start: message.start, outcomes: serialize(message.jobs.map((job) => runJob(job, config))) });
  });
}
