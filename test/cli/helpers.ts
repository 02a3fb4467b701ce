import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `innovatie <argv>` in `cwd`. */
export async function run(argv: string[], cwd: string, extra: { version?: string; today?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, color: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), ...extra });
  return { code, stdout, stderr };
}

/** A fresh temporary folder per test; `cleanup` removes every folder made so far. */
const made: string[] = [];
export function tempDir(prefix = 'innovatie-cli-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

export const read = (dir: string, name: string): string => readFileSync(path.join(dir, name), 'utf8');

const WHO_TO_HOW = `## Wie

Eigenaar: Jan de Vries, teamleider Publiekszaken van gemeente Zaanwijk.

## Wat

Een online afsprakenloket waarmee inwoners zelf een afspraak voor een paspoort maken.

## Hoe

Eerst een pilot met twee balies in het stadhuis, daarna de uitrol naar alle balies.

## Wanneer

De pilot start op 1 maart 2027 en is klaar op 1 december 2027.
`;

/** Answers all five questions: no findings at all. */
export const COMPLETE_PLAN = `# Digitaal afsprakenloket

${WHO_TO_HOW}
## Kosten

| Post | Bedrag |
| --- | --- |
| Software | € 20.000 |
| Inrichting | € 10.000 |
| Totaal | € 30.000 |
`;

/** Leaves kosten out: one error, fixable by inserting a section. */
export const PLAN_WITHOUT_COST = `# Digitaal afsprakenloket\n\n${WHO_TO_HOW}`;

/** A cost table whose total is wrong: an error the fix repairs. */
export const PLAN_WITH_WRONG_TOTAL = COMPLETE_PLAN.replace('| Totaal | € 30.000 |', '| Totaal | € 35.000 |');

/** Only warnings: a left-over TODO. */
export const PLAN_WITH_TODO = COMPLETE_PLAN.replace('daarna de uitrol', 'daarna (TODO: welke balies) de uitrol');

export const REPO = path.resolve(__dirname, '..', '..');
export const CLI = path.join(REPO, 'dist', 'cli.js');
let built: Promise<void> | undefined;

/** Builds dist/cli.js once per test run (the spawn tests need the real bundle). */
export function buildCli(): Promise<void> {
  built ??= import('node:child_process').then(({ execFileSync }) => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
  });
  return built;
}
