// "Link KRs to the work": the reference index, git branches, the sidebar and the editor features,
// all fed by one WorkModel. Returns what integration tests (and other features) read.
import * as vscode from 'vscode';
import { registerEditor } from '../editor';
import { registerGitCommands } from '../git/commands';
import { GitBranches } from '../workspace/gitBranches';
import type { OkrIndex } from '../workspace/okrFiles';
import { registerTree, WorkTrees } from '../tree';
import { registerReferenceDiagnostics } from '../diagnostics/references';
import { WorkModel } from '../workspace/workspaceService';
import { WorkspaceLinks } from '../workspace/codeReferences';

export interface LinksApi {
  /** Resolves when the first scan for references and the first read of git branches are done. */
  ready: Promise<void>;
  model: WorkModel;
  trees: WorkTrees;
}

export function registerLinks(context: vscode.ExtensionContext, index: OkrIndex): LinksApi {
  const log = (message: string) => console.warn(`[OKR Lens] ${message}`);
  const links = new WorkspaceLinks(() => index.model.configuration.tags, log);
  const git = new GitBranches(log);
  const model = new WorkModel(index, links, git);
  context.subscriptions.push(links, git, model, index.onDidChange(() => links.rescanIfTagsChanged()));
  registerReferenceDiagnostics(context, model);
  registerGitCommands(context, model);
  registerEditor(context, model);
  const trees = registerTree(context, model);
  // Tags come from settings and `.okr-lens.json`: scan once the index has read them.
  const ready = index.start().then(() => Promise.all([links.start(), git.start()])).then(() => undefined);
  return { ready, model, trees };
}
