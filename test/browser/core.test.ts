import { mustNotSkip } from '../fullSuite.js';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'core.browser.mjs');
const CHROMIUM = process.env.INNOVATIE_CHROMIUM ?? '/usr/bin/chromium';
const IN_CI = mustNotSkip();

const PAGE = `<!doctype html><meta charset="utf-8"><title>core</title>
<script type="module">
  import { lint } from '/core.browser.mjs';
  const plan = '# Plan\\n\\n## Wie\\n\\nSanne Bakker, CIO gemeente Dalfsen.\\n\\n## Kosten\\n\\nPM\\n';
  const result = lint(plan, { language: 'en' });
  window.result = { kind: result.plan.kind, coverage: result.coverage, rules: result.findings.map((f) => f.ruleId) };
</script>`;

/** The core's browser bundle (what vscode.dev loads) runs in a real Chromium, no Node APIs. */
describe('core in the browser', function () {
  this.timeout(60_000);
  let server: Server;
  let browser: Browser | undefined;

  before(function () {
    if (!existsSync(CHROMIUM) || !existsSync(BUNDLE)) {
      const reason = !existsSync(BUNDLE) ? `${BUNDLE} missing (run npm run build)` : `no Chromium at ${CHROMIUM}`;
      if (IN_CI) throw new Error(`browser test cannot run in CI: ${reason}`);
      console.warn(`\n!!! BROWSER TEST SKIPPED: ${reason}\n`);
      this.skip();
    }
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('lints a plan in Chromium', async () => {
    server = createServer((request, response) => {
      if (request.url === '/core.browser.mjs') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(BUNDLE));
      } else response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (window as unknown as { result?: unknown }).result !== undefined, undefined, { timeout: 20_000 });
    const result = await page.evaluate(() => (window as unknown as { result: { kind: string; coverage: Record<string, string>; rules: string[] } }).result);
    assert.deepEqual(errors, []);
    assert.equal(result.kind, 'plan');
    assert.deepEqual(result.coverage, { wie: 'answered', wat: 'missing', hoe: 'missing', wanneer: 'missing', kosten: 'weak' });
    assert.ok(result.rules.includes('question-kosten'));
  });
});
