// Reads `okr.*` settings and the shared file `.okr-lens.json` of each workspace folder into the
// core's config. Precedence: built-in defaults < the folder's `.okr-lens.json` (the team's, also read
// by the CLI) < VS Code settings for that folder (a person's explicit choice on their machine).
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, mergeConfig, OkrConfig } from '../../core/config';
import type { ParseOptions } from '../../core/format/parse';

export const SETTINGS_SECTION = 'okr';
export const CONFIG_FILE_GLOB = `**/${CONFIG_FILE_NAME}`;

export interface Settings {
  /** The first folder's config: workspace-wide figures (cadence) and files outside every folder. */
  config: OkrConfig;
  /** The config of the folder a file is in. */
  configOf(uri: vscode.Uri): OkrConfig;
  parseOptions: ParseOptions;
  /** A glob for `findFiles` excludes, from `okr.scan.exclude`. */
  exclude: string | undefined;
}

const CONFIG_KEYS = ['rules', 'krCount', 'objectiveCount', 'tags', 'checkinCadenceDays'];

/** Each folder's last `.okr-lens.json` that parsed: a half-typed edit must not reset the team's rules. */
const lastGoodFileConfig = new Map<string, OkrConfig>();

export async function readSettings(log: vscode.LogOutputChannel): Promise<Settings> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const configs = new Map<string, OkrConfig>();
  for (const folder of folders) configs.set(folder.uri.toString(), await folderConfig(folder, log));
  const config = folders.length ? configs.get(folders[0].uri.toString())! : await folderConfig(undefined, log);
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const maxMb = settings.get<number>('maxFileSizeMB', 5);
  const excludes = settings.get<string[]>('scan.exclude', []);
  return {
    config,
    configOf: (uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      return (folder && configs.get(folder.uri.toString())) ?? config;
    },
    parseOptions: { maxBytes: Math.max(0.001, maxMb) * 1024 * 1024 },
    exclude: excludes.length ? `{${excludes.join(',')}}` : undefined,
  };
}

async function folderConfig(folder: vscode.WorkspaceFolder | undefined, log: vscode.LogOutputChannel): Promise<OkrConfig> {
  const problems: string[] = [];
  let config = DEFAULT_CONFIG;
  if (folder) {
    const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    const key = folder.uri.toString();
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      const merged = mergeConfig(config, JSON.parse(text));
      config = merged.config;
      lastGoodFileConfig.set(key, config);
      problems.push(...merged.problems.map((p) => `${CONFIG_FILE_NAME}: ${p}`));
    } catch (error) {
      if (error instanceof SyntaxError) {
        config = lastGoodFileConfig.get(key) ?? config;
        problems.push(`${CONFIG_FILE_NAME} is not valid JSON (${error.message}); ${lastGoodFileConfig.has(key) ? 'the last valid version still applies' : 'the defaults apply'} until it is fixed.`);
        void vscode.window.showWarningMessage(`OKR Lens: ${folder.name}/${CONFIG_FILE_NAME} is not valid JSON; ${lastGoodFileConfig.has(key) ? 'its last valid version' : 'the default rules'} still apply until it is fixed.`);
      } else if (error instanceof vscode.FileSystemError) {
        lastGoodFileConfig.delete(key); // deleted: the defaults apply again
      } else {
        throw error;
      }
    }
  }
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder?.uri);
  const fromSettings: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const inspected = settings.inspect(key);
    const explicit = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (explicit !== undefined) fromSettings[key] = explicit;
  }
  const merged = mergeConfig(config, fromSettings);
  problems.push(...merged.problems.map((p) => `settings: ${p}`));
  for (const problem of problems) log.warn(`[config]${folder ? ` ${folder.name}:` : ''} ${problem}`);
  return merged.config;
}
