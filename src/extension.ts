// Creates the workspace service and registers every feature with it; nothing else. Features are
// peers: each reads the service's snapshot and never registers or imports another.
import * as vscode from 'vscode';
import { AlignmentApi, registerAlignment } from './vscode/alignment';
import { registerCheckin } from './vscode/checkin';
import { registerCodeActions } from './vscode/diagnostics/codeActions';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerReferenceDiagnostics } from './vscode/diagnostics/references';
import { registerEditor } from './vscode/editor';
import { registerGitCommands } from './vscode/git/commands';
import { registerPanel } from './vscode/panel';
import { registerStatus } from './vscode/status';
import { registerTrees, WorkTrees } from './vscode/tree';
import { WorkspaceService } from './vscode/workspace/workspaceService';

/** What the integration tests read; returned only when VS Code runs the extension's tests. */
export interface OkrLensTestApi {
  /** Resolves when the first pass is done: OKR files, references and branches. */
  ready: Promise<void>;
  workspace: WorkspaceService;
  trees: WorkTrees;
  alignment: AlignmentApi;
}

export function activate(context: vscode.ExtensionContext): OkrLensTestApi | undefined {
  const output = vscode.window.createOutputChannel('OKR Lens', { log: true });
  const workspace = new WorkspaceService(output);
  context.subscriptions.push(output, workspace);
  registerDiagnostics(context, workspace);
  registerReferenceDiagnostics(context, workspace);
  registerCodeActions(context, workspace);
  registerEditor(context, workspace);
  registerGitCommands(context, workspace);
  const trees = registerTrees(context, workspace);
  const alignment = registerAlignment(context, workspace);
  registerCheckin(context, workspace);
  registerPanel(context, workspace);
  registerStatus(context, workspace);
  workspace.start();
  return context.extensionMode === vscode.ExtensionMode.Test ? { ready: workspace.ready, workspace, trees, alignment } : undefined;
}

export function deactivate(): void {}
