/** The texts `innovatie init` prints: how to run the linter before each commit and in CI. */

export const PRE_COMMIT_HOOK = `#!/bin/sh
# innovatie: refuse a commit whose staged plans leave wie / wat / hoe / wanneer / kosten open.
git diff --cached --name-only --diff-filter=ACMR -z -- '*.md' '*.markdown' |
  xargs -0 sh -c '[ "$#" -eq 0 ] || exec npx --no-install innovatie lint --quiet "$@"' innovatie-pre-commit
`;

export const GITHUB_ACTIONS_STEP = `      - run: npx innovatie lint --format github .
      # or, for code scanning:
      - run: npx innovatie lint --format sarif --output-file innovatie.sarif . || true
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: innovatie.sarif
`;

export function nextSteps(written: string[]): string {
  const indent = (text: string) => text.replace(/^(?=.)/gm, '    ');
  return [
    ...written.map((file) => `Wrote ${file}`),
    '',
    'Next steps',
    '',
    '  1. Lint every plan before it is committed: save this as .git/hooks/pre-commit',
    '     and make it executable (chmod +x .git/hooks/pre-commit), or add the same',
    '     command to your hook manager (husky, lefthook, pre-commit):',
    '',
    indent(PRE_COMMIT_HOOK),
    '  2. Run the same check in CI. In a GitHub Actions job (after actions/checkout',
    '     and npm ci), add:',
    '',
    indent(GITHUB_ACTIONS_STEP),
    '  3. Type inno- in a Markdown file in VS Code for the snippets in',
    '     .vscode/innovatie.code-snippets; innovatie new --list shows the templates.',
    '',
  ].join('\n');
}
