// `OKR: Weekly Check-In`: one flow through every KR of mine that is due (stale or never checked in),
// stalest first. Escape ends the walk; what was written before stays written.
import * as vscode from 'vscode';
import { dueKeyResults } from '../../core/view/checkinCandidates';
import { myOwnerName } from '../common/me';
import type { WorkspaceService } from '../workspace/workspaceService';
import { CheckInRequest, runCheckIn } from './flow';

export interface WeeklyOutcome {
  due: string[];
  written: string[];
  refused: { krId: string; message: string }[];
  cancelled: boolean;
}

export async function runWeeklyCheckIn(workspace: WorkspaceService, request: Pick<CheckInRequest, 'prompts'> = {}): Promise<WeeklyOutcome> {
  const { okrFiles, progress } = workspace.snapshot();
  const due = dueKeyResults(okrFiles, progress, myOwnerName());
  const outcome: WeeklyOutcome = { due, written: [], refused: [], cancelled: false };
  for (const [i, krId] of due.entries()) {
    const result = await runCheckIn(workspace, { ...request, krId, step: `${i + 1} of ${due.length}` });
    if (result.status === 'cancelled') {
      outcome.cancelled = true;
      break;
    }
    if (result.status === 'written') outcome.written.push(krId);
    else outcome.refused.push({ krId, message: result.message });
  }
  return outcome;
}

export function showWeeklySummary(outcome: WeeklyOutcome): void {
  if (outcome.due.length === 0) {
    void vscode.window.showInformationMessage(`Nothing is due: every key result${myOwnerName() ? ' of yours' : ''} has a recent check-in.`);
    return;
  }
  const parts = [`Checked in ${outcome.written.length} of ${outcome.due.length} key results.`];
  for (const { krId, message } of outcome.refused) parts.push(`${krId}: ${message}`);
  void (outcome.refused.length ? vscode.window.showWarningMessage(parts.join(' ')) : vscode.window.showInformationMessage(parts[0]));
}
