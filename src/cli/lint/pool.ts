import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { parentPort, Worker } from 'node:worker_threads';
import type { Config } from '../../core/index.js';
import { runJob, runJobWithHelper, type LintJob, type LintOutcome } from './job.js';
import { SPLIT_PARSE_MIN } from './split-parse.js';

/**
 * Below this many files two workers lose to one thread: each new isolate loads
 * the bundle and warms up its JIT again. Measured on 2–6 KB plans: 300 files
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

/**
 * How many workers: 'auto' uses two when there are enough files and cores. Not
 * three: on two cores a third isolate only adds start-up and garbage collection
 * (measured slower). Not the machine's load either: a 1-minute load average
 * mostly counts the steps just before (npm ci, the previous lint) and made the
 * choice worse in bench/cli.ts.
 */
export function workerCount(setting: string, jobs: number): number {
  if (!canUseWorkers()) return 0;
  if (setting === 'auto') return jobs >= WORKER_THRESHOLD && availableParallelism() >= 2 ? 2 : 0;
  return Math.min(Number(setting), Math.max(1, Math.ceil(jobs / CHUNK)));
}

/**
 * Runs the jobs in this thread (workers = 0) or spread over worker threads; results
 * keep the jobs' order. In this thread, with `helpers`, a large plan's parse is shared
 * with a helper thread. A job sent to a worker keeps its place in `jobs` but not its text.
 */
export async function runJobs(jobs: LintJob[], config: Config, workers: number, helpers = false): Promise<LintOutcome[]> {
  limitHeapGrowth(jobs.some((job) => job.text.length >= LARGE_PLAN) ? 20 : 200);
  if (workers <= 0 || jobs.length === 0) {
    const outcomes: LintOutcome[] = [];
    for (const job of jobs) {
      const shared = helpers && !job.fix && job.text.length >= SPLIT_PARSE_MIN && availableParallelism() >= 2 && canUseWorkers();
      outcomes.push(shared ? await runJobWithHelper(job, config) : runJob(job, config));
    }
    return outcomes;
  }
  const results: LintOutcome[] = new Array(jobs.length);
  let next = 0;
  const serve = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: { [WORKER_FLAG]: true, config } });
      let busy = false;
      const send = () => {
        if (next >= jobs.length) {
          busy = false;
          void worker.terminate().then(() => resolve());
          return;
        }
        const start = next;
        next = Math.min(jobs.length, next + CHUNK);
        busy = true;
        worker.postMessage({ start, jobs: jobs.slice(start, next) });
        // The worker has its own copy now: this thread need not hold 2,000 plans' text to the end.
        for (let index = start; index < next; index++) jobs[index] = { ...jobs[index], text: '' };
      };
      worker.on('message', (message: { start: number; outcomes: LintOutcome[] }) => {
        message.outcomes.forEach((outcome, index) => (results[message.start + index] = outcome));
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (busy) reject(new Error(`lint worker stopped unexpectedly (exit code ${code})`));
      });
      send();
    });
  await Promise.all(Array.from({ length: workers }, serve));
  return results;
}

/** The worker's side: lint each batch it is sent and post the outcomes back. */
export function serveLintJobs(config: Config): void {
  parentPort!.on('message', (message: { start: number; jobs: LintJob[] }) => {
    parentPort!.postMessage({ start: message.start, outcomes: message.jobs.map((job) => runJob(job, config)) });
  });
}
