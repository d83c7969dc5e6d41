// The slice of the built-in git extension's API (`vscode.git`, `getAPI(1)`) that OKR Lens uses,
// declared here because the extension ships no types package.
import type * as vscode from 'vscode';

export interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: vscode.Event<boolean>;
  getAPI(version: 1): GitApi;
}

export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly repositories: Repository[];
  readonly onDidOpenRepository: vscode.Event<Repository>;
  readonly onDidCloseRepository: vscode.Event<Repository>;
  getRepository(uri: vscode.Uri): Repository | null;
}

export const enum RefType {
  RemoteHead = 1,
  Tag = 2,
}

export interface Ref {
  readonly type: RefType;
  readonly name?: string;
  readonly commit?: string;
  readonly remote?: string;
}

export interface Commit {
  readonly hash: string;
  readonly commitDate?: Date;
  readonly authorDate?: Date;
}

/** The git extension's `Status`: the values OKR Lens tells apart. */
export const enum ChangeStatus {
  Untracked = 7,
  Ignored = 8,
}

export interface Change {
  readonly uri: vscode.Uri;
  readonly status: number;
}

export interface RepositoryState {
  readonly HEAD: Ref | undefined;
  readonly refs: Ref[];
  readonly workingTreeChanges: Change[];
  readonly indexChanges: Change[];
  readonly onDidChange: vscode.Event<void>;
}

export interface Repository {
  readonly rootUri: vscode.Uri;
  readonly state: RepositoryState;
  getBranches(query: { remote?: boolean }): Promise<Ref[]>;
  getCommit(ref: string): Promise<Commit>;
  createBranch(name: string, checkout: boolean, ref?: string): Promise<void>;
  checkout(treeish: string): Promise<void>;
  deleteBranch(name: string, force?: boolean): Promise<void>;
  /** Re-reads the working tree and index into `state`. */
  status(): Promise<void>;
}
