// VS Code's exclude settings (`files.exclude`, `search.exclude`: glob -> true) and `okr.scan.exclude`
// (a glob list) as the gitignore-style patterns the core scanners take. Pure.

/** Globs switched on in a `files.exclude`-style object; `{when: …}` sibling rules are left out. */
export function enabledGlobs(setting: unknown): string[] {
  if (!setting || typeof setting !== 'object') return [];
  return Object.entries(setting as Record<string, unknown>)
    .filter(([, value]) => value === true)
    .map(([glob]) => glob);
}

/**
 * gitignore patterns for VS Code globs. The `ignore` package has no `{a,b}` alternatives, so they
 * are expanded; a leading `/` or `./` anchors like in VS Code (relative to the folder).
 */
export function globsToIgnorePatterns(globs: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const glob of globs) {
    for (const expanded of expandBraces(glob.trim())) {
      const pattern = expanded.replace(/^\.\//, '/').replace(/\/+$/, '');
      if (pattern && pattern !== '/') patterns.add(pattern);
    }
  }
  return [...patterns];
}

/** `**\/*.{js,map}` -> `**\/*.js`, `**\/*.map`; nested braces expand too. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    const char = glob[i];
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      const bounds = [open, ...commas, i];
      const head = glob.slice(0, open);
      const tail = glob.slice(i + 1);
      return bounds.slice(1).flatMap((end, k) => expandBraces(head + glob.slice(bounds[k] + 1, end) + tail));
    } else if (char === ',' && depth === 1) commas.push(i);
  }
  return [glob]; // unbalanced: taken literally
}
