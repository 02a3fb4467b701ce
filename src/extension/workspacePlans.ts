import * as vscode from 'vscode';
import { lint, type Finding, type LintResult } from '../core/index.js';
import type { ConfigStore } from './configStore.js';
import { isMarkdown } from './linter.js';
import { lintMode, SKIP_ABOVE_BYTES } from './logic/limits.js';
import { detectOptionsFor, effectiveConfig, readSettings, workspaceRelativePath } from './settings.js';

/** What the Plans view and "Lint all plans" need to know about one Markdown file. */
export interface PlanSummary {
  uri: vscode.Uri;
  relativePath: string;
  title?: string;
  kind: string;
  coverage: LintResult['coverage'];
  /** 1-based line where each of the five questions is answered (or attempted). */
  lines: Partial<Record<string, number>>;
  findings: Finding[];
}

interface Cached {
  stamp: string;
  summary?: PlanSummary;
}

export const MARKDOWN_GLOB = '**/*.{md,markdown}';
export const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

/**
 * Lints every Markdown file of the workspace and keeps what it learnt per file,
 * keyed by modification time (or document version when open and dirty).
 */
export class WorkspacePlans {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly configs: ConfigStore) {}

  invalidate(uri?: vscode.Uri): void {
    if (uri) this.cache.delete(uri.toString());
    else this.cache.clear();
  }

  async scan(token?: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<PlanSummary[]> {
    const uris = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB, undefined, token);
    const open = new Map(vscode.workspace.textDocuments.filter(isMarkdown).map((document) => [document.uri.toString(), document]));
    const plans: PlanSummary[] = [];
    for (const [index, uri] of uris.entries()) {
      if (token?.isCancellationRequested) break;
      progress?.(index, uris.length);
      const summary = await this.summarize(uri, open.get(uri.toString())).catch(() => undefined);
      if (summary) plans.push(summary);
      // Give the extension host a breath between files: typing must stay smooth.
      if (index % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return plans.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  }

  private async summarize(uri: vscode.Uri, document: vscode.TextDocument | undefined): Promise<PlanSummary | undefined> {
    let stamp: string;
    let text: string | undefined;
    if (document?.isDirty) {
      stamp = `v${document.version}`;
      text = document.getText();
    } else {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > SKIP_ABOVE_BYTES) return undefined;
      stamp = `${stat.mtime}:${stat.size}`;
    }
    const key = uri.toString();
    const cached = this.cache.get(key);
    if (cached?.stamp === stamp) return cached.summary;
    text ??= new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const summary = await this.lintText(uri, text);
    this.cache.set(key, { stamp, summary });
    return summary;
  }

  private async lintText(uri: vscode.Uri, text: string): Promise<PlanSummary | undefined> {
    if (lintMode(text) === 'skip-binary' || lintMode(text) === 'skip-large') return undefined;
    const config = await this.configs.forUri(uri);
    const settings = readSettings(uri);
    const relativePath = workspaceRelativePath(uri) ?? vscode.workspace.asRelativePath(uri);
    const detect = detectOptionsFor(uri, config, settings);
    const result = lint(text.replace(/^\uFEFF/, ''), { config: effectiveConfig(config, settings), language: settings.messageLanguage, detect });
    if (!result.detection.isPlan) return undefined;
    const lines: PlanSummary['lines'] = {};
    for (const [id, judgement] of result.plan.coverage) if (judgement.site) lines[id] = judgement.site.labelRange.start.line;
    return { uri, relativePath, title: result.plan.title?.text, kind: result.plan.kind, coverage: result.coverage, lines, findings: result.findings };
  }
}
