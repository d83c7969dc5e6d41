// Locates a ripgrep binary: the one VS Code ships (its path moved between releases, so every known
// layout is tried), then `rg` on the PATH.
import * as fs from 'fs';
import * as path from 'path';

const SHIPPED_LOCATIONS = [
  ['node_modules', '@vscode', 'ripgrep', 'bin'],
  ['node_modules.asar.unpacked', '@vscode', 'ripgrep', 'bin'],
  ['node_modules', 'vscode-ripgrep', 'bin'],
  ['node_modules.asar.unpacked', 'vscode-ripgrep', 'bin'],
];

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Never throws; undefined when no usable rg is found. `envPath` is a PATH value (not read from the environment). */
export function findRipgrep(candidates: { appRoot?: string; envPath?: string }): string | undefined {
  const executable = process.platform === 'win32' ? 'rg.exe' : 'rg';
  const shipped = candidates.appRoot ? SHIPPED_LOCATIONS.map((parts) => path.join(candidates.appRoot!, ...parts, executable)) : [];
  const onPath = (candidates.envPath ?? '')
    .split(path.delimiter)
    .filter((directory) => directory.length > 0)
    .map((directory) => path.join(directory.replace(/^"(.*)"$/, '$1'), executable));
  return [...shipped, ...onPath].find(isExecutableFile);
}
