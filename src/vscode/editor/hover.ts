// Hover on an objective or KR id in any file: title, owner, progress and how much work links to it.
import * as vscode from 'vscode';
import type { IdEntry } from '../../core/workspace';
import type { WorkspaceSnapshot } from '../../core/snapshot';
import type { WorkspaceService } from '../workspace/workspaceService';
import { blockedLabel, escapeMarkdown, plural, rollupLabel, statusLabel } from '../../core/view/labels';
import { idAt } from '../../core/links/idText';

export class IdHoverProvider implements vscode.HoverProvider {
  constructor(private readonly workspace: WorkspaceService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const span = idAt(document.lineAt(position.line).text, position.character);
    const snapshot = this.workspace.snapshot();
    const entry = span && snapshot.lookup(span.id);
    if (!span || !entry) return undefined;
    const markdown = new vscode.MarkdownString(describeId(snapshot, entry));
    return new vscode.Hover(markdown, new vscode.Range(position.line, span.start, position.line, span.end));
  }
}

function describeId(snapshot: WorkspaceSnapshot, entry: IdEntry): string {
  const file = snapshot.file(entry.file)?.model;
  const { work } = snapshot;
  const todos = work.referencesTo(entry.id).length;
  const branches = work.branchesFor(entry.id).length;
  const kr = entry.keyResult;
  const progress = kr ? snapshot.progress.keyResult(kr) : snapshot.progress.objective(entry.objective);
  const ratio = 'progressClamped' in progress ? progress.progressClamped : progress.progress;
  const stale = 'stale' in progress && progress.stale;
  const owner = kr?.owner ?? entry.objective.owner;
  const where = kr
    ? `Key result of ${escapeMarkdown(entry.objective.id)} ${escapeMarkdown(entry.objective.title)}`
    : `Objective, ${plural(entry.objective.key_results.length, 'key result')}`;
  return [
    `**${escapeMarkdown(entry.id)}** ${escapeMarkdown(kr?.title ?? entry.objective.title)}`,
    `${where}${file?.team ? ` · ${escapeMarkdown(file.team)}` : ''}`,
    [
      owner && `Owner: ${escapeMarkdown(owner)}`,
      `${Math.round(ratio * 100) || 0}% (expected ${Math.round(progress.expected * 100)}%)`,
      statusLabel(progress.status, stale),
      'rollupOf' in progress && escapeMarkdown(rollupLabel(progress.rollupOf)),
      'blockedBy' in progress && escapeMarkdown(blockedLabel(progress.blockedBy)),
    ]
      .filter(Boolean)
      .join(' · '),
    `${plural(todos, 'TODO')} · ${plural(branches, 'branch', 'branches')}`,
  ].join('\n\n');
}
