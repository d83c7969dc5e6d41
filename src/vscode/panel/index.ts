// Progress features: check-ins, the progress panel, the status bar and the review report export.
import * as vscode from 'vscode';
import { registerCheckin } from '../checkin';
import type { OkrIndex } from '../workspace/okrFiles';
import { registerStatus } from '../status';
import { exportReviewReport, ReportDestination } from './exportReport';
import { PANEL_VIEW_TYPE, ProgressPanel } from './panel';

export function registerProgress(context: vscode.ExtensionContext, index: OkrIndex): void {
  registerCheckin(context, index);
  registerStatus(context, index);
  context.subscriptions.push(
    vscode.commands.registerCommand('okr.showProgress', () => ProgressPanel.show(context.extensionUri, index).panel.viewType),
    vscode.commands.registerCommand('okr.exportReport', async (destination?: unknown) =>
      (await exportReviewReport(index, toDestination(destination)))?.toString(),
    ),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel) {
        ProgressPanel.revive(panel, context.extensionUri, index);
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
