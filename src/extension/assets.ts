import * as vscode from 'vscode';
import { parseSnippets, type SnippetEntry } from './logic/snippets.js';
import type { TemplateEntry } from '../core/templates.js';

/**
 * Templates and snippets ship as files beside the bundle and are read on first
 * use through vscode.workspace.fs (which also reads extension files in the
 * browser), so activation stays light.
 */
export class Assets {
  private snippetsText?: Promise<string>;
  private templateIndex?: Promise<TemplateEntry[]>;

  constructor(private readonly extensionUri: vscode.Uri) {}

  async readText(...path: string[]): Promise<string> {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...path)));
  }

  snippetsSource(): Promise<string> {
    this.snippetsText ??= this.readText('snippets', 'innovatie.code-snippets');
    this.snippetsText.catch(() => (this.snippetsText = undefined));
    return this.snippetsText;
  }

  async snippets(): Promise<SnippetEntry[]> {
    return parseSnippets(await this.snippetsSource());
  }

  templates(): Promise<TemplateEntry[]> {
    this.templateIndex ??= this.readText('templates', 'index.json').then((text) => JSON.parse(text) as TemplateEntry[]);
    this.templateIndex.catch(() => (this.templateIndex = undefined));
    return this.templateIndex;
  }

  templateText(entry: TemplateEntry): Promise<string> {
    return this.readText('templates', ...entry.file.split('/'));
  }
}
