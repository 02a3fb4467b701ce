import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { inlineAsset } from '../../scripts/inline-asset.mjs';

const ROOT = path.join(__dirname, '..', '..');

/** The web extension host has no Node: the browser entry must bundle with nothing but `vscode` left to require. */
describe('extension: browser entry', function () {
  this.timeout(30_000);

  it('bundles for the browser without Node built-ins', async () => {
    const result = await esbuild.build({
      entryPoints: [path.join(ROOT, 'src', 'extension', 'browser.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      loader: { '.json': 'json' },
      plugins: [inlineAsset({ minify: false })],
      logLevel: 'silent',
      metafile: true,
    });
    const code = result.outputFiles[0].text;
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]));
    assert.deepEqual([...required], ['vscode']);
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(!inputs.some((input) => /^node:|(^|\/)(fs|path|os|child_process)$/.test(input)), inputs.join('\n'));
  });

  it('the Node entry and the browser entry are the same code', () => {
    const strip = (file: string) => readFileSync(path.join(ROOT, 'src', 'extension', file), 'utf8').replace(/^\/\/.*\n/gm, '');
    assert.equal(strip('extension.ts'), strip('browser.ts'));
  });
});
