import { existsSync } from 'node:fs';
import path from 'node:path';

let root: string | undefined;

/**
 * The folder that holds templates/, snippets/ and schemas/. The bundle lives in
 * dist/, so it is `path.join(__dirname, '..')`; from source (tests) it is further up.
 */
export function assetRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'templates', 'index.json'))) return (root = dir);
    if (path.dirname(dir) === dir) return (root = path.join(__dirname, '..'));
  }
}

export const templatesDir = (): string => path.join(assetRoot(), 'templates');
export const snippetsFile = (): string => path.join(assetRoot(), 'snippets', 'innovatie.code-snippets');
export const schemaFile = (): string => path.join(assetRoot(), 'schemas', 'innovatierc.schema.json');
