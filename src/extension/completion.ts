import * as vscode from 'vscode';
import type { Assets } from './assets.js';
import type { DocumentLinter } from './linter.js';
import { blockTrigger, snippetPreview, snippetsFor, type SnippetEntry } from './logic/snippets.js';
import { uiLanguage } from './settings.js';

/**
 * Offers the plan blocks when a line starts with `/` (the typed `/…` is replaced)
 * or on Ctrl+Space at the start of a line: VS Code turns quick suggestions off
 * for Markdown, so contributed snippets alone are easy to miss.
 */
export class BlockCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['/'];
  private cache?: SnippetEntry[];

  constructor(private readonly assets: Assets, private readonly linter: DocumentLinter) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): Promise<vscode.CompletionItem[] | undefined> {
    try {
      const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
      const trigger = blockTrigger(linePrefix);
      if (!trigger) return undefined;
      if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && trigger.kind !== 'slash') return undefined;
      if (this.inFrontmatter(document, position)) return undefined;
      this.cache ??= await this.assets.snippets();
      const range = new vscode.Range(position.line, trigger.start, position.line, position.character);
      const lead = trigger.kind === 'slash' ? '/' : '';
      return snippetsFor(this.cache, uiLanguage(document.uri)).map((entry, index) => {
        const item = new vscode.CompletionItem({ label: lead + entry.prefixes[0], description: entry.name }, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(entry.body);
        item.range = range;
        item.filterText = `${lead}${entry.prefixes.join(' ')} ${entry.name}`;
        item.detail = entry.description;
        item.documentation = new vscode.MarkdownString().appendCodeblock(snippetPreview(entry.body), 'markdown');
        item.sortText = String(index).padStart(4, '0');
        return item;
      });
    } catch {
      return undefined;
    }
  }

  private inFrontmatter(document: vscode.TextDocument, position: vscode.Position): boolean {
    const range = this.linter.current(document)?.result.plan.frontmatter?.range;
    return !!range && position.line + 1 >= range.start.line && position.line + 1 <= range.end.line;
  }
}
