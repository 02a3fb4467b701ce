import type { Plugin } from 'esbuild';

/** See inline-asset.mjs. */
export function inlineAsset(options: { minify: boolean }): Plugin;
