// The cross-file OKR model: files linked by `parent:` into a company → department → team tree, and
// objectives/KRs linked by `aligns_to:` across files. Every walk is iterative or memoised, so
// thousands of files and chains a thousand levels deep neither hang nor overflow the stack.
import type { KeyResult, Objective, OkrFile, Period } from '../format/model';
import type { ParsedOkrFile } from '../format/parse';
import { canonicalKey, displayPaths, resolveRelative } from './paths';

export interface CascadeFile {
  /** The file key as parsed (URI string or path). */
  file: string;
  parsed: ParsedOkrFile;
  model: OkrFile;
  /** Relative to the folder all files share, e.g. `teams/platform.okr.yaml`. */
  displayPath: string;
  /** The `parent:` resolved to a key of the same kind, when the file declares one. */
  parentKey?: string;
  /** The parent file in the cascade: undefined for roots, missing parents and files in a parent cycle. */
  parent?: CascadeFile;
  children: CascadeFile[];
  /** 0 for roots (company), 1 below them (department), … */
  level: number;
  /** True when the `parent:` chain of this file loops back to it. */
  inParentCycle: boolean;
}

export interface CascadeNode {
  id: string;
  kind: 'objective' | 'kr';
  file: CascadeFile;
  objective: Objective;
  keyResult?: KeyResult;
  /** The ids this node declares it aligns to, as written. */
  alignsTo: string[];
  title: string;
}

export interface Cascade {
  files: CascadeFile[];
  /** Files with no parent in the cascade, sorted by display path. */
  roots: CascadeFile[];
  /** The first definition of every objective and KR id (duplicates are reported by `duplicate-id`). */
  nodes: Map<string, CascadeNode>;
  /** Every objective and KR of every file, duplicates included, in file order. */
  allNodes: CascadeNode[];
  /** The objectives and KRs that align to `id`. */
  childrenOf(id: string): CascadeNode[];
  /** The file with this key, whatever its encoding (`%20` or a space). */
  fileByKey(fileKey: string): CascadeFile | undefined;
  /** Objectives in files with a `parent:` that align to nothing, neither they nor their KRs. */
  notAligned: CascadeNode[];
  periodOf(node: CascadeNode): Period | undefined;
}

export function buildCascade(files: readonly ParsedOkrFile[]): Cascade {
  const paths = displayPaths(files.map((f) => f.file));
  const cascadeFiles: CascadeFile[] = [];
  const byCanonical = new Map<string, CascadeFile>();
  for (const parsed of files) {
    if (!parsed.model) continue;
    const entry: CascadeFile = {
      file: parsed.file,
      parsed,
      model: parsed.model,
      displayPath: paths.get(parsed.file) ?? parsed.file,
      children: [],
      level: 0,
      inParentCycle: false,
    };
    if (parsed.model.parent) entry.parentKey = resolveRelative(parsed.file, parsed.model.parent);
    cascadeFiles.push(entry);
    const key = canonicalKey(parsed.file);
    if (!byCanonical.has(key)) byCanonical.set(key, entry);
  }
  const fileByKey = (fileKey: string) => byCanonical.get(canonicalKey(fileKey));

  linkParents(cascadeFiles, fileByKey);
  const roots = cascadeFiles.filter((f) => !f.parent).sort(byDisplayPath);
  assignLevels(roots);
  for (const file of cascadeFiles) file.children.sort(byDisplayPath);

  const nodes = new Map<string, CascadeNode>();
  const allNodes: CascadeNode[] = [];
  const aligned = new Map<string, CascadeNode[]>();
  const add = (node: CascadeNode) => {
    allNodes.push(node);
    if (node.id && !nodes.has(node.id)) nodes.set(node.id, node);
    for (const target of new Set(node.alignsTo)) {
      const list = aligned.get(target) ?? [];
      list.push(node);
      aligned.set(target, list);
    }
  };
  const notAligned: CascadeNode[] = [];
  for (const file of cascadeFiles) {
    for (const objective of file.model.objectives) {
      const objectiveNode: CascadeNode = {
        id: objective.id,
        kind: 'objective',
        file,
        objective,
        alignsTo: objective.aligns_to,
        title: objective.title,
      };
      add(objectiveNode);
      for (const keyResult of objective.key_results) {
        add({ id: keyResult.id, kind: 'kr', file, objective, keyResult, alignsTo: keyResult.aligns_to, title: keyResult.title });
      }
      const alignsSomewhere = objective.aligns_to.length > 0 || objective.key_results.some((kr) => kr.aligns_to.length > 0);
      if (file.model.parent && !alignsSomewhere) notAligned.push(objectiveNode);
    }
  }

  return {
    files: cascadeFiles,
    roots,
    nodes,
    allNodes,
    childrenOf: (id) => aligned.get(id) ?? [],
    fileByKey,
    notAligned,
    periodOf: (node) => node.file.model.period,
  };
}

/** Links each file to its parent, except along a loop: every file of a `parent:` cycle becomes a root. */
function linkParents(files: CascadeFile[], fileByKey: (key: string) => CascadeFile | undefined): void {
  const declared = new Map<CascadeFile, CascadeFile>();
  for (const file of files) {
    const parent = file.parentKey === undefined ? undefined : fileByKey(file.parentKey);
    if (parent) declared.set(file, parent);
  }
  // Follow each chain once; `state` marks files whose chain is already known to end or loop.
  const state = new Map<CascadeFile, 'walking' | 'done'>();
  for (const start of files) {
    const chain: CascadeFile[] = [];
    let current: CascadeFile | undefined = start;
    while (current && !state.has(current)) {
      state.set(current, 'walking');
      chain.push(current);
      current = declared.get(current);
    }
    if (current && state.get(current) === 'walking') {
      for (let i = chain.indexOf(current); i < chain.length; i++) chain[i].inParentCycle = true;
    }
    for (const file of chain) state.set(file, 'done');
  }
  for (const [file, parent] of declared) {
    if (file.inParentCycle) continue;
    file.parent = parent;
    parent.children.push(file);
  }
}

function assignLevels(roots: CascadeFile[]): void {
  const queue = roots.map((file) => ({ file, level: 0 }));
  for (let i = 0; i < queue.length; i++) {
    const { file, level } = queue[i];
    file.level = level;
    for (const child of file.children) queue.push({ file: child, level: level + 1 });
  }
}

function byDisplayPath(a: CascadeFile, b: CascadeFile): number {
  return a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0;
}
