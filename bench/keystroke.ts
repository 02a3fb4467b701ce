/**
 * Keystroke latency of the editor's diagnostics, side by side in one run:
 *   kept:  re-lint after a one-character edit with the document's kept IncrementalParser
 *   fresh: lint the whole document from scratch (what a linter without the cache does)
 * Each step also turns the findings into diagnostic-shaped objects, as the extension does.
 * CPU time per keystroke (process.cpuUsage), medians over many edits, the two interleaved
 * so machine noise hits both alike. Only src/core: no vscode.
 *
 *   npx tsx bench/keystroke.ts [bytes=51200] [edits=200]
 */
import { IncrementalParser, lint, type Finding } from '../src/core/index.js';
import { generatePlan } from './plans.js';

const BYTES = Number(process.argv[2] ?? 50 * 1024);
const EDITS = Number(process.argv[3] ?? 200);
const WARMUP = 20;
const TARGET_MS = 10;

/** What toDiagnostic builds, minus the vscode classes. */
function toDiagnostics(findings: Finding[]) {
  return findings.map((finding) => ({
    range: [finding.range.start.line - 1, finding.range.start.column - 1, finding.range.end.line - 1, finding.range.end.column - 1],
    message: finding.message,
    severity: finding.severity,
    code: finding.ruleId,
  }));
}

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

// A few findings, so turning them into diagnostics is part of the measured work.
const FINDINGS = '\n## Begroting pilot\n\n| Post | Bedrag |\n| --- | --- |\n| Sensoren | € 20.000 |\n| Totaal | € 25.000 |\n\nTODO: {{team}} vult dit aan.\n';
let text = generatePlan(BYTES - FINDINGS.length) + FINDINGS;
// Type into the middle of a paragraph, as a writer does.
let cursor = text.indexOf('\n\n', Math.floor(text.length / 2)) - 1;
const parser = new IncrementalParser();
lint(text, { parser, language: 'nl' });

const kept: number[] = [];
const fresh: number[] = [];
let diagnostics = 0;
for (let i = 0; i < WARMUP + EDITS; i++) {
  const char = 'abcdefghij'[i % 10];
  text = text.slice(0, cursor) + char + text.slice(cursor);
  cursor++;
  const keptMs = cpuMs(() => {
    diagnostics = toDiagnostics(lint(text, { parser, language: 'nl' }).findings).length;
  });
  const freshMs = cpuMs(() => {
    toDiagnostics(lint(text, { language: 'nl' }).findings);
  });
  if (i >= WARMUP) {
    kept.push(keptMs);
    fresh.push(freshMs);
  }
}

const k = stats(kept);
const f = stats(fresh);
const format = (n: number) => n.toFixed(2).padStart(8);
console.log(`plan: ${(text.length / 1024).toFixed(1)} KB, ${text.split('\n').length} lines, ${diagnostics} diagnostics; ${EDITS} one-character edits (+${WARMUP} warm-up)`);
console.log(`CPU ms per keystroke        median      p90      max`);
console.log(`kept IncrementalParser  ${format(k.median)} ${format(k.p90)} ${format(k.max)}`);
console.log(`fresh whole document    ${format(f.median)} ${format(f.p90)} ${format(f.max)}`);
console.log(`ratio fresh / kept: ${(f.median / k.median).toFixed(1)}x (medians)`);
console.log(`target < ${TARGET_MS} ms per keystroke: ${k.median < TARGET_MS ? 'met' : 'NOT met'} (median ${k.median.toFixed(2)} ms)`);
process.exitCode = k.median < TARGET_MS ? 0 : 1;
