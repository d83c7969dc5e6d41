// The workspace model: every parsed OKR file, the id index and the findings. The single source of
// truth for the CLI and the extension; views subscribe to `onDidChange` instead of re-parsing.
import { buildCascade, Cascade, cascadeProgress, rollupChildren, rollupResolver } from './cascade';
import { DEFAULT_CONFIG, OkrConfig } from './config';
import type { KeyResult, Objective } from './format/model';
import { oversizedFile, parseOkrText, ParsedOkrFile, ParseOptions } from './format/parse';
import { reparseOkrText } from './format/reparse';
import { lintFile, lintWorkspace } from './lint';
import { prefixesOf } from './links/ids';
import type { ProgressOptions } from './progress';
import type { Finding } from './types';

export interface IdEntry {
  id: string;
  file: string;
  objective: Objective;
  keyResult?: KeyResult;
}

type Listener = (changedFiles: string[]) => void;

export class OkrWorkspace {
  private readonly files = new Map<string, ParsedOkrFile>();
  private readonly fileFindings = new Map<string, Finding[]>();
  private workspaceFindings: Map<string, Finding[]> | undefined;
  private ids: Map<string, IdEntry> | undefined;
  private cascadeModel: Cascade | undefined;
  private progressMemo: { cascade: Cascade; today: string; options: ProgressOptions } | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(
    private config: OkrConfig = DEFAULT_CONFIG,
    private parseOptions: ParseOptions = {},
    private today?: string,
  ) {}

  /** Parses (or re-parses, reusing what the edit left unchanged) one file from its current text. */
  update(file: string, text: string): ParsedOkrFile {
    const previous = this.files.get(file);
    if (previous && previous.text === text) return previous;
    return this.set(previous ? reparseOkrText(previous, text, this.parseOptions) : parseOkrText(text, file, this.parseOptions));
  }

  /** Stores a file parsed elsewhere (e.g. one too large to read, parsed from its size alone). */
  set(parsed: ParsedOkrFile): ParsedOkrFile {
    this.files.set(parsed.file, parsed);
    this.fileFindings.delete(parsed.file);
    this.invalidate([parsed.file]);
    return parsed;
  }

  /** Records a file too large to read, from its size alone. */
  setOversized(file: string, bytes: number, maxBytes: number): ParsedOkrFile {
    return this.set(oversizedFile(file, bytes, maxBytes));
  }

  remove(file: string): boolean {
    if (!this.files.delete(file)) return false;
    this.fileFindings.delete(file);
    this.invalidate([file]);
    return true;
  }

  /** Replaces the configuration (rule severities, thresholds) and re-lints everything. */
  configure(config: OkrConfig, parseOptions: ParseOptions = this.parseOptions, today = this.today): void {
    this.config = config;
    this.parseOptions = parseOptions;
    this.today = today;
    this.fileFindings.clear();
    this.invalidate([...this.files.keys()]);
  }

  get configuration(): OkrConfig {
    return this.config;
  }

  get parseOptionsInUse(): ParseOptions {
    return this.parseOptions;
  }

  get(file: string): ParsedOkrFile | undefined {
    return this.files.get(file);
  }

  all(): ParsedOkrFile[] {
    return [...this.files.values()];
  }

  /** Findings for one file: its own rules plus the cross-file ones that land in it. */
  findings(file: string): Finding[] {
    const parsed = this.files.get(file);
    if (!parsed) return [];
    let own = this.fileFindings.get(file);
    if (!own) {
      own = lintFile(parsed, this.config, this.today);
      this.fileFindings.set(file, own);
    }
    return [...own, ...(this.crossFileFindings().get(file) ?? [])];
  }

  /** Every file's findings, including files with none (so stale diagnostics can be cleared). */
  allFindings(): Map<string, Finding[]> {
    const result = new Map<string, Finding[]>();
    for (const file of this.files.keys()) result.set(file, this.findings(file));
    return result;
  }

  /** The first definition of every objective and KR id in the workspace. */
  idIndex(): Map<string, IdEntry> {
    if (!this.ids) {
      const ids = new Map<string, IdEntry>();
      for (const parsed of this.files.values()) {
        for (const objective of parsed.model?.objectives ?? []) {
          if (objective.id && !ids.has(objective.id)) ids.set(objective.id, { id: objective.id, file: parsed.file, objective });
          for (const keyResult of objective.key_results) {
            if (keyResult.id && !ids.has(keyResult.id)) {
              ids.set(keyResult.id, { id: keyResult.id, file: parsed.file, objective, keyResult });
            }
          }
        }
      }
      this.ids = ids;
    }
    return this.ids;
  }

  /** Id prefixes in use (`PLAT` for PLAT-1.2), to tell a dangling reference from unrelated text. */
  idPrefixes(): Set<string> {
    return prefixesOf([...this.idIndex().keys()].map((id) => id.toUpperCase()));
  }

  /** The company → department → team tree across files (parents, alignments, rollups). */
  cascade(): Cascade {
    this.cascadeModel ??= buildCascade(this.all());
    return this.cascadeModel;
  }

  /**
   * Options for `core/progress` on `today`: configured cadence, rollups through the cascade and
   * "blocked by" from `depends_on`. The same object until the model changes, so its rollup and
   * blocker memos are computed once per model version.
   */
  progressOptions(today: string): ProgressOptions {
    const cascade = this.cascade();
    const memo = this.progressMemo;
    if (memo && memo.cascade === cascade && memo.today === today) return memo.options;
    const base: ProgressOptions = { today, cadenceDays: this.config.checkinCadenceDays };
    const countRollupChildren = (kr: KeyResult) => rollupChildren(cascade, kr.id).length;
    const withRollups: ProgressOptions = { ...base, resolveRollup: rollupResolver(cascade, base), countRollupChildren };
    // Blocking only turns on-track into at-risk, so which dependencies are off track does not
    // depend on blocking: one pass without it is final.
    let blockers: Map<string, string[]> | undefined;
    const resolveBlockedBy = (kr: KeyResult): string[] => {
      blockers ??= new Map(
        [...cascadeProgress(cascade, withRollups)].flatMap(([id, progress]) => (progress.blockedBy ? [[id, progress.blockedBy]] : [])),
      );
      return blockers.get(kr.id) ?? [];
    };
    const options: ProgressOptions = { ...withRollups, resolveBlockedBy };
    this.progressMemo = { cascade, today, options };
    return options;
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private crossFileFindings(): Map<string, Finding[]> {
    if (!this.workspaceFindings) {
      const byFile = new Map<string, Finding[]>();
      for (const finding of lintWorkspace(this.all(), this.config, this.cascade())) {
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
      }
      this.workspaceFindings = byFile;
    }
    return this.workspaceFindings;
  }

  private invalidate(changed: string[]): void {
    this.workspaceFindings = undefined;
    this.ids = undefined;
    this.cascadeModel = undefined;
    for (const listener of [...this.listeners]) listener(changed);
  }
}
