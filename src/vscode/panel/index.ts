// The progress panel (`OKR: Show Progress`, restored after a reload) and the review report export.
import * as vscode from 'vscode';
import type { WorkspaceService } from '../workspace/workspaceService';
import { exportReviewReport, ReportDestination } from './exportReport';
import { PANEL_VIEW_TYPE, ProgressPanel } from './panel';

export function registerPanel(context: vscode.ExtensionContext, workspace: WorkspaceService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('okr.showProgress', () => ProgressPanel.show(context.extensionUri, workspace).panel.viewType),
    vscode.commands.registerCommand('okr.exportReport', async (destination?: unknown) =>
      (await exportReviewReport(workspace, toDestination(destination)))?.toString(),
    ),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel(panel: vscode.WebviewPanel) {
        ProgressPanel.revive(panel, context.extensionUri, workspace);
        return Promise.resolve();
      },
    }),
    { dispose: () => ProgressPanel.open?.dispose() },
  );
}

function toDestination(argument: unknown): ReportDestination | undefined {
  if (argument === 'untitled' || argument instanceof vscode.Uri) return argument;
  if (typeof argument === 'string' && argument) return vscode.Uri.parse(argument);
  return undefined;
}
