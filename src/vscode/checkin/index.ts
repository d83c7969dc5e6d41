// Registers `okr.checkIn` and `okr.weeklyCheckIn`.
import * as vscode from 'vscode';
import type { WorkspaceService } from '../workspace/workspaceService';
import { CheckInOutcome, CheckInRequest, runCheckIn } from './flow';
import { runWeeklyCheckIn, showWeeklySummary, WeeklyOutcome } from './weekly';

export function registerCheckin(context: vscode.ExtensionContext, workspace: WorkspaceService): void {
  // Scripted prompts drive the flow in the extension's integration tests, and nowhere else.
  const scriptedPrompts = context.extensionMode === vscode.ExtensionMode.Test;
  context.subscriptions.push(
    vscode.commands.registerCommand('okr.checkIn', async (argument?: unknown): Promise<CheckInOutcome> => {
      const outcome = await runCheckIn(workspace, toRequest(argument, scriptedPrompts));
      if (outcome.status === 'refused') void vscode.window.showErrorMessage(outcome.message);
      return outcome;
    }),
    vscode.commands.registerCommand('okr.weeklyCheckIn', async (argument?: unknown): Promise<WeeklyOutcome> => {
      const prompts = scriptedPrompts && isRecord(argument) && isRecord(argument.prompts) ? (argument.prompts as CheckInRequest['prompts']) : undefined;
      const outcome = await runWeeklyCheckIn(workspace, { prompts });
      showWeeklySummary(outcome);
      return outcome;
    }),
  );
}

/**
 * The command's argument: a KR id (keybindings, links), a tree node (context menu: its KR id under
 * `krId`, `keyResult.id` or `id`) or a full request (the panel, tests).
 */
function toRequest(argument: unknown, scriptedPrompts: boolean): CheckInRequest {
  if (typeof argument === 'string') return { krId: argument };
  if (!isRecord(argument)) return {};
  const request: CheckInRequest = {};
  const nested = isRecord(argument.keyResult) ? argument.keyResult.id : undefined;
  const krId = [argument.krId, nested, argument.id].find((id) => typeof id === 'string');
  if (typeof krId === 'string') request.krId = krId;
  // Only the request's own fields: a tree node's other properties must not become answers.
  if (argument.value !== undefined) request.value = argument.value as CheckInRequest['value'];
  if (Array.isArray(argument.milestonesDone)) request.milestonesDone = argument.milestonesDone as number[];
  if (argument.confidence !== undefined) request.confidence = argument.confidence as number;
  if (typeof argument.note === 'string') request.note = argument.note;
  if (scriptedPrompts && isRecord(argument.prompts)) request.prompts = argument.prompts;
  return request;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
