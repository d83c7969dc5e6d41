// What every view reads: the workspace as it is at one model version, with the code references and
// branches known then, on one day. Immutable; each figure is computed on first use and kept, so the
// tree, the Alignment view, the panel, the status bar, CodeLens and hovers share one computation.
import { Cascade, workspaceProgress, WorkspaceProgress } from './cascade';
import type { OkrConfig } from './config';
import type { OkrFile } from './format/model';
import type { ParsedOkrFile } from './format/parse';
import { BranchInfo, linkWork, LinkedWork } from './links/linkedWork';
import type { Reference } from './links/references';
import type { Finding } from './types';
import type { IdEntry, OkrWorkspace } from './workspace';

export interface WorkspaceSnapshot {
  readonly today: string;
  /** Every OKR file, readable or not. */
  readonly files: readonly ParsedOkrFile[];
  /** The files that parsed into a model, sorted by file key. */
  readonly okrFiles: readonly OkrFile[];
  readonly ids: ReadonlyMap<string, IdEntry>;
  readonly cascade: Cascade;
  readonly progress: WorkspaceProgress;
  readonly work: LinkedWork;
  /** Every branch of the workspace's repositories, local and remote. */
  readonly branches: readonly BranchInfo[];
  /** Every OKR file's findings, files without any included. */
  readonly findings: ReadonlyMap<string, Finding[]>;
  /** The workspace-wide config (first folder's), for figures that are not per file. */
  readonly config: OkrConfig;
  file(file: string): ParsedOkrFile | undefined;
  /** The config of the folder a file (OKR or code) is in. */
  configOf(file: string): OkrConfig;
  /** The definition of an id, matched case-insensitively as ids in code are. */
  lookup(id: string): IdEntry | undefined;
}

export function takeSnapshot(
  workspace: OkrWorkspace,
  references: readonly Reference[],
  branches: readonly BranchInfo[],
  today: string,
): WorkspaceSnapshot {
  const files = workspace.all();
  const ids = workspace.idIndex();
  const cascade = workspace.cascade();
  // Read now: the workspace moves on after this snapshot, the snapshot does not.
  const findings = workspace.allFindings();
  const config = workspace.configuration;
  const byFile = new Map(files.map((parsed) => [parsed.file, parsed]));
  const memo: { okrFiles?: OkrFile[]; work?: LinkedWork; progress?: WorkspaceProgress; upperIds?: Map<string, IdEntry> } = {};
  return {
    today,
    files,
    ids,
    cascade,
    branches,
    config,
    findings,
    get okrFiles() {
      return (memo.okrFiles ??= files
        .flatMap((parsed) => (parsed.model ? [parsed.model] : []))
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
    },
    get progress() {
      memo.progress ??=
        workspace.cascade() === cascade ? workspace.progress(today) : workspaceProgress(cascade, { today, cadenceDays: config.checkinCadenceDays });
      return memo.progress;
    },
    get work() {
      return (memo.work ??= linkWork(ids, references, branches));
    },
    file: (file) => byFile.get(file),
    configOf: (file) => workspace.configurationOf(file),
    lookup(id) {
      memo.upperIds ??= new Map([...ids].reverse().map(([key, entry]) => [key.toUpperCase(), entry]));
      return ids.get(id) ?? memo.upperIds.get(id.toUpperCase());
    },
  };
}
