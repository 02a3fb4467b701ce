/**
 * `npm run bench:hostile`: every kind of hostile input of issue 10 (deep nesting, runs
 * of brackets and emphasis markers, many headings, one huge line, binary, bad UTF-8,
 * a YAML alias bomb, unclosed fences and HTML) and one 5 MB plan of ordinary sections,
 * through `innovatie lint --format json` and markdownlint-cli2 (60 s timeout), each under
 * /usr/bin/time -v. Prints file, size, wall s, peak MB and outcome per tool.
 * Options: --mb N (size of the large cases, default 9), --only NAME, --skip-peer, --cli FILE (another bundle).
 * test/cli/hostile.test.ts uses `hostileFiles` at 1-2 MB.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface HostileFile {
  name: string;
  content: string | Buffer;
  /** Ordinary input: linted in full, no notice expected. */
  ordinary?: boolean;
}

const WORDS = 'de gemeente wil met inwoners en ondernemers samen werken aan een betere dienstverlening in de regio'.split(' ');

/** Lines of `line(i)` until about `bytes` characters. */
function fill(bytes: number, line: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const next = line(i);
    parts.push(next);
    size += next.length;
  }
  return parts.join('');
}

/** An ordinary section: heading, bold labels, a list, a table with links, prose. */
function section(i: number): string {
  return `## ${i + 1}. Project ${i}\n\n**Wie:** Sanne Bakker, CIO gemeente Dalfsen, met team ${i % 7}.\n\n**Wat:** ${WORDS.join(' ')}.\n\n` +
    `**Hoe:**\n\n- eerst een pilot in wijk ${i % 13}\n- daarna [de uitrol](https://example.org/${i}) naar alle wijken\n- tot slot een evaluatie\n\n` +
    `| Post | Bedrag |\n| --- | --- |\n| Inhuur | € ${1000 + i} |\n| Licenties | € 500 |\n| Totaal | € ${1500 + i} |\n\n` +
    `**Wanneer:** Q${(i % 4) + 1} 2027.\n\n`;
}

export function ordinaryPlan(bytes: number): string {
  return '---\nsoort: innovatieagenda\ntitel: Groot plan\n---\n\n# Innovatieagenda\n\n' + fill(bytes, section);
}

/** Every hostile case at about `bytes` (the small ones are as the issue names them). */
export function hostileFiles(bytes: number): HostileFile[] {
  const listLevels = Math.floor(Math.sqrt(bytes));
  const random = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const rnd = random(7);
  const noNul = Buffer.alloc(Math.min(bytes, 2 << 20), 0).map(() => 1 + Math.floor(rnd() * 255));
  return [
    { name: 'deep-list.md', content: '# Plan\n\n' + fill(bytes, (i) => `${'  '.repeat(i % listLevels)}- x\n`) },
    { name: 'deep-quote.md', content: '# Plan\n\n' + fill(bytes, (i) => `${'>'.repeat(i % listLevels)} x\n`) },
    { name: 'deep-mixed.md', content: '# Plan\n\n' + fill(bytes, (i) => `${'> - '.repeat(Math.min(i, 5000))}x\n`).slice(0, bytes) },
    { name: 'brackets.md', content: `# Plan\n\n${'['.repeat(50_000)}x${'](a'.repeat(50_000)}\n\n` + fill(bytes - 200_000, (i) => `${'[a'.repeat(50)}](${i} \n`) },
    { name: 'emphasis.md', content: `# Plan\n\n${'*a_'.repeat(50_000)}\n\n${'**'.repeat(50_000)}x\n\n` + fill(bytes - 300_000, () => `${'a*_b**'.repeat(50)}\n`) },
    { name: 'headings.md', content: fill(Math.min(bytes, 20_000 * 60), (i) => `## ${['Wie', 'Wat', 'Hoe', 'Wanneer', 'Kosten'][i % 5]} ${i}\n\nJan de Vries, € 100, Q1 2027.\n\n`) },
    { name: 'long-line.md', content: '# Plan\n\n' + fill(2 << 20, (i) => `${WORDS[i % WORDS.length]} `) + '\n' },
    { name: 'long-word.md', content: '# Plan\n\n' + 'a'.repeat(2 << 20) + '\n' },
    { name: 'binary.md', content: Buffer.from(Array.from({ length: 1 << 20 }, () => Math.floor(rnd() * 256))) },
    { name: 'binary-no-nul.md', content: Buffer.from(noNul) },
    { name: 'bad-utf8.md', content: Buffer.concat([Buffer.from('# Plan\n\n'), Buffer.from(fill(bytes >> 1, () => 'Wie: \xff\xfe\xc3( \xe2\x82 x\n'), 'latin1')]) },
    { name: 'yaml-bomb.md', content: `---\n${yamlBomb()}\n---\n\n# Plan\n\n## Wie\n\nJan.\n` },
    { name: 'unclosed-fence.md', content: '# Plan\n\n```\n' + fill(bytes, section) },
    { name: 'unclosed-html.md', content: '# Plan\n\n<!--\n' + fill(bytes, section) },
    // The splitter takes `</pre>` for an HTML block and misses the fence the parser opens after it.
    { name: 'hidden-fence.md', content: '# Plan\n\n> q\n</pre>\n```\n\n' + fill(bytes, section) },
    { name: 'long-list.md', content: '# Plan\n\n' + fill(bytes, (i) => `- punt ${i} met [link](https://x.nl/${i}) en **vet**\n`) },
    { name: 'long-table.md', content: '# Plan\n\n| a | b |\n| - | - |\n' + fill(bytes, (i) => `| ${i} | € ${i} |\n`) },
    { name: 'ordinary-5mb.md', content: ordinaryPlan(5 << 20), ordinary: true },
  ];
}

