import * as assert from 'assert';
import * as vscode from 'vscode';

/** The quick fixes VS Code's lightbulb would offer for `diagnostic`, as a person sees them. */
export async function quickFixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  // A provider may also return bare Commands, whose `command` is a string; the lightbulb lists those
  // too, but the contract here is CodeActions.
  return actions.filter((action): action is vscode.CodeAction => typeof action.command !== 'string');
}

export async function findQuickFix(
  uri: vscode.Uri,
  diagnostic: vscode.Diagnostic,
  title: (actual: string) => boolean,
): Promise<vscode.CodeAction> {
  const actions = await quickFixesFor(uri, diagnostic);
  const action = actions.find((candidate) => title(candidate.title));
  assert.ok(action, `no matching quick fix; offered: ${actions.map((candidate) => candidate.title).join(' | ') || '(none)'}`);
  assert.ok(
    action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind),
    `"${action.title}" should be a QuickFix, is ${action.kind?.value}`,
  );
  return action;
}

/**
 * Applies a code action the way the lightbulb does: its edit first, then its command. A command may
 * ask a question with a quick pick; the default answer is accepted, as a person pressing Enter would.
 */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit || action.command, `"${action.title}" has neither an edit nor a command`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
  const command = action.command;
  if (command) await acceptingQuickPicks(vscode.commands.executeCommand(command.command, ...(command.arguments ?? [])));
}

const QUICK_PICK_RETRY_MS = 50;

/**
 * Settles with `running`, meanwhile accepting the selected item of any quick pick it opens. The
 * API has no event for "a quick pick is showing", so acceptance is retried until `running` settles.
 */
async function acceptingQuickPicks<T>(running: Thenable<T>): Promise<T> {
  let settled = false;
  const done = Promise.resolve(running).finally(() => {
    settled = true;
  });
  while (!settled) {
    await Promise.race([done.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, QUICK_PICK_RETRY_MS))]);
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return done;
}
