// The sidebar: "OKRs" (team -> objective -> KR -> TODOs and branches) and "Unlinked work", their
// title-bar actions and the commands their items run.
import * as vscode from 'vscode';
import type { Reference } from '../../core/links';
import { myOwnerName } from '../common/me';
import type { WorkspaceService } from '../workspace/workspaceService';
import { toRange } from '../common/convert';
import { buildObjectiveTree, buildUnlinkedTree, describeFilter, filterChoices, NO_FILTER, TreeFilter, WorkInput, WorkNode } from '../../core/view/okrTree';
import { createOkrFile } from './createFile';
import { OPEN_REFERENCE_COMMAND, REVEAL_COMMAND, WorkTreeProvider } from './treeProvider';

export interface WorkTrees {
  objectives: WorkTreeProvider;
  unlinked: WorkTreeProvider;
  objectivesView: vscode.TreeView<WorkNode>;
  setFilter(filter: TreeFilter): void;
}

export function registerTrees(context: vscode.ExtensionContext, workspace: WorkspaceService): WorkTrees {
  let filter: TreeFilter = NO_FILTER;
  const input = (): WorkInput => {
    const { files, work, progress } = workspace.snapshot();
    return { files, work, progress, displayPath: (file) => vscode.workspace.asRelativePath(vscode.Uri.parse(file)) };
  };
  const objectives = new WorkTreeProvider(() => buildObjectiveTree(input(), filter));
  const unlinked = new WorkTreeProvider(() => buildUnlinkedTree(input()));
  const objectivesView = vscode.window.createTreeView('okr.objectives', { treeDataProvider: objectives, showCollapseAll: true });
  const unlinkedView = vscode.window.createTreeView('okr.unlinked', { treeDataProvider: unlinked, showCollapseAll: true });

  const update = () => {
    objectives.refresh();
    unlinked.refresh();
    const hasFiles = workspace.snapshot().files.length > 0;
    void vscode.commands.executeCommand('setContext', 'okr.hasOkrFiles', hasFiles);
    objectivesView.message = hasFiles && filter.kind !== 'all' && objectives.getChildren().length === 0
      ? `Nothing matches ${describeFilter(filter)}.`
      : undefined;
    unlinkedView.message = hasFiles && unlinked.getChildren().length === 0 ? 'Every key result has linked work.' : undefined;
  };
  const setFilter = (next: TreeFilter) => {
    filter = next;
    objectivesView.description = describeFilter(filter);
    void vscode.commands.executeCommand('setContext', 'okr.filtered', filter.kind !== 'all');
    update();
  };

  context.subscriptions.push(
    objectives,
    unlinked,
    objectivesView,
    unlinkedView,
    workspace.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('okr.me') && update()),
    vscode.commands.registerCommand('okr.refresh', async () => {
      await workspace.reload();
      update();
    }),
    vscode.commands.registerCommand('okr.filter', async () => {
      const me = myOwnerName();
      const choices = filterChoices(workspace.snapshot().files, me);
      const picked = await vscode.window.showQuickPick(
        choices.map((choice) => ({ ...choice, picked: JSON.stringify(choice.filter) === JSON.stringify(filter) })),
        { title: 'Show key results', placeHolder: me ? undefined : 'Set "okr.me" to your owner name to filter by "Mine"' },
      );
      if (picked) setFilter(picked.filter);
    }),
    vscode.commands.registerCommand('okr.clearFilter', () => setFilter(NO_FILTER)),
    vscode.commands.registerCommand(REVEAL_COMMAND, (node: WorkNode) => revealInFile(node)),
    vscode.commands.registerCommand(OPEN_REFERENCE_COMMAND, (node: WorkNode) => node.reference && openReference(node.reference)),
    vscode.commands.registerCommand('okr.copyId', (node: WorkNode) => node.id && vscode.env.clipboard.writeText(node.id)),
    vscode.commands.registerCommand('okr.createFile', () => createOkrFile()),
  );
  void workspace.filesRead.then(update);
  return { objectives, unlinked, objectivesView, setFilter };
}

async function revealInFile(node: Pick<WorkNode, 'file' | 'range'>): Promise<void> {
  if (!node.file) return;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(node.file), { preview: true });
  if (!node.range) return;
  const range = toRange(node.range);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function openReference(ref: Reference): Thenable<unknown> {
  const range = new vscode.Range(ref.line, ref.character, ref.line, ref.endCharacter);
  return vscode.window.showTextDocument(vscode.Uri.parse(ref.file), { selection: range, preview: true });
}
