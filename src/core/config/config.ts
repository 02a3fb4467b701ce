import type { Severity } from '../findings.js';
import { KINDS, type Kind } from '../model/kind.js';
import { QUESTIONS } from '../model/vocabulary.js';
import { RULES_BY_ID } from '../rules/index.js';

export type RuleSetting = 'off' | Severity | 'warn';

/** The contents of `.innovatierc.json` (see schemas/innovatierc.schema.json). */
export interface Config {
  language?: 'nl' | 'en';
  rules?: Record<string, RuleSetting>;
  synonyms?: Record<string, string[]>;
  requiredQuestions?: Partial<Record<Kind, string[]>>;
  ignore?: string[];
  plans?: string[];
  /**
   * Pairs of plans scoring at least `threshold` (0..1) are reported as overlapping, except the pairs in
   * `distinct` (paths relative to this file) that the team has judged two initiatives.
   */
  overlap?: { threshold?: number; distinct?: string[][] };
}

export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

const SETTINGS = ['off', 'info', 'warning', 'warn', 'error'];
const KEYS = ['$schema', 'language', 'rules', 'synonyms', 'requiredQuestions', 'ignore', 'plans', 'overlap'];

/** Parses and checks a configuration file's text; throws ConfigError naming the file and key. */
export function parseConfig(text: string, file: string): Config {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const problems = validateConfig(data);
  if (problems.length > 0) throw new ConfigError(file, problems);
  return data as Config;
}

export function validateConfig(data: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(data)) return ['the configuration must be a JSON object'];
  for (const key of Object.keys(data)) if (!KEYS.includes(key)) problems.push(`unknown key '${key}' (known: ${KEYS.join(', ')})`);
  if (data.language !== undefined && data.language !== 'nl' && data.language !== 'en') problems.push(`'language' must be "nl" or "en"`);
  if (data.rules !== undefined) {
    if (!isObject(data.rules)) problems.push(`'rules' must be an object of rule id to severity`);
    else
      for (const [id, setting] of Object.entries(data.rules)) {
        if (!RULES_BY_ID.has(id)) problems.push(`'rules.${id}': no such rule (known: ${[...RULES_BY_ID.keys()].join(', ')})`);
        const value = Array.isArray(setting) ? setting[0] : setting;
        if (typeof value !== 'string' || !SETTINGS.includes(value)) problems.push(`'rules.${id}' must be one of ${SETTINGS.join(', ')}`);
      }
  }
  if (data.synonyms !== undefined) {
    if (!isObject(data.synonyms)) problems.push(`'synonyms' must be an object of question id to a list of words`);
    else
      for (const [id, words] of Object.entries(data.synonyms)) {
        if (!QUESTIONS[id]) problems.push(`'synonyms.${id}': no such question`);
        if (!isStringList(words)) problems.push(`'synonyms.${id}' must be a list of strings`);
      }
  }
  if (data.requiredQuestions !== undefined) {
    if (!isObject(data.requiredQuestions)) problems.push(`'requiredQuestions' must be an object of kind to a list of question ids`);
    else
      for (const [kind, ids] of Object.entries(data.requiredQuestions)) {
        if (!(KINDS as readonly string[]).includes(kind)) problems.push(`'requiredQuestions.${kind}': no such kind (known: ${KINDS.join(', ')})`);
        if (!isStringList(ids)) problems.push(`'requiredQuestions.${kind}' must be a list of question ids`);
        else for (const id of ids) if (!QUESTIONS[id]) problems.push(`'requiredQuestions.${kind}': no such question '${id}'`);
      }
  }
  for (const key of ['ignore', 'plans'] as const) {
    if (data[key] !== undefined && !isStringList(data[key])) problems.push(`'${key}' must be a list of glob strings`);
  }
  if (data.overlap !== undefined) problems.push(...validateOverlap(data.overlap));
  return problems;
}

export function severityOf(setting: RuleSetting | RuleSetting[] | undefined, fallback: Severity): Severity | 'off' {
  const value = Array.isArray(setting) ? setting[0] : setting;
  if (value === undefined) return fallback;
  return value === 'warn' ? 'warning' : value;
}

function validateOverlap(overlap: unknown): string[] {
  if (!isObject(overlap)) return [`'overlap' must be an object, e.g. {"threshold": 0.3}`];
  const problems = Object.keys(overlap).filter((key) => key !== 'threshold' && key !== 'distinct').map((key) => `unknown key 'overlap.${key}' (known: threshold, distinct)`);
  const threshold = overlap.threshold;
  if (threshold !== undefined && (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1))) problems.push(`'overlap.threshold' must be a number from 0 to 1`);
  const distinct = overlap.distinct;
  if (distinct !== undefined && !(Array.isArray(distinct) && distinct.every((pair) => isStringList(pair) && pair.length === 2 && pair[0] !== pair[1]))) {
    problems.push(`'overlap.distinct' must be a list of pairs of two different plan paths, e.g. [["plans/a.md", "plans/b.md"]]`);
  }
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
