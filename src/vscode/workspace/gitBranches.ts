// Branches of the workspace's repositories through the built-in git extension's API: no polling and
// no shell. Re-reads branches only when a repository's refs or HEAD actually changed, and degrades
// to "no branches" when git is missing, disabled or fails.
import * as vscode from 'vscode';
import { ID_SOURCE } from '../../core/links';
import type { BranchInfo } from '../../core/links/linkedWork';
import { GitApi, GitExtension, Ref, RefType, Repository } from './gitApi';

const ID_SHAPED = new RegExp(ID_SOURCE);

interface Watched {
  signature: string;
  running: boolean;
  queued: boolean;
  branches: BranchInfo[];
  subscription: vscode.Disposable;
}

export class GitBranches implements vscode.Disposable {
  private api: GitApi | undefined;
  private readonly repositories = new Map<Repository, Watched>();
  /** Commit hash -> ISO date of that commit (commits never change). */
  private readonly commitDates = new Map<string, string | undefined>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Connects to the git extension; never rejects. */
  async start(): Promise<void> {
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!extension) return;
    try {
      const git = extension.isActive ? extension.exports : await extension.activate();
      if (!git.enabled) {
        const waiting = git.onDidChangeEnablement((enabled) => {
          if (!enabled) return;
          waiting.dispose();
          void this.start();
        });
        this.disposables.push(waiting);
        return;
      }
      const api = git.getAPI(1);
      this.api = api;
      this.disposables.push(
        api.onDidOpenRepository((repository) => this.watch(repository)),
        api.onDidCloseRepository((repository) => this.unwatch(repository)),
      );
      await Promise.all(api.repositories.map((repository) => this.watch(repository)));
    } catch (error) {
      this.log.warn(`git is not available: ${(error as Error).message}`);
    }
  }

  branches(): BranchInfo[] {
    return [...this.repositories.values()].flatMap((watched) => watched.branches);
  }

  /** The repository holding `uri`, else the only (or first) one. */
  repositoryFor(uri?: vscode.Uri): Repository | undefined {
    return (uri && this.api?.getRepository(uri)) || this.api?.repositories[0];
  }

  /** The repository that has a branch of this name. */
  repositoryWithBranch(name: string): Repository | undefined {
    for (const [repository, watched] of this.repositories) if (watched.branches.some((b) => b.name === name)) return repository;
    return undefined;
  }

  dispose(): void {
    for (const watched of this.repositories.values()) watched.subscription.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async watch(repository: Repository): Promise<void> {
    if (this.repositories.has(repository)) return;
    const watched: Watched = { signature: '', running: false, queued: false, branches: [], subscription: repository.state.onDidChange(() => this.refresh(repository)) };
    this.repositories.set(repository, watched);
    await this.refresh(repository);
  }

  private unwatch(repository: Repository): void {
    this.repositories.get(repository)?.subscription.dispose();
    if (this.repositories.delete(repository)) this.emitter.fire();
  }

  /**
   * `state.onDidChange` fires on every file status change. When the API lists refs, only a new HEAD
   * or new refs trigger a re-read; otherwise (refs are loaded lazily in newer VS Code) each burst of
   * changes costs at most one `getBranches` running and one queued after it.
   */
  private async refresh(repository: Repository): Promise<void> {
    const watched = this.repositories.get(repository);
    if (!watched) return;
    const { HEAD, refs } = repository.state;
    const signature = [HEAD?.name, HEAD?.commit, ...refs.map((r) => `${r.name}@${r.commit}`)].join('\n');
    if (refs.length > 0 && signature === watched.signature) return;
    watched.signature = signature;
    if (watched.running) {
      watched.queued = true;
      return;
    }
    watched.running = true;
    try {
      const refsNow = await repository.getBranches({ remote: true });
      const head = repository.state.HEAD?.name;
      const branches = await Promise.all(
        refsNow.filter((ref) => ref.name && ref.type !== RefType.Tag && !ref.name.endsWith('/HEAD')).map((ref) => this.toBranch(repository, ref, head)),
      );
      if (!this.repositories.has(repository)) return;
      if (JSON.stringify(branches) !== JSON.stringify(watched.branches)) {
        watched.branches = branches;
        this.emitter.fire();
      }
    } catch (error) {
      this.log.warn(`reading branches of ${repository.rootUri.fsPath} failed: ${(error as Error).message}`);
    } finally {
      watched.running = false;
      if (watched.queued) {
        watched.queued = false;
        watched.signature = '';
        void this.refresh(repository);
      }
    }
  }

  private async toBranch(repository: Repository, ref: Ref, head: string | undefined): Promise<BranchInfo> {
    const remote = ref.type === RefType.RemoteHead;
    const branch: BranchInfo = { name: ref.name!, remote, current: !remote && ref.name === head };
    // Only branches that can link to a KR are shown with a date; asking git for every branch is waste.
    if (ref.commit && ID_SHAPED.test(ref.name!)) {
      const lastCommit = await this.commitDate(repository, ref.commit);
      if (lastCommit) branch.lastCommit = lastCommit;
    }
    return branch;
  }

  private async commitDate(repository: Repository, hash: string): Promise<string | undefined> {
    if (!this.commitDates.has(hash)) {
      try {
        const commit = await repository.getCommit(hash);
        this.commitDates.set(hash, (commit.commitDate ?? commit.authorDate)?.toISOString());
      } catch {
        this.commitDates.set(hash, undefined);
      }
    }
    return this.commitDates.get(hash);
  }
}
