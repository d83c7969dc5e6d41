// `OKR: Export Review Report`: the core's Markdown review report, as a new untitled document or
// saved to a file the person chooses.
import * as vscode from 'vscode';
import { buildReport, renderReportMarkdown } from '../../core/progress';
import type { WorkspaceService } from '../workspace/workspaceService';

/** `untitled`, or the file to write (tests and scripts pass it; people choose in a dialog). */
export type ReportDestination = 'untitled' | vscode.Uri;

function reviewReportMarkdown(workspace: WorkspaceService): string {
  const { okrFiles, progress } = workspace.snapshot();
  return renderReportMarkdown(buildReport(okrFiles, progress));
}

export async function exportReviewReport(workspace: WorkspaceService, destination?: ReportDestination): Promise<vscode.Uri | undefined> {
  await workspace.filesRead;
  const target = destination ?? (await chooseDestination());
  if (!target) return undefined;
  const markdown = reviewReportMarkdown(workspace);
  if (target === 'untitled') {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(document);
    return document.uri;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
  await vscode.window.showTextDocument(target);
  return target;
}

async function chooseDestination(): Promise<ReportDestination | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: '$(new-file) Open as a new Markdown document', destination: 'untitled' as const },
      { label: '$(save) Save to a file…', destination: 'file' as const },
    ],
    { title: 'OKR: Export Review Report' },
  );
  if (!picked) return undefined;
  if (picked.destination === 'untitled') return 'untitled';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: 'Save the OKR review report',
    filters: { Markdown: ['md'] },
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'okr-review.md') : undefined,
  });
}
