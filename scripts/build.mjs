// One esbuild script for every entry point: extension (node and browser), CLI, webview, browser core.
import * as esbuild from 'esbuild';
import { fromMarkdownContext } from './from-markdown-context.mjs';
import { inlineAsset } from './inline-asset.mjs';

const { version } = JSON.parse((await import('node:fs')).readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  target: 'es2022',
  loader: { '.json': 'json' },
  plugins: [fromMarkdownContext, inlineAsset({ minify: production })],
  // jsonc-parser's "main" is a UMD build whose require() calls of its own files a bundle cannot follow.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

// Some ESM dependencies read import.meta.url, which a CommonJS bundle lacks.
const IMPORT_META_URL = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

// The CLI loads @resvg/resvg-js (a native binary per platform, the npm package's one dependency) only for PNG.
const builds = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['src/extension/browser.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', external: ['@resvg/resvg-js'], banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL}` }, define: { __VERSION__: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' } },
  { entryPoints: ['webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife' },
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.browser.mjs', platform: 'browser', format: 'esm' },
];

const existing = (await import('node:fs')).existsSync;
const selected = builds.filter((build) => existing(build.entryPoints[0]));
if (watch) {
  for (const build of selected) await (await esbuild.context({ ...common, ...build })).watch();
} else {
  await Promise.all(selected.map((build) => esbuild.build({ ...common, ...build })));
  console.log(`built ${selected.map((build) => build.outfile).join(', ')}`);
}
