// `okr links`: each KR's references in code and its branches; and the dangling references that
// `okr lint` reports as `unknown-kr-reference`.
import { parseArgs } from 'util';
import { danglingReferenceFindings, listBranchesWithGit, Reference, scanWithNode, UNKNOWN_KR_REFERENCE_RULE } from '../core/links';
import { linkWork } from '../core/links/linkedWork';
import { terminalSafe as safe } from '../core/text/terminal';
import type { Finding } from '../core/types';
import { CliIo, UsageError } from './io';
import { LoadedWorkspace, loadWorkspace, maxBytesOption } from './load';
import { displayPath } from './lintOutput';

export async function runLinks(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, 'max-file-size': { type: 'string' } },
  });
  const format = values.format;
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, not "${format}"`);
  const loaded = await loadWorkspace(positionals, io, undefined, maxBytesOption(values['max-file-size']));
  const references = await scanRoots(loaded);
  const ids = loaded.workspace.idIndex();
  const branches = await listBranchesWithGit(io.cwd).catch(() => []);
  const work = linkWork(ids, references, branches);

  const keyResults = [...ids.values()].map((entry) => ({
    id: entry.id,
    title: entry.keyResult?.title ?? entry.objective.title,
    kind: entry.keyResult ? 'key_result' : 'objective',
    file: displayPath(entry.file, io.cwd),
    references: work
      .referencesTo(entry.id)
      .map((r) => ({ file: displayPath(r.file, io.cwd), line: r.line + 1, column: r.character + 1, text: r.text })),
    branches: work.branchesFor(entry.id).map((b) => b.name),
  }));
  const dangling = work.dangling.map((r) => ({
    id: r.id,
    file: displayPath(r.file, io.cwd),
    line: r.line + 1,
    column: r.character + 1,
    text: r.text,
  }));

  if (format === 'json') {
    io.stdout(JSON.stringify({ key_results: keyResults, dangling }, null, 2) + '\n');
    return 0;
  }
  for (const kr of keyResults) {
    io.stdout(`${safe(kr.id)}  ${safe(kr.title)}\n`);
    for (const r of kr.references) io.stdout(`    ${safe(r.file)}:${r.line}:${r.column}  ${safe(r.text)}\n`);
    for (const b of kr.branches) io.stdout(`    branch ${safe(b)}\n`);
    if (!kr.references.length && !kr.branches.length) io.stdout('    (no linked work)\n');
  }
  if (dangling.length) {
    io.stdout('\nReferences to ids that do not exist:\n');
    for (const d of dangling) io.stdout(`    ${safe(d.file)}:${d.line}:${d.column}  ${safe(d.id)}\n`);
  }
  return 0;
}

/** Dangling references in code under the linted folders, as lint findings. */
export async function codeFindings(loaded: LoadedWorkspace, io: CliIo): Promise<Finding[]> {
  if (loaded.config.rules[UNKNOWN_KR_REFERENCE_RULE] === 'off' || loaded.roots.length === 0) return [];
  const references = await scanRoots(loaded);
  void io;
  return danglingReferenceFindings(linkWork(loaded.workspace.idIndex(), references, []).dangling, loaded.config);
}

async function scanRoots(loaded: LoadedWorkspace): Promise<Reference[]> {
  const all: Reference[] = [];
  for (const root of loaded.roots) all.push(...(await scanWithNode(root, { tags: loaded.config.tags })));
  return all;
}
