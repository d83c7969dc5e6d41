// The "Alignment" view (company → department → team → objective → KR) in the OKR Lens sidebar.
// It subscribes to the OKR index; the cascade, progress and rollups come from the pure core.
import * as vscode from 'vscode';
import type { WorkspaceService } from '../workspace/workspaceService';
import { buildAlignmentItems, AlignmentItem } from '../../core/view/alignmentItems';
import { AlignmentTreeProvider } from './provider';

export const ALIGNMENT_VIEW = 'okr.alignment';

export interface AlignmentApi {
  provider: AlignmentTreeProvider;
  view: vscode.TreeView<AlignmentItem>;
}

export function registerAlignment(context: vscode.ExtensionContext, workspace: WorkspaceService): AlignmentApi {
  const provider = new AlignmentTreeProvider(() => {
    const { cascade, progress } = workspace.snapshot();
    return buildAlignmentItems(cascade, (id) => progress.node(id));
  });
  const view = vscode.window.createTreeView(ALIGNMENT_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const refresh = () => provider.refresh();
  context.subscriptions.push(provider, view, workspace.onDidChange(refresh));
  void workspace.filesRead.then(refresh);
  return { provider, view };
}
