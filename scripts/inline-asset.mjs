// Lets the extension import a webview's script or stylesheet as text (`import script from
// 'inline-asset:webview/portfolio/main.ts'`), so the page carries them in nonce'd <script> and
// <style> elements. Why: a webview loads its own files through VS Code's service worker, which here
// held the portfolio's first paint back by about a second (see test/e2e/portfolio.test.ts).
// The text is built like the other bundles; a closing tag in it would end the element early, so
// the build fails instead.
import * as esbuild from 'esbuild';
import path from 'node:path';

const CLOSES = { '.ts': /<\/script|<!--/i, '.css': /<\/style/i };

/** @param {{ minify: boolean }} options */
export function inlineAsset({ minify }) {
  return {
    name: 'inline-asset',
    setup(build) {
      build.onResolve({ filter: /^inline-asset:/ }, (args) => ({ path: path.resolve(args.path.slice('inline-asset:'.length)), namespace: 'inline-asset' }));
      build.onLoad({ filter: /.*/, namespace: 'inline-asset' }, async (args) => {
        const extension = path.extname(args.path);
        if (!(extension in CLOSES)) return { errors: [{ text: `inline-asset: only .ts and .css can be inlined, not ${args.path}` }] };
        const result = await esbuild.build({
          entryPoints: [args.path], bundle: true, write: false, metafile: true, minify, target: 'es2022',
          platform: 'browser', format: extension === '.ts' ? 'iife' : undefined, logLevel: 'silent',
        });
        const text = result.outputFiles[0].text;
        const closing = text.match(CLOSES[extension]);
        if (closing) return { errors: [{ text: `inline-asset: ${args.path} contains "${closing[0]}", which the HTML parser would not keep inside its element` }] };
        return { contents: text, loader: 'text', watchFiles: Object.keys(result.metafile.inputs).map((input) => path.resolve(input)) };
      });
    },
  };
}
