// Reads `okr.*` settings and the shared workspace file `.okr-lens.json` into the core's config.
// Precedence: built-in defaults < `.okr-lens.json` (the team's, also read by the CLI) < VS Code
// settings (a person's explicit choice on their machine).
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, mergeConfig, OkrConfig } from '../../core/config';
import type { ParseOptions } from '../../core/format/parse';

export const SETTINGS_SECTION = 'okr';

export interface Settings {
  config: OkrConfig;
  parseOptions: ParseOptions;
  /** A glob for `findFiles` excludes, from `okr.scan.exclude`. */
  exclude: string | undefined;
  problems: string[];
}

const output = { channel: undefined as vscode.OutputChannel | undefined };

export function setProblemChannel(channel: vscode.OutputChannel): void {
  output.channel = channel;
}

export async function readSettings(): Promise<Settings> {
  const problems: string[] = [];
  let config = DEFAULT_CONFIG;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      const merged = mergeConfig(config, JSON.parse(text));
      config = merged.config;
      problems.push(...merged.problems.map((p) => `${CONFIG_FILE_NAME}: ${p}`));
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError)) problems.push(`${CONFIG_FILE_NAME}: ${(error as Error).message}`);
    }
  }
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const fromSettings: Record<string, unknown> = {};
  for (const key of ['rules', 'krCount', 'objectiveCount', 'tags', 'checkinCadenceDays']) {
    const inspected = settings.inspect(key);
    const explicit = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (explicit !== undefined) fromSettings[key] = explicit;
  }
  const merged = mergeConfig(config, fromSettings);
  problems.push(...merged.problems.map((p) => `settings: ${p}`));
  for (const problem of problems) output.channel?.appendLine(`[config] ${problem}`);
  const maxMb = settings.get<number>('maxFileSizeMB', 5);
  const excludes = settings.get<string[]>('scan.exclude', []);
  return {
    config: merged.config,
    parseOptions: { maxBytes: Math.max(0.001, maxMb) * 1024 * 1024 },
    exclude: excludes.length ? `{${excludes.join(',')}}` : undefined,
    problems,
  };
}
