import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { inlineAsset } from '../../scripts/inline-asset.mjs';

/** Builds a one-line entry that imports `asset` through the plugin; returns the text it gets, or throws. */
async function inlined(asset: string): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: `import text from 'inline-asset:${asset}'; export default text;`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent', plugins: [inlineAsset({ minify: true })],
  });
  const module = await import(`data:text/javascript,${encodeURIComponent(result.outputFiles[0].text)}`);
  return module.default as string;
}

describe('build: a webview\'s script and stylesheet carried in its page', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'inline-asset-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles the portfolio\'s script and stylesheet as text, with no tag that would close their element', async () => {
    const script = await inlined('webview/portfolio/main.ts');
    const style = await inlined('media/portfolio.css');
    assert.ok(script.length > 5_000 && /addEventListener/.test(script), 'the bundled script');
    assert.ok(style.length > 1_000 && /table/.test(style), 'the stylesheet');
    assert.doesNotMatch(script, /<\/script|<!--/i);
    assert.doesNotMatch(style, /<\/style/i);
  });

  it('keeps closing tags out of the text, and fails the build where it cannot', async () => {
    // esbuild writes "</script" and "</style" in strings and patterns as "<\/script", "<\/style"; "<!--" it leaves.
    writeFileSync(path.join(dir, 'closes.ts'), 'console.log("a </script> b", /<\\/script>/, `</SCRIPT>`);\n');
    writeFileSync(path.join(dir, 'closes.css'), 'p::after { content: "</style>"; }\n');
    writeFileSync(path.join(dir, 'comment.ts'), 'console.log("<!-- <script>");\n');
    assert.doesNotMatch(await inlined(path.join(dir, 'closes.ts')), /<\/script/i);
    assert.doesNotMatch(await inlined(path.join(dir, 'closes.css')), /<\/style/i);
    await assert.rejects(inlined(path.join(dir, 'comment.ts')), /contains "<!--", which the HTML parser would not keep inside its element/);
    await assert.rejects(inlined(path.join(dir, 'page.txt')), /only \.ts and \.css/);
  });
});
