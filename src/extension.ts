// Wires the features; nothing else. Every disposable goes into context.subscriptions.
import * as vscode from 'vscode';
import { AlignmentApi, registerAlignment } from './vscode/alignment';
import { registerDiagnostics } from './vscode/diagnostics';
import { LinksApi, registerLinks } from './vscode/links';
import { OkrIndex } from './vscode/workspace/okrFiles';
import { registerProgress } from './vscode/panel';
import { setProblemChannel } from './vscode/workspace/settings';

export interface OkrLensApi {
  /** Resolves when the first workspace pass is done: every OKR file is parsed and linted. */
  ready: Promise<void>;
  index: OkrIndex;
  /** References, branches, the sidebar trees (read by integration tests). */
  links: LinksApi;
  /** The Alignment tree (read by integration tests). */
  alignment: AlignmentApi;
}

export function activate(context: vscode.ExtensionContext): OkrLensApi {
  const output = vscode.window.createOutputChannel('OKR Lens', { log: true });
  setProblemChannel(output);
  const index = new OkrIndex();
  context.subscriptions.push(output, index);
  registerDiagnostics(context, index);
  const links = registerLinks(context, index);
  const alignment = registerAlignment(context, index);
  registerProgress(context, index);
  const ready = index.start();
  return { ready, index, links, alignment };
}

export function deactivate(): void {}