/** Billion laughs: nine levels of ten aliases each. */
function yamlBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const prev = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `soort: actieplan\n${lines.join('\n')}\neigenaar: *i`;
}

interface Run {
  seconds: number;
  peakMb: number;
  outcome: string;
}

/** Runs under /usr/bin/time -v and `timeout` (which kills the tool itself, not just its parent); the outcome is what a user would see. */
function measure(command: string[], cwd: string, timeoutMs: number, describe: (status: number | null, stdout: string, stderr: string) => string): Run {
  const start = performance.now();
  const seconds = String(timeoutMs / 1000);
  const result = spawnSync('/usr/bin/time', ['-v', 'timeout', '-s', 'KILL', seconds, ...command], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NODE_OPTIONS: '' } });
  const wall = (performance.now() - start) / 1000;
  const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')?.[1] ?? NaN) / 1024;
  if (result.status === 137 || /terminated by signal 9/.test(result.stderr ?? '')) return { seconds: wall, peakMb: peak, outcome: `killed after ${seconds} s` };
  return { seconds: wall, peakMb: peak, outcome: describe(result.status, result.stdout, result.stderr) };
}

function innovatieOutcome(status: number | null, stdout: string, stderr: string): string {
  const problem = /innovatie: [^:]+: (.*)/.exec(stderr)?.[1];
  if (problem) return `exit ${status}: ${problem.slice(0, 70)}`;
  try {
    const file = (JSON.parse(stdout) as { files: Array<{ findings: unknown[]; notices?: Array<{ message: string }> }> }).files[0];
    const notice = file.notices?.[0]?.message;
    return `exit ${status}, ${file.findings.length} findings${notice ? `; ${notice.slice(0, 60)}` : ''}`;
  } catch {
    return `exit ${status}: ${stderr.trim().split('\n').find((line) => /error|Error/.test(line))?.slice(0, 70) ?? 'no JSON'}`;
  }
}

function peerOutcome(status: number | null, stdout: string, stderr: string): string {
  const summary = /Summary: (\d+) error/.exec(stderr + stdout)?.[1];
  if (summary !== undefined) return `exit ${status}, ${summary} errors`;
  return `exit ${status}: ${(stderr.trim().split('\n').find((line) => /rror/.test(line)) ?? '').slice(0, 70)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const bytes = Number(option('--mb') ?? 9) * 1024 * 1024;
  const root = path.join(__dirname, '..');
  const folder = mkdtempSync(path.join(tmpdir(), 'innovatie-hostile-'));
  // A private copy of the bundle: other work may rebuild dist/ mid-run.
  const cli = path.join(folder, 'innovatie-cli.js');
  copyFileSync(option('--cli') ?? path.join(root, 'dist', 'cli.js'), cli);
  const markdownlint = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const rows: string[][] = [['file', 'size', 'tool', 'wall s', 'peak MB', 'outcome']];
  for (const file of hostileFiles(bytes).filter((file) => !option('--only') || file.name.includes(option('--only')!))) {
    writeFileSync(path.join(folder, file.name), file.content);
    const size = `${(file.content.length / 1048576).toFixed(1)} MB`;
    const ours = measure([process.execPath, cli, 'lint', '--format', 'json', file.name], folder, 60_000, innovatieOutcome);
    rows.push([file.name, size, 'innovatie', ours.seconds.toFixed(2), ours.peakMb.toFixed(0), ours.outcome]);
    if (!args.includes('--skip-peer')) {
      const peer = measure([process.execPath, markdownlint, file.name], folder, 60_000, peerOutcome);
      rows.push(['', '', 'markdownlint-cli2', peer.seconds.toFixed(2), peer.peakMb.toFixed(0), peer.outcome]);
    }
    rmSync(path.join(folder, file.name));
    process.stderr.write(`${rows.slice(-2).map((row) => row.join(' ')).join('\n')}\n`);
  }
  rmSync(folder, { recursive: true, force: true });
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const [index, row] of rows.entries()) {
    console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`);
    if (index === 0) console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  }
}

if (require.main === module) main();
