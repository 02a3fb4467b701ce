import path from 'node:path';
import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { answerEvidence, QUESTIONS, type AnswerEvidence, type Language } from '../../core/index.js';
import { readPlan, relative } from '../files.js';
import { loadConfig } from '../config.js';
import { UsageError, type CommandIO } from '../io.js';
import { lintText } from '../lint/engine.js';

export const EXPLAIN_HELP = `Usage: innovatie explain [options] <plan.md>

Shows, per question the plan is judged on, whether it is answered, weak or
missing, the lines that count and why, in the plan's language.

Options:
  -f, --format <name>   text (default) or json
      --language <nl|en> the language of the reasons (default: the config's, else the plan's)
  -h, --help            show this help
`;

const MARK = { answered: '✓', weak: '~', missing: '✗' } as const;
const STATUS = { nl: { answered: 'beantwoord', weak: 'zwak', missing: 'ontbreekt' }, en: { answered: 'answered', weak: 'weak', missing: 'missing' } };

export async function runExplain(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      language: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('name one plan to explain');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format '${values.format}' (use text or json)`);
  if (values.language !== undefined && values.language !== 'nl' && values.language !== 'en') throw new UsageError(`--language takes nl or en, not '${values.language}'`);
  const file = path.resolve(io.cwd, positionals[0]);
  const read = readPlan(file);
  if ('error' in read) throw new Error(`${positionals[0]}: ${read.error}`);
  const { config, file: configFile } = loadConfig(path.dirname(file));
  const result = lintText(read.text, config, { path: relative(configFile ? path.dirname(configFile) : io.cwd, file), force: false });
  const language: Language = (values.language as Language | undefined) ?? config.language ?? result.plan.language;
  const answers = answerEvidence(result.plan, language);
  const shownPath = relative(io.cwd, file);
  if (values.format === 'json') {
    io.stdout(JSON.stringify({ version: 1, path: shownPath, kind: result.plan.kind, plan: result.detection.isPlan, detection: result.detection.reason[language], answers }, null, 2) + '\n');
    return 0;
  }
  const c = pc.createColors(io.color);
  const out = [c.underline(shownPath), `  ${c.dim(result.plan.kind)}  ${c.dim(result.detection.reason[language])}`, ''];
  for (const [questionId, evidence] of Object.entries(answers)) out.push(...explainLines(questionId, evidence, language, c));
  io.stdout(out.join('\n') + '\n');
  return 0;
}

function explainLines(questionId: string, evidence: AnswerEvidence, language: Language, c: ReturnType<typeof pc.createColors>): string[] {
  const paint = evidence.status === 'answered' ? c.green : evidence.status === 'weak' ? c.yellow : c.red;
  const heading = QUESTIONS[questionId]?.heading[language] ?? questionId;
  const where = evidence.line === undefined ? '' : c.dim(evidence.line === evidence.endLine ? `  (${language === 'nl' ? 'regel' : 'line'} ${evidence.line})` : `  (${language === 'nl' ? 'regels' : 'lines'} ${evidence.line}-${evidence.endLine})`);
  const lines = [`${paint(`${MARK[evidence.status]} ${heading}`)} ${c.dim(`— ${STATUS[language][evidence.status]}`)}${where}`, `    ${evidence.reason}`];
  if (evidence.excerpt) lines.push(c.dim(`    “${evidence.excerpt}”`));
  lines.push('');
  return lines;
}
