// The workspace model: every parsed OKR file, the id index and the findings. The single source of
// truth for the CLI and the extension; views subscribe to `onDidChange` instead of re-parsing.
import { buildCascade, Cascade, workspaceProgress, WorkspaceProgress } from './cascade';
import { DEFAULT_CONFIG, OkrConfig } from './config';
import type { KeyResult, Objective } from './format/model';
import { internalErrorFile, oversizedFile, parseOkrText, ParsedOkrFile, ParseOptions } from './format/parse';
import { lintFile, lintWorkspace } from './lint';
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
  private progressMemo: { cascade: Cascade; today: string; progress: WorkspaceProgress } | undefined;
  /** The config of each file: folders of a multi-root workspace may differ; default: `config`. */
  private configOf: (file: string) => OkrConfig = () => this.config;
  private readonly listeners = new Set<Listener>();

  constructor(
    private config: OkrConfig = DEFAULT_CONFIG,
    private parseOptions: ParseOptions = {},
    private today?: string,
  ) {}

  /**
   * Parses one file from its current text. While the text has a YAML syntax error, the file keeps
   * its last good model (marked `stale`): views keep its objectives and figures, and the rules
   * that would read the broken text stay silent until it parses again.
   */
  update(file: string, text: string): ParsedOkrFile {
    const previous = this.files.get(file);
    if (previous && previous.text === text) return previous;
    const parsed = parseOkrText(text, file, this.parseOptions);
    const syntaxError = parsed.findings.find((finding) => finding.rule === 'yaml-syntax');
    if (syntaxError && previous?.model) {
      return this.set(Object.assign(parsed, { model: previous.model, stale: { line: syntaxError.range.start.line } }));
    }
    return this.set(parsed);
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

  /** Records a file this program failed on (a bug, not the file's fault), so the failure shows. */
  setInternalError(file: string, detail: string): ParsedOkrFile {
    return this.set(internalErrorFile(file, detail));
  }

  remove(file: string): boolean {
    if (!this.files.delete(file)) return false;
    this.fileFindings.delete(file);
    this.invalidate([file]);
    return true;
  }

  /**
   * Replaces the configuration (rule severities, thresholds) and re-lints everything. `configOf`
   * gives a file its own folder's config; `config` holds for the rest (and workspace-wide figures
   * such as the check-in cadence).
   */
  configure(config: OkrConfig, parseOptions: ParseOptions = this.parseOptions, today = this.today, configOf?: (file: string) => OkrConfig): void {
    this.config = config;
    this.configOf = configOf ?? (() => this.config);
    this.parseOptions = parseOptions;
    this.today = today;
    this.fileFindings.clear();
    this.invalidate([...this.files.keys()]);
  }

  get configuration(): OkrConfig {
    return this.config;
  }

  /** The config that applies to one file (its workspace folder's). */
  configurationOf(file: string): OkrConfig {
    return this.configOf(file);
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
      own = lintFile(parsed, this.configOf(file), this.today);
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

  /** The company → department → team tree across files (parents, alignments, rollups). */
  cascade(): Cascade {
    this.cascadeModel ??= buildCascade(this.all());
    return this.cascadeModel;
  }

  /**
   * Every progress figure on `today`: configured cadence, rollups through the cascade and "blocked
   * by" from `depends_on`, each KR measured once. The same object until the model or the day changes.
   */
  progress(today: string): WorkspaceProgress {
    const cascade = this.cascade();
    const memo = this.progressMemo;
    if (memo && memo.cascade === cascade && memo.today === today) return memo.progress;
    const progress = workspaceProgress(cascade, { today, cadenceDays: this.config.checkinCadenceDays });
    this.progressMemo = { cascade, today, progress };
    return progress;
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private crossFileFindings(): Map<string, Finding[]> {
    if (!this.workspaceFindings) {
      const byFile = new Map<string, Finding[]>();
      // Cross-file rules run once per distinct config; each file keeps what its own config says.
      const configs = new Set(this.all().map((parsed) => this.configOf(parsed.file)));
      for (const config of configs) {
        for (const finding of lintWorkspace(this.all(), config, this.cascade())) {
          if (this.configOf(finding.file) !== config || this.files.get(finding.file)?.stale) continue;
          const list = byFile.get(finding.file) ?? [];
          list.push(finding);
          byFile.set(finding.file, list);
        }
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
