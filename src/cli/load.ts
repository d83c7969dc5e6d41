// Loads the OKR files named on the command line (or found under folders) into a workspace model.
import { promises as fs } from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, mergeConfig, OkrConfig } from '../core/config';
import { findOkrFiles, readOkrFileInside, unreadOkrFile } from '../core/files';
import { DEFAULT_MAX_BYTES, parseOkrText, ParsedOkrFile } from '../core/format/parse';
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
/** `--max-file-size`, in MB, as every command that reads OKR files takes it. */
export function maxBytesOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const megabytes = Number(value);
  if (!(megabytes > 0) || !Number.isFinite(megabytes)) throw new UsageError(`--max-file-size takes a size in MB above 0, not "${terminalSafe(value)}"`);
  return Math.round(megabytes * 1024 * 1024);
}

export async function loadWorkspace(paths: string[], io: CliIo, today?: string, maxBytes = DEFAULT_MAX_BYTES): Promise<LoadedWorkspace> {
  if (today !== undefined && !isValidDate(today)) throw new UsageError(`--today takes a real date YYYY-MM-DD, not "${terminalSafe(today)}"`);
  const config = await loadConfig(io);
  const workspace = new OkrWorkspace(config, { maxBytes }, today);
  const targets = paths.length ? paths : ['.'];
  const roots: string[] = [];
  // Each file with the root it must stay inside: the folder it was found in, or for a file named on
  // the command line, the working folder when it lies there (else its own folder: it was asked for).
  const fileRoots = new Map<string, string>();
  for (const target of targets) {
    const full = path.resolve(io.cwd, target);
    const stat = await fs.lstat(full).catch(() => undefined);
    if (!stat) throw new UsageError(`no such file or folder: ${terminalSafe(target)}`);
    if (stat.isDirectory()) {
      roots.push(full);
      for (const file of await findOkrFiles(full)) if (!fileRoots.has(relativeToCwd(file, io.cwd))) fileRoots.set(relativeToCwd(file, io.cwd), full);
    } else {
      const named = relativeToCwd(full, io.cwd);
      if (!fileRoots.has(named)) fileRoots.set(named, named === full ? path.dirname(full) : io.cwd);
    }
  }
  const files: ParsedOkrFile[] = [];
  for (const [file, root] of fileRoots) {
    const parsed = await readOkrFile(file, io.cwd, root, maxBytes);
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

async function readOkrFile(file: string, cwd: string, root: string, maxBytes: number): Promise<ParsedOkrFile> {
  const read = await readOkrFileInside(root, path.resolve(cwd, file), maxBytes);
  if ('text' in read) return parseOkrText(read.text, file, { maxBytes });
  return unreadOkrFile(file, read, maxBytes, '`--max-file-size` (in MB)');
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

