/**
 * End-to-end harness: runs a .vsix in a real VS Code (code-server 4.100.3 =
 * VS Code 1.100, installed by test/e2e/setup.sh) and drives the workbench with
 * headless Debian Chromium through playwright-core. No `vscode` import here:
 * this runs in the Mocha process, the extension runs inside code-server.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

const execFileP = promisify(execFile);

export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM_PATH = process.env.INNOVATIE_CHROMIUM ?? '/usr/bin/chromium';
export const CACHE_ROOT = process.env.INNOVATIE_CACHE ?? join(homedir(), '.cache', 'innovatie');
export const CODE_SERVER_DIR = join(CACHE_ROOT, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_BIN = join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
const INSTALL_MARKER = join(CODE_SERVER_DIR, '.install-complete');

/** Settings from the recipe: keep trust/startup/telemetry dialogs out of the way. */
export const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
};

/** Make typed text land verbatim (no auto-closing, suggestions eating Enter, ...). Override via `settings`. */
export const TYPING_SETTINGS = {
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.autoIndent': 'none',
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.formatOnType': false,
  'files.autoSave': 'off',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
};

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function e2eAvailable(): { ok: boolean; reason?: string } {
  if (!existsSync(CHROMIUM_PATH)) return { ok: false, reason: `${CHROMIUM_PATH} not found (run test/e2e/setup.sh)` };
  if (!existsSync(INSTALL_MARKER) || !existsSync(CODE_SERVER_BIN)) {
    return { ok: false, reason: `code-server ${CODE_SERVER_VERSION} not installed in ${CODE_SERVER_DIR} (run test/e2e/setup.sh)` };
  }
  return { ok: true };
}

export interface StartOptions {
  /** The extension under test. */
  vsixPath: string;
  /** Files to create in the workspace folder, relative path -> content. */
  workspaceFiles?: Record<string, string>;
  /** Extra user settings, merged over BASE_SETTINGS and TYPING_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Print progress to stderr (default: env INNOVATIE_E2E_VERBOSE). */
  verbose?: boolean;
}

const live = new Set<Session>();
process.once('exit', () => { for (const s of live) s.killServerSync(); });

export async function startVSCode(opts: StartOptions): Promise<Session> {
  const avail = e2eAvailable();
  if (!avail.ok) throw new Error(`e2e not available: ${avail.reason}`);
  const root = mkdtempSync(join(tmpdir(), 'innovatie-e2e-'));
  const session = new Session(root, opts.verbose ?? !!process.env.INNOVATIE_E2E_VERBOSE);
  try {
    await session.start(opts);
    return session;
  } catch (err) {
    const log = session.exthostLog() || '(no extension host log)';
    const out = session.serverOutput() || '(no output)';
    await session.close().catch(() => undefined); // removes the temp dirs: read logs first
    throw new Error(`${(err as Error).message}\n--- code-server output ---\n${out}\n--- exthost log ---\n${log}`);
  }
}

export class Session {
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly workspaceDir: string;
  /** Milliseconds per start-up phase. */
  readonly timings: Record<string, number> = {};
  port = 0;
  browser?: Browser;
  private _page?: Page;
  private server?: ChildProcess;
  private serverExited = false;
  private readonly serverLogPath: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(readonly rootDir: string, private readonly verbose: boolean) {
    this.userDataDir = join(rootDir, 'user-data');
    this.extensionsDir = join(rootDir, 'extensions');
    this.workspaceDir = join(rootDir, 'workspace');
    this.serverLogPath = join(rootDir, 'code-server.log');
    // XDG_* keep code-server's config.yaml and coder-logs out of the real home.
    this.env = { ...process.env, XDG_CONFIG_HOME: join(rootDir, 'xdg-config'), XDG_DATA_HOME: join(rootDir, 'xdg-data') };
  }

  get page(): Page {
    if (!this._page) throw new Error('session not started');
    return this._page;
  }

