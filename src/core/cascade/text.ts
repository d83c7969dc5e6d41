// The cascade as a plain-text tree for a terminal (`okr report --tree`): files from the company down
// (company → department → team), each with its objectives and KRs.
import type { KeyResult, Objective } from '../format/model';
import { blockedLabel, statusWord } from '../progress/statusWords';
import type { Cascade, CascadeFile, CascadeNode } from './model';
import type { NodeProgress } from './workspaceProgress';

type Entry = { kind: 'file'; file: CascadeFile } | { kind: 'node'; node: CascadeNode };

export function renderCascadeText(cascade: Cascade, progressOf?: (id: string) => NodeProgress | undefined): string {
  const nodeOf = new Map<Objective | KeyResult, CascadeNode>();
  for (const node of cascade.allNodes) nodeOf.set(node.keyResult ?? node.objective, node);
  const notAligned = new Set(cascade.notAligned);
  const childrenOf = (entry: Entry): Entry[] => {
    if (entry.kind === 'file') {
      return [
        ...entry.file.model.objectives.map((objective): Entry => ({ kind: 'node', node: nodeOf.get(objective)! })),
        ...entry.file.children.map((file): Entry => ({ kind: 'file', file })),
      ];
    }
    if (entry.node.kind !== 'objective') return [];
    return entry.node.objective.key_results.map((kr): Entry => ({ kind: 'node', node: nodeOf.get(kr)! }));
  };
  const describe = (entry: Entry): string => {
    if (entry.kind === 'file') {
      const { model, displayPath } = entry.file;
      return [model.team ?? displayPath, model.period?.label, displayPath].filter(Boolean).join(' · ');
    }
    const { node } = entry;
    const parts = [`${node.id}  ${node.title}`];
    const progress = progressOf?.(node.id);
    if (progress) parts.push(`[${Math.round(progress.progress * 100)}% ${statusWord(progress.status)}]`);
    if (node.keyResult?.rollup === 'children') parts.push('(rollup)');
    if (node.alignsTo.length > 0) parts.push(`↑ ${node.alignsTo.join(', ')}`);
    if (notAligned.has(node)) parts.push('⚠ not aligned');
    if (progress?.blockedBy?.length) parts.push(blockedLabel(progress.blockedBy));
    return parts.join('  ');
  };

  const lines: string[] = [];
  // An explicit stack: a chain of 1,000 parent files must not overflow the call stack.
  const stack: { entry: Entry; prefix: string; last: boolean; root: boolean }[] = cascade.roots
    .map((file) => ({ entry: { kind: 'file' as const, file }, prefix: '', last: true, root: true }))
    .reverse();
  while (stack.length > 0) {
    const { entry, prefix, last, root } = stack.pop()!;
    if (root && lines.length > 0) lines.push('');
    lines.push(prefix + (root ? '' : last ? '└─ ' : '├─ ') + describe(entry));
    const childPrefix = root ? '' : prefix + (last ? '   ' : '│  ');
    const children = childrenOf(entry);
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ entry: children[i], prefix: childPrefix, last: i === children.length - 1, root: false });
    }
  }
  const objectives = cascade.allNodes.filter((node) => node.kind === 'objective').length;
  lines.push(
    '',
    `${cascade.files.length} file${plural(cascade.files.length)} · ${objectives} objective${plural(objectives)} · ` +
      `${cascade.notAligned.length} not aligned`,
  );
  return lines.join('\n') + '\n';
}

function plural(count: number): string {
  return count === 1 ? '' : 's';
}
