// Packages the extension as dist/innovatie.vsix.
//
// package.json has a "files" list for the npm package (the CLI), and .vscodeignore says what the
// extension ships; vsce refuses to package when both exist. So this script builds once, copies the
// files that .vscodeignore keeps (as `vsce ls` lists them) into a staging folder whose package.json
// has no "files", and runs vsce there: the license and repository checks stay on.
// Publish the result with `vsce publish --packagePath dist/innovatie.vsix`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'innovatie.vsix');
const vsceBin = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit' });

run(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--production'], root);

const { listFiles, PackageManager } = require('@vscode/vsce');
const files = await listFiles({ cwd: root, packageManager: PackageManager.None });

const stage = mkdtempSync(path.join(tmpdir(), 'innovatie-vsix-'));
try {
  for (const file of files) {
    if (file === 'package.json') continue;
    mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(stage, file));
  }
  copyFileSync(path.join(root, '.vscodeignore'), path.join(stage, '.vscodeignore'));
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  delete manifest.files;
  delete manifest.scripts['vscode:prepublish']; // built above, from the sources the staging folder lacks
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  mkdirSync(path.dirname(out), { recursive: true });
  run(process.execPath, [vsceBin, 'package', '--no-dependencies', '-o', out], stage);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
