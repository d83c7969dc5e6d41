// The status bar item (current period's progress, KRs behind; click opens the panel) and the daily
// reminder when my KRs are due for a check-in.
import * as vscode from 'vscode';
import { localToday } from '../../core/today';
import { dueKeyResults } from '../../core/view/checkinCandidates';
import { myOwnerName } from '../common/me';
import type { WorkspaceService } from '../workspace/workspaceService';
import { shouldRemind, statusSummary } from '../../core/view/statusSummary';

export const LAST_REMINDER_KEY = 'okr.lastCheckinReminder';

export function registerStatus(context: vscode.ExtensionContext, workspace: WorkspaceService): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('okr.progress', vscode.StatusBarAlignment.Left, 50);
  item.name = 'OKR Progress';
  item.command = 'okr.showProgress';
  let queued = false;
  const update = () => {
    queued = false;
    const { okrFiles, progress } = workspace.snapshot();
    const summary = statusSummary(okrFiles, progress);
    if (!summary) {
      item.hide();
      return;
    }
    item.text = summary.text;
    item.tooltip = summary.tooltip;
    item.accessibilityInformation = { label: summary.tooltip.replace(/\n/g, ' ') };
    item.show();
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(update);
  };
  context.subscriptions.push(item, workspace.onDidChange(schedule));
  schedule();
  void workspace.filesRead.then(() => remindIfDue(context, workspace));
  return item;
}

/** At most one notification a day, remembered across windows in globalState. */
export async function remindIfDue(context: vscode.ExtensionContext, workspace: WorkspaceService, today = localToday()): Promise<boolean> {
  if (!vscode.workspace.getConfiguration('okr').get<boolean>('checkin.reminders', true)) return false;
  const { okrFiles, progress } = workspace.snapshot();
  const due = dueKeyResults(okrFiles, progress, myOwnerName());
  if (!shouldRemind(context.globalState.get<string>(LAST_REMINDER_KEY), today, due.length)) return false;
  await context.globalState.update(LAST_REMINDER_KEY, today);
  const action = 'Check in now';
  const message =
    due.length === 1 ? `${due[0]} is due for a check-in.` : `${due.length} key results are due for a check-in (${due.slice(0, 3).join(', ')}${due.length > 3 ? ', …' : ''}).`;
  void vscode.window.showInformationMessage(message, action).then((choice) => {
    if (choice === action) void vscode.commands.executeCommand('okr.weeklyCheckIn');
  });
  return true;
}
