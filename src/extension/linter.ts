import * as vscode from 'vscode';
import { IncrementalParser, lint, type Config, type Language, type LintResult } from '../core/index.js';
import type { ConfigStore } from './configStore.js';
import { noticeDiagnostic, toDiagnostic } from './diagnostics.js';
import { debounceDelay, lintMode, sizeMode } from './logic/limits.js';
import { detectOptionsFor, effectiveConfig, readSettings } from './settings.js';

export interface LintState {
  version: number;
  result: LintResult;
  /** The core's detection (result.detection): a non-plan gets no problems, lenses or verdict. */
  isPlan: boolean;
  /** The language of the findings, for hovers and quick-fix titles to match them. */
  language: Language;
}

/** Schemes whose documents are views of other files (diffs, output): linting them duplicates problems. */
const SKIPPED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'comment', 'review', 'chat-editing-text-model']);

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && !SKIPPED_SCHEMES.has(document.uri.scheme);
}

/**
 * Lints open Markdown documents on open and while typing (debounced), with one
 * IncrementalParser per document so a keystroke re-parses only changed blocks.
 */
export class DocumentLinter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('innovatie');
  private readonly parsers = new Map<string, IncrementalParser>();
  private readonly states = new Map<string, LintState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastDuration = new Map<string, number>();
  private readonly warnedLarge = new Set<string>();
  private readonly linted = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's diagnostics were updated. */
  readonly onDidLint = this.linted.event;
  /** After "Lint all plans", closing a file keeps its problems, as for files never opened. */
  keepClosedDiagnostics = false;

  constructor(private readonly configs: ConfigStore, private readonly log: vscode.LogOutputChannel) {}

  schedule(document: vscode.TextDocument): void {
    try {
      this.scheduleLint(document);
    } catch (error) {
      this.log.error(`schedule ${document.uri.toString(true)}: ${(error as Error).stack ?? error}`);
    }
  }

  private scheduleLint(document: vscode.TextDocument): void {
    if (!isMarkdown(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const mode = sizeMode(length);
    if (mode === 'skip-large') {
      this.skip(document, mode);
      return;
    }
    const delay = debounceDelay(mode, readSettings(document.uri).debounceMs, this.lastDuration.get(key) ?? 0);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.lintDocument(document);
    }, delay));
  }

  /**
   * Lints after the config is loaded; never throws. Skips a version that is
   * linted already (hover may have done it) unless `force`, as after a config change.
   */
  async lintDocument(document: vscode.TextDocument, force = false): Promise<LintState | undefined> {
    if (!isMarkdown(document) || document.isClosed) return undefined;
    try {
      const config = await this.configs.forUri(document.uri);
      if (document.isClosed) return undefined;
      const state = (!force && this.cached(document)) || this.lintWith(document, config);
      this.linted.fire(document);
      return state;
    } catch (error) {
      this.log.error(`lint ${document.uri.toString(true)}: ${(error as Error).stack ?? error}`);
      return undefined;
    }
  }

  /** The last state, even for an older version: enough for a summary line, and it never lints. */
  latest(document: vscode.TextDocument): LintState | undefined {
    return this.states.get(document.uri.toString());
  }

  /** The state for the document's current text if it was linted already; never lints. */
  cached(document: vscode.TextDocument): LintState | undefined {
    const state = this.states.get(document.uri.toString());
    return state?.version === document.version ? state : undefined;
  }

  /** The state for the document's current text, linting now if it is stale (hover, code actions). */
  current(document: vscode.TextDocument): LintState | undefined {
    const state = this.states.get(document.uri.toString());
    if (state?.version === document.version) return state;
    if (!isMarkdown(document)) return undefined;
    try {
      return this.lintWith(document, this.configs.peek(document.uri));
    } catch (error) {
      this.log.error(`lint ${document.uri.toString(true)}: ${(error as Error).stack ?? error}`);
      return undefined;
    }
  }

  private lintWith(document: vscode.TextDocument, fileConfig: Config): LintState | undefined {
    const key = document.uri.toString();
    const text = document.getText();
    const mode = lintMode(text);
    if (mode === 'skip-binary' || mode === 'skip-large') {
      this.skip(document, mode);
      return undefined;
    }
    const settings = readSettings(document.uri);
    let parser = this.parsers.get(key);
    if (!parser) this.parsers.set(key, (parser = new IncrementalParser()));
    const started = performance.now();
    let result: LintResult;
    try {
      const detect = detectOptionsFor(document.uri, fileConfig, settings);
      result = lint(text, { config: effectiveConfig(fileConfig, settings), language: settings.messageLanguage, parser, detect });
    } catch (error) {
      // A parse that failed half-way may have shifted cached blocks: start the next one clean.
      this.parsers.delete(key);
      throw error;
    }
    // The core returns no findings for a non-plan, so this also clears a file that stopped being one.
    // A part read as plain text is said once per part, also in a file that is not a plan: the user must
    // know why the checks there are partial rather than see nothing.
    const notices = (result.notices ?? []).map(noticeDiagnostic);
    this.diagnostics.set(document.uri, [...result.findings.map((finding) => toDiagnostic(finding, document.uri)), ...notices]);
    const elapsed = performance.now() - started;
    this.lastDuration.set(key, elapsed);
    this.log.debug(`linted ${vscode.workspace.asRelativePath(document.uri)} v${document.version} in ${elapsed.toFixed(1)} ms (${result.detection.reason.en})`);
    const state: LintState = { version: document.version, result, isPlan: result.detection.isPlan, language: result.language };
    this.states.set(key, state);
    return state;
  }

  private skip(document: vscode.TextDocument, mode: 'skip-binary' | 'skip-large'): void {
    this.forget(document);
    if (mode === 'skip-large') this.warnLarge(document);
  }

  private warnLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.warnedLarge.has(key)) return;
    this.warnedLarge.add(key);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} is larger than 10 MB, so Innovatie does not check it while you type.', vscode.workspace.asRelativePath(document.uri)),
    );
  }

  /** Drops per-document caches; `clear` also removes its problems. */
  forget(document: vscode.TextDocument, clear = true): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.parsers.delete(key);
    this.states.delete(key);
    this.lastDuration.delete(key);
    if (clear) this.diagnostics.delete(document.uri);
  }

  relintOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) if (isMarkdown(document)) void this.lintDocument(document, true);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.diagnostics.dispose();
    this.linted.dispose();
  }
}
