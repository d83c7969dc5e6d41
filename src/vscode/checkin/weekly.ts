// `OKR: Weekly Check-In`: one flow through every KR of mine that is due (stale or never checked in),
// stalest first. Each step has Back and Skip; Escape on the value or confidence ends the walk (what
// was written before stays written), Escape on the note writes the check-in without one.
import * as vscode from 'vscode';
import { dueKeyResults } from '../../core/view/checkinCandidates';
import { myOwnerName } from '../common/me';
import type { WorkspaceService } from '../workspace/workspaceService';
import { CheckInRequest, runCheckIn } from './flow';

export interface WeeklyOutcome {
  due: string[];
  /** In the order written; a KR written twice (Back to it, then written again) appears twice. */
  written: string[];
  skipped: string[];
  refused: { krId: string; message: string }[];
  cancelled: boolean;
}

export async function runWeeklyCheckIn(workspace: WorkspaceService, request: Pick<CheckInRequest, 'prompts'> = {}): Promise<WeeklyOutcome> {
  const { okrFiles, progress } = workspace.snapshot();
  const due = dueKeyResults(okrFiles, progress, myOwnerName());
  const outcome: WeeklyOutcome = { due, written: [], skipped: [], refused: [], cancelled: false };
  const settle = (krId: string) => {
    outcome.skipped = outcome.skipped.filter((id) => id !== krId);
    outcome.refused = outcome.refused.filter((entry) => entry.krId !== krId);
  };
  for (let i = 0; i < due.length; ) {
    const krId = due[i];
    const result = await runCheckIn(workspace, { ...request, krId, step: `${i + 1} of ${due.length}`, navigation: true });
    if (result.status === 'cancelled') {
      outcome.cancelled = true;
      break;
    }
    if (result.status === 'back') {
      i = Math.max(0, i - 1);
      continue;
    }
    settle(krId);
    if (result.status === 'written') outcome.written.push(krId);
    else if (result.status === 'skipped') outcome.skipped.push(krId);
    else outcome.refused.push({ krId, message: result.message });
    i++;
  }
  return outcome;
}

export function showWeeklySummary(outcome: WeeklyOutcome): void {
  if (outcome.due.length === 0) {
    void vscode.window.showInformationMessage(`Nothing is due: every key result${myOwnerName() ? ' of yours' : ''} has a recent check-in.`);
    return;
  }
  const written = new Set(outcome.written).size;
  const parts = [`Checked in ${written} of ${outcome.due.length} key results${outcome.skipped.length ? `, skipped ${outcome.skipped.join(', ')}` : ''}.`];
  for (const { krId, message } of outcome.refused) parts.push(`${krId}: ${message}`);
  void (outcome.refused.length ? vscode.window.showWarningMessage(parts.join(' ')) : vscode.window.showInformationMessage(parts[0]));
}
