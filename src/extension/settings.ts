import * as vscode from 'vscode';
import type { Config } from '../core/index.js';
import { resolveLanguage, type UiLanguage } from './logic/language.js';
import { PathPatterns } from './logic/patterns.js';
import type { PlanFileRules } from './logic/planFiles.js';

/** The `innovatie.*` settings, read fresh each time: VS Code caches them already. */
export interface Settings {
  language: UiLanguage;
  plans: string[];
  debounceMs: number;
  codeLens: boolean;
  rules: Record<string, string>;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const section = vscode.workspace.getConfiguration('innovatie', scope);
  return {
    language: resolveLanguage(section.get<string>('language'), vscode.env.language),
    plans: section.get<string[]>('plans') ?? [],
    debounceMs: section.get<number>('debounceMs') ?? 300,
    codeLens: section.get<boolean>('codeLens') ?? true,
    rules: section.get<Record<string, string>>('rules') ?? {},
  };
}

export function uiLanguage(scope?: vscode.Uri): UiLanguage {
  return readSettings(scope).language;
}

/** `innovatie.rules` wins over the rules of `.innovatierc.json`; the rest comes from the file. */
export function effectiveConfig(config: Config, settings: Settings): Config {
  if (Object.keys(settings.rules).length === 0) return config;
  return { ...config, rules: { ...config.rules, ...(settings.rules as Config['rules']) } };
}

export function planFileRules(config: Config, settings: Settings): PlanFileRules {
  return { plans: new PathPatterns([...(config.plans ?? []), ...settings.plans]), ignore: new PathPatterns(config.ignore ?? []) };
}

/** A path relative to its workspace folder, for matching `plans` and `ignore`. */
export function workspaceRelativePath(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}
