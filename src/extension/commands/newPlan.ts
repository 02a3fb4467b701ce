import * as vscode from 'vscode';
import type { Assets } from '../assets.js';
import { fillTemplate, isoDate, slugify, teamTemplateLabel, templatesFor, templateVariables, uniqueFileName } from '../../core/templates.js';
import { uiLanguage } from '../settings.js';

interface TemplateItem extends vscode.QuickPickItem {
  variables?: string[];
  read?: () => Promise<string>;
}

export const TEAM_TEMPLATES = '.innovatie/templates/*.md';

/** New plan from a built-in or team template: asks for the variables, writes a new file, never overwrites. */
export async function newPlan(assets: Assets): Promise<void> {
  const language = uiLanguage();
  // Passing the promise opens the picker at once (busy until loaded), so early typing lands in its filter.
  const choice = await vscode.window.showQuickPick(templateItems(assets, language), { placeHolder: vscode.l10n.t('Choose a template for the new plan'), matchOnDescription: true, matchOnDetail: true });
  if (!choice?.read) return;
  const template = await choice.read();
  const values: Record<string, string> = {};
  for (const name of choice.variables ?? templateVariables(template)) {
    const value = await askVariable(name);
    if (value === undefined) return;
    values[name] = value;
  }
  const content = fillTemplate(template, values);
  const folder = targetFolder();
  if (!folder) {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    return;
  }
  const existing = new Set((await vscode.workspace.fs.readDirectory(folder).then(undefined, () => [])).map(([name]) => name));
  const name = uniqueFileName(slugify(values.title ?? choice.label), (candidate) => existing.has(candidate));
  const target = vscode.Uri.joinPath(folder, name);
  if (await exists(target)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; nothing was written.', name));
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  await vscode.window.showTextDocument(target);
}

async function templateItems(assets: Assets, language: 'nl' | 'en'): Promise<TemplateItem[]> {
  const builtIn: TemplateItem[] = templatesFor(await assets.templates(), language).map((entry) => ({
    label: entry.label,
    description: entry.kind,
    detail: entry.description,
    variables: entry.variables,
    read: () => assets.templateText(entry),
  }));
  const team: TemplateItem[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, TEAM_TEMPLATES));
    for (const uri of files.sort((a, b) => a.path.localeCompare(b.path))) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const fileName = uri.path.split('/').pop()!;
      team.push({ label: teamTemplateLabel(text, fileName), description: vscode.workspace.asRelativePath(uri), read: async () => text });
    }
  }
  if (team.length === 0) return builtIn;
  return [
    { label: vscode.l10n.t('Team templates'), kind: vscode.QuickPickItemKind.Separator },
    ...team,
    { label: vscode.l10n.t('Built-in templates'), kind: vscode.QuickPickItemKind.Separator },
    ...builtIn,
  ];
}

function askVariable(name: string): Thenable<string | undefined> {
  const prompts: Record<string, string> = {
    title: vscode.l10n.t('Title of the plan'),
    team: vscode.l10n.t('Team or organisation'),
    date: vscode.l10n.t('Date of the document (YYYY-MM-DD)'),
    challenge: vscode.l10n.t('The challenge the plan answers'),
  };
  return vscode.window.showInputBox({
    title: vscode.l10n.t('New plan'),
    prompt: prompts[name] ?? vscode.l10n.t('Value for {0}', `{{${name}}}`),
    value: name === 'date' ? isoDate(new Date()) : '',
    ignoreFocusOut: true,
    validateInput: (value) => (name === 'title' && !value.trim() ? vscode.l10n.t('A plan needs a title.') : undefined),
  });
}

/** The folder of the active file when it is in the workspace, else the first workspace folder. */
function targetFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && vscode.workspace.getWorkspaceFolder(active)) return vscode.Uri.joinPath(active, '..');
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
