/** The HTML around every webview page of ours: the CSP first, then the caller's head and body. Pure, no `vscode`. */
import { escapeHtml } from '../../core/index.js';

export interface Shell {
  language: string;
  /** The Content-Security-Policy, as one string of directives. */
  csp: string;
  title: string;
  /** Elements for the head after the title (a nonce'd stylesheet). */
  head: string;
  body: string;
}

export function htmlPage(shell: Shell): string {
  return `<!DOCTYPE html>
<html lang="${shell.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${shell.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(shell.title)}</title>
${shell.head}
</head>
<body>
${shell.body}
</body>
</html>`;
}
