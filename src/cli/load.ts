// Loads the OKR files named on the command line (or found under folders) into a workspace model.
import { promises as fs } from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, mergeConfig, OkrConfig } from '../core/config';
import { findOkrFiles } from '../core/files';
import { DEFAULT_MAX_BYTES, oversizedFile, parseOkrText, ParsedOkrFile } from '../core/format/parse';
import { isValidDate } from '../core/format/period';
import { terminalSafe } from '../core/text/terminal';
import { OkrWorkspace } from '../core/workspace';
import { CliIo, UsageError } from './io';

export interface LoadedWorkspace {
  workspace: OkrWorkspace;
  files: ParsedOkrFile[];
  config: OkrConfig;
  /** Folders searched, for the code scan. */
  roots: string[];
}

/** Reads every OKR file named or found under the given paths into a workspace model. */
export async function loadWorkspace(paths: string[], io: CliIo, today?: string): Promise<LoadedWorkspace> {
  if (today !== undefined && !isValidDate(today)) throw new UsageError(`--today takes a real date YYYY-MM-DD, not "${terminalSafe(today)}"`);
  const config = await loadConfig(io);
  const workspace = new OkrWorkspace(config, { maxBytes: DEFAULT_MAX_BYTES }, today);
  const targets = paths.length ? paths : ['.'];
  const roots: string[] = [];
  const fileNames: string[] = [];
  for (const target of targets) {
    const full = path.resolve(io.cwd, target);
    const stat = await fs.stat(full).catch(() => undefined);
    if (!stat) throw new UsageError(`no such file or folder: ${terminalSafe(target)}`);
    if (stat.isDirectory()) {
      roots.push(full);
      fileNames.push(...(await findOkrFiles(full)).map((file) => relativeToCwd(file, io.cwd)));
    } else {
      fileNames.push(relativeToCwd(full, io.cwd));
    }
  }
  const files: ParsedOkrFile[] = [];
  for (const file of [...new Set(fileNames)]) {
    const parsed = await readOkrFile(file, io.cwd);
    workspace.set(parsed);
    files.push(parsed);
  }
  return { workspace, files, config, roots };
}

/** Files are keyed by their path relative to the working folder: that is what people read. */
function relativeToCwd(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

async function readOkrFile(file: string, cwd: string): Promise<ParsedOkrFile> {
  const full = path.resolve(cwd, file);
  const stat = await fs.stat(full);
  if (stat.size > DEFAULT_MAX_BYTES) return oversizedFile(file, stat.size);
  const bytes = await fs.readFile(full);
  return parseOkrText(new TextDecoder('utf-8').decode(bytes), file);
}

async function loadConfig(io: CliIo): Promise<OkrConfig> {
  const file = path.join(io.cwd, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return DEFAULT_CONFIG;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${CONFIG_FILE_NAME} is not valid JSON: ${(error as Error).message}`);
  }
  const { config, problems } = mergeConfig(DEFAULT_CONFIG, json);
  for (const problem of problems) io.stderr(`okr: ${CONFIG_FILE_NAME}: ${terminalSafe(problem)}\n`);
  return config;
}

