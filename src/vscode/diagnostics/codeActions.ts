// Quick fixes tied to diagnostics by their rule code: a task-like KR moves to initiatives, a KR
// without numbers gets baseline/target/unit as a snippet, a duplicate id is renamed. All edits
// are WorkspaceEdits or editor snippets: undoable, and they work on unsaved buffers.
import * as vscode from 'vscode';
import { insertTargetFields, moveKrToInitiatives, renameId, suggestFreeId } from '../../core/edit';
import { findKeyResult } from '../../core/edit/locate';
import type { ParsedOkrFile } from '../../core/format/parse';
import type { Finding } from '../../core/types';
import { toRange, toWorkspaceEdit } from '../common/convert';
import type { WorkspaceService } from '../workspace/workspaceService';
import { ruleOf } from './index';

export const MOVE_TO_INITIATIVES = 'okr.moveToInitiatives';
export const ADD_TARGET_FIELDS = 'okr.addTargetFields';

export function registerCodeActions(context: vscode.ExtensionContext, workspace: WorkspaceService): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      { language: 'yaml', pattern: '**/*.okr.yaml' },
      new OkrCodeActions(workspace),
      { providedCodeActionKinds: OkrCodeActions.kinds },
    ),
    vscode.commands.registerCommand(MOVE_TO_INITIATIVES, (uri: vscode.Uri, krId: string, serves?: string[]) =>
      moveToInitiatives(workspace, uri, krId, serves),
    ),
    vscode.commands.registerCommand(ADD_TARGET_FIELDS, (uri: vscode.Uri, krId: string, missing: string[]) =>
      addTargetFields(workspace, uri, krId, missing),
    ),
  );
}

class OkrCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly workspace: WorkspaceService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const findings = this.workspace.snapshot().findings.get(document.uri.toString()) ?? [];
    for (const diagnostic of context.diagnostics) {
      const rule = ruleOf(diagnostic);
      const finding = findings.find((f) => f.rule === rule && toRange(f.range).isEqual(diagnostic.range));
      if (!finding) continue;
      const action = this.actionFor(document, finding, diagnostic);
      if (action) actions.push(action);
    }
    return actions;
  }

  private actionFor(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
    const data = finding.data ?? {};
    const krId = typeof data.krId === 'string' ? data.krId : undefined;
    switch (finding.rule) {
      case 'kr-task-like': {
        if (!krId) return undefined;
        const action = new vscode.CodeAction('Move to initiatives', vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: MOVE_TO_INITIATIVES, arguments: [document.uri, krId] };
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        return action;
      }
      case 'kr-no-target': {
        if (!krId) return undefined;
        const missing = Array.isArray(data.missing) ? (data.missing as string[]) : ['baseline', 'target'];
        const action = new vscode.CodeAction(`Add ${listWords(missing)}`, vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: ADD_TARGET_FIELDS, arguments: [document.uri, krId, missing] };
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        return action;
      }
      case 'duplicate-id': {
        const id = typeof data.id === 'string' ? data.id : document.getText(diagnostic.range);
        const parsed = this.workspace.refresh(document);
        if (!parsed) return undefined;
        const newId = suggestFreeId(id, new Set(this.workspace.snapshot().ids.keys()));
        const action = new vscode.CodeAction(`Rename to ${newId}`, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, [renameId(parsed, finding.range, newId)]);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        return action;
      }
      default:
        return undefined;
    }
  }
}

async function moveToInitiatives(workspace: WorkspaceService, uri: vscode.Uri, krId: string, serves?: string[]): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const before = workspace.refresh(document);
  if (!before) return false;
  const entryBefore = entryText(before, krId);
  if (!serves) {
    const siblings =
      before.model?.objectives.find((o) => o.key_results.some((kr) => kr.id === krId))?.key_results.filter((kr) => kr.id !== krId) ?? [];
    const none: vscode.QuickPickItem = { label: 'None', description: 'the initiative serves no key result yet' };
    const picked = await vscode.window.showQuickPick(
      [none, ...siblings.map((kr) => ({ label: kr.id, description: kr.title }))],
      { title: `Move ${krId} to initiatives`, placeHolder: 'Which key result does this work serve?' },
    );
    if (!picked) return false;
    serves = picked === none ? [] : [picked.label];
  }
  // The buffer may have changed while the pick was open: edit the text as it is now, and only
  // when the entry is still the one the person chose to move.
  const parsed = workspace.refresh(document);
  if (!parsed) return false;
  if (entryText(parsed, krId) !== entryBefore) {
    void vscode.window.showErrorMessage(`${krId} changed while you were choosing, so nothing was moved. Run the quick fix again.`);
    return false;
  }
  const result = moveKrToInitiatives(parsed, krId, serves);
  if ('error' in result) {
    void vscode.window.showErrorMessage(result.error);
    return false;
  }
  return workspace.applyEdit(uri, result.edits);
}

/** The source text of a KR's entry, to tell whether it changed between two reads. */
function entryText(parsed: ParsedOkrFile, krId: string): string | undefined {
  const node = findKeyResult(parsed.tree, krId)?.item;
  return node ? parsed.text.slice(node.start, node.end) : undefined;
}

async function addTargetFields(workspace: WorkspaceService, uri: vscode.Uri, krId: string, missing: string[]): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const parsed = workspace.refresh(document);
  if (!parsed) return false;
  const result = insertTargetFields(parsed, krId, missing);
  if ('error' in result) {
    void vscode.window.showErrorMessage(result.error);
    return false;
  }
  const editor = await vscode.window.showTextDocument(document);
  return editor.insertSnippet(new vscode.SnippetString(result.snippet), toRange(result.edit.range));
}

function listWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
