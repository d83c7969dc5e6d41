// The "Alignment" view (company → department → team → objective → KR) in the OKR Lens sidebar.
// It subscribes to the OKR index; the cascade, progress and rollups come from the pure core.
import * as vscode from 'vscode';
import { cascadeProgress } from '../../core/cascade';
import { localToday } from '../../core/today';
import type { OkrIndex } from '../workspace/okrFiles';
import { buildAlignmentItems, AlignmentItem } from '../../core/view/alignmentItems';
import { AlignmentTreeProvider } from './provider';

export const ALIGNMENT_VIEW = 'okr.alignment';

export interface AlignmentApi {
  provider: AlignmentTreeProvider;
  view: vscode.TreeView<AlignmentItem>;
}

export function registerAlignment(context: vscode.ExtensionContext, index: OkrIndex): AlignmentApi {
  const provider = new AlignmentTreeProvider(() => {
    const cascade = index.model.cascade();
    const progress = cascadeProgress(cascade, index.model.progressOptions(localToday()));
    return buildAlignmentItems(cascade, (id) => progress.get(id));
  });
  const view = vscode.window.createTreeView(ALIGNMENT_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const refresh = () => provider.refresh();
  context.subscriptions.push(provider, view, index.onDidChange(refresh));
  void index.start().then(refresh);
  return { provider, view };
}
