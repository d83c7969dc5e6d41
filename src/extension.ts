// Wires the features; nothing else. Every disposable goes into context.subscriptions.
import * as vscode from 'vscode';
import { registerDiagnostics } from './vscode/diagnostics';
import { OkrIndex } from './vscode/okrIndex';
import { setProblemChannel } from './vscode/settings';

export interface OkrLensApi {
  /** Resolves when the first workspace pass is done: every OKR file is parsed and linted. */
  ready: Promise<void>;
  index: OkrIndex;
}

export function activate(context: vscode.ExtensionContext): OkrLensApi {
  const output = vscode.window.createOutputChannel('OKR Lens', { log: true });
  setProblemChannel(output);
  const index = new OkrIndex();
  context.subscriptions.push(output, index);
  registerDiagnostics(context, index);
  const ready = index.start();
  return { ready, index };
}

export function deactivate(): void {}
