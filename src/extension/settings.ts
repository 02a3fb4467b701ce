import * as vscode from 'vscode';
import type { Config, DetectOptions, Language } from '../core/index.js';
import { explicitLanguage, resolveLanguage, type UiLanguage } from './logic/language.js';
import { planDetectOptions } from './logic/planFiles.js';

/** The `innovatie.*` settings, read fresh each time: VS Code caches them already. */
export interface Settings {
  /** The UI's language: the setting, else VS Code's display language. */
  language: UiLanguage;
  /** The language for messages about the plan; undefined (`auto`) lets the config or the plan decide. */
  messageLanguage?: Language;
  plans: string[];
  debounceMs: number;
  codeLens: boolean;
  rules: Record<string, string>;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const section = vscode.workspace.getConfiguration('innovatie', scope);
  const language = section.get<string>('language');
  return {
    language: resolveLanguage(language, vscode.env.language),
    messageLanguage: explicitLanguage(language),
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

/** What the core needs to decide whether the file at `uri` is a plan. */
export function detectOptionsFor(uri: vscode.Uri, config: Config, settings: Settings): DetectOptions {
  return planDetectOptions(workspaceRelativePath(uri), config, settings.plans);
}

/** A path relative to its workspace folder, for matching `plans` and `ignore`. */
export function workspaceRelativePath(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}