  private log(msg: string): void {
    if (this.verbose) console.error(`[e2e] ${msg}`);
  }

  private async phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    this.log(`${name}...`);
    try { return await fn(); } finally {
      this.timings[name] = Math.round(performance.now() - t0);
      this.log(`${name}: ${this.timings[name]} ms`);
    }
  }

  /** @internal called by startVSCode */
  async start(opts: StartOptions): Promise<void> {
    await this.phase('prepareDirs', async () => {
      for (const d of [this.userDataDir, this.extensionsDir, this.workspaceDir]) mkdirSync(d, { recursive: true });
      mkdirSync(join(this.userDataDir, 'User'), { recursive: true });
      const settings = { ...BASE_SETTINGS, ...TYPING_SETTINGS, ...(opts.settings ?? {}) };
      writeFileSync(join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
      for (const [rel, content] of Object.entries(opts.workspaceFiles ?? {})) {
        const p = join(this.workspaceDir, rel);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, content);
      }
    });

    await this.phase('installExtension', async () => {
      if (!existsSync(opts.vsixPath)) throw new Error(`vsix not found: ${opts.vsixPath}`);
      const { stdout, stderr } = await execFileP(process.execPath, [CODE_SERVER_BIN, ...this.commonArgs(),
        '--install-extension', opts.vsixPath], { env: this.env, timeout: 120_000 });
      if (!/successfully installed/i.test(stdout + stderr)) {
        throw new Error(`installing ${opts.vsixPath} failed:\n${stdout}\n${stderr}`);
      }
    });

    await this.phase('startServer', async () => {
      this.port = await freePort();
      const fd = openSync(this.serverLogPath, 'a');
      this.server = spawn(process.execPath, [CODE_SERVER_BIN, ...this.commonArgs(),
        '--auth', 'none', '--bind-addr', `127.0.0.1:${this.port}`,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        this.workspaceDir], { env: this.env, detached: true, stdio: ['ignore', fd, fd] });
      closeSync(fd);
      live.add(this);
      this.server.once('exit', () => { this.serverExited = true; });
      await this.waitForServer(30_000);
    });

    await this.phase('launchBrowser', async () => {
      // env: keeps Chromium's crash-report dir out of ~/.config too.
      this.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, env: this.env });
      const context = await this.browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: this.baseUrl });
      this._page = await context.newPage();
    });

    await this.phase('loadWorkbench', async () => {
      await this.page.goto(`${this.baseUrl}/?folder=${encodeURIComponent(this.workspaceDir)}`);
      await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      // The Explorer shows the folder once the remote connection is up.
      await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 })
        .catch(() => undefined); // empty workspaces have no rows
    });
  }

  private commonArgs(): string[] {
    return ['--extensions-dir', this.extensionsDir, '--user-data-dir', this.userDataDir,
      '--config', join(this.rootDir, 'code-server.yaml')];
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async waitForServer(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.serverExited) throw new Error(`code-server exited early (exit code ${this.server?.exitCode})`);
      try {
        const res = await fetch(`${this.baseUrl}/healthz`);
        if (res.ok) return;
      } catch { /* not listening yet */ }
      await sleep(100);
    }
    throw new Error(`code-server did not answer on ${this.baseUrl} within ${timeoutMs} ms`);
  }

  /** Text code-server printed (stdout and stderr). */
  serverOutput(): string {
    return existsSync(this.serverLogPath) ? readFileSync(this.serverLogPath, 'utf8') : '';
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Press `key` until the quick input shows. A key pressed while focus is still moving (out of a
   * webview, on a loaded machine) can be lost, so one press is not enough to wait on.
   */
  private async quickInput(key: string, timeoutMs = 15_000): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press(key);
      try {
        await widget.waitFor({ state: 'visible', timeout: Math.min(3_000, Math.max(500, deadline - Date.now())) });
        return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
      }
    }
  }

  /** Open a workspace file with Quick Open (Ctrl+P) and wait for its tab to be active. */
  async openFile(relPath: string, timeoutMs = 30_000): Promise<void> {
    const page = this.page;
    const name = basename(relPath);
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 1; ; attempt++) {
      await this.quickInput('Control+P');
      await page.keyboard.type(relPath);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
      try {
        // The file index is built by ripgrep after start-up; retry until it lists the file.
        await row.waitFor({ state: 'visible', timeout: Math.min(5_000, Math.max(500, deadline - Date.now())) });
        await page.keyboard.press('Enter');
        break;
      } catch (err) {
        await page.keyboard.press('Escape');
        if (Date.now() > deadline) throw new Error(`Quick Open did not find ${relPath} (${attempt} attempts): ${err}`);
      }
    }
    await page.locator('.tabs-container .tab.active', { hasText: name })
      .waitFor({ state: 'visible', timeout: Math.max(1_000, deadline - Date.now()) });
  }

  /** Run a command from the palette (F1) by its title as shown, e.g. "File: Save". */
  async runCommand(title: string, timeoutMs = 10_000): Promise<void> {
    const page = this.page;
    await this.quickInput('F1');
    await page.keyboard.type(title);
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const want = title.toLowerCase();
    const deadline = Date.now() + timeoutMs;
    // Keys typed while focus is still moving (from a webview, say) can be lost, and a command whose
    // `when` clause turns true after the palette opened is not listed: reopen it now and then.
    let refillAt = Date.now() + 2_000;
    while (Date.now() < deadline) {
      const labels = await rows.evaluateAll(els => els.map(e => e.getAttribute('aria-label') ?? (e as HTMLElement).innerText));
      const i = labels.findIndex(l => l.toLowerCase().startsWith(want));
      if (i >= 0) {
        await rows.nth(i).click();
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
        return;
      }
      if (Date.now() > refillAt) {
        const input = page.locator('.quick-input-widget .quick-input-box input').first();
        if (await input.isVisible()) await page.keyboard.press('Escape');
        await this.quickInput('F1');
        await input.fill(`>${title}`);
        refillAt = Date.now() + 2_000;
      }
      await sleep(100);
    }
    await page.keyboard.press('Escape');
    throw new Error(`command "${title}" not found in the command palette`);
  }

  /** Open the Problems panel if needed and return its text. */
  async problemsText(): Promise<string> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: 10_000 });
    }
    return panel.innerText();
  }

  /** Poll the Problems panel until `predicate(text)` holds; returns the text. */
  async waitForProblems(predicate: (text: string) => boolean, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      text = await this.problemsText();
      if (predicate(text)) return text;
      await sleep(250);
    }
    throw new Error(`Problems panel did not match within ${timeoutMs} ms. Last text:\n${text}`);
  }

  /** Focus the active editor (without moving its cursor). */
  async focusEditor(): Promise<void> {
    const ta = this.page.locator('.editor-group-container.active .monaco-editor textarea').first();
    await ta.waitFor({ state: 'attached', timeout: 10_000 });
    await ta.focus();
  }

  /** Type into the active editor. `at`: where to put the cursor first (default: keep). */
  async typeInEditor(text: string, at: 'keep' | 'start' | 'end' = 'keep'): Promise<void> {
    await this.focusEditor();
    if (at === 'start') await this.page.keyboard.press('Control+Home');
    if (at === 'end') await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /**
   * Full text of the active editor. The workbench exposes no Monaco global, so
   * this selects all, copies, reads the clipboard and undoes the cursor move
   * (Cursor Undo). Falls back to the rendered `.view-lines` (visible lines only).
   */
  async editorText(): Promise<string> {
    const page = this.page;
    await this.focusEditor();
    try {
      await page.evaluate(() => navigator.clipboard.writeText('\u0000'));
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      let text = '\u0000';
      for (let i = 0; i < 20 && text === '\u0000'; i++) {
        text = await page.evaluate(() => navigator.clipboard.readText());
        if (text === '\u0000') await sleep(50);
      }
      await page.keyboard.press('Control+U'); // cursorUndo: restore the previous selection
      if (text !== '\u0000') return text.replace(/\r\n/g, '\n');
    } catch { /* fall through */ }
    return page.locator('.editor-group-container.active .monaco-editor .view-lines').first().evaluate(el => {
      const lines = [...el.querySelectorAll<HTMLElement>('.view-line')]
        .map(l => ({ top: parseFloat(l.style.top) || 0, text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top);
      return lines.map(l => l.text).join('\n');
    });
  }

  readWorkspaceFile(relPath: string): string {
    return readFileSync(join(this.workspaceDir, relPath), 'utf8');
  }

  /** Content frames of all open webviews (outer `iframe.webview` -> inner `#active-frame`). */
  async webviewFrames(): Promise<Frame[]> {
    const out: Frame[] = [];
    for (const frame of this.page.frames()) {
      const parent = frame.parentFrame();
      if (!parent || parent === this.page.mainFrame()) continue;
      const el = await frame.frameElement().catch(() => null);
      if (!el) continue;
      const id = await el.getAttribute('id').catch(() => null);
      const parentEl = await parent.frameElement().catch(() => null);
      const parentClass = parentEl ? (await parentEl.getAttribute('class').catch(() => '')) ?? '' : '';
      if (id === 'active-frame' && /\bwebview\b/.test(parentClass)) out.push(frame);
    }
    return out;
  }

  /** Wait for a webview whose content contains `selector` (CSS); returns its frame. */
  async waitForWebview(selector: string, timeoutMs = 20_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const f of await this.webviewFrames()) {
        if (await f.locator(selector).count().catch(() => 0)) return f;
      }
      await sleep(200);
    }
    throw new Error(`no webview with "${selector}" within ${timeoutMs} ms`);
  }

  /** Text of the remote extension host log(s): $USER_DATA/logs/* /exthost* /remoteexthost.log */
  exthostLog(): string {
    const logs = join(this.userDataDir, 'logs');
    if (!existsSync(logs)) return '';
    const parts: string[] = [];
    for (const run of readdirSync(logs)) {
      const runDir = join(logs, run);
      let entries: string[] = [];
      try { entries = readdirSync(runDir); } catch { continue; }
      for (const d of entries.filter(e => e.startsWith('exthost'))) {
        const f = join(runDir, d, 'remoteexthost.log');
        if (existsSync(f)) parts.push(readFileSync(f, 'utf8'));
      }
    }
    return parts.join('\n');
  }

  async screenshot(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await this.page.screenshot({ path });
  }

  /** @internal synchronous last-resort kill of code-server's process group. */
  killServerSync(signal: NodeJS.Signals = 'SIGKILL'): void {
    const pid = this.server?.pid;
    if (pid && !this.serverExited) {
      try { process.kill(-pid, signal); } catch { /* already gone */ }
    }
  }

  /** Close the browser, stop code-server (its process group, by PID) and remove temp dirs. */
  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    this.browser = undefined;
    const server = this.server;
    if (server?.pid && !this.serverExited) {
      const exited = new Promise<void>(res => server.once('exit', () => res()));
      this.killServerSync('SIGTERM');
      await Promise.race([exited, sleep(5_000)]);
      this.killServerSync('SIGKILL'); // stragglers in the group (extension host, pty host)
    }
    if (server?.pid) {
      try { process.kill(-server.pid, 'SIGKILL'); } catch { /* group is gone */ }
    }
    live.delete(this);
    if (process.env.INNOVATIE_E2E_KEEP) {
      console.error(`[e2e] keeping ${this.rootDir} (INNOVATIE_E2E_KEEP)`);
    } else {
      rmSync(this.rootDir, { recursive: true, force: true, maxRetries: 3 });
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise(res => setTimeout(res, ms));
}

/** A free TCP port on 127.0.0.1 (listen on port 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}
