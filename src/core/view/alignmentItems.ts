// The "Alignment" tree's content, pure (no 'vscode'): files from the company down (company →
// department → team), each with its objectives and KRs, their status and what they align to.
import type { Cascade, CascadeFile, CascadeNode, NodeProgress } from '../cascade';
import { rollupChildren } from '../cascade';
import type { Status } from '../progress';
import { Range, ZERO_RANGE } from '../types';
import { blockedLabel, blockedSentence } from '../progress/statusWords';
import { escapeMarkdown, STATUS_LOOK, statusLabel } from './labels';

export interface AlignmentItem {
  /** Stable across rebuilds: file key plus the position in the file. */
  key: string;
  kind: 'file' | 'objective' | 'kr';
  label: string;
  description: string;
  /** Markdown, user text escaped. */
  tooltip: string;
  icon: string;
  color?: string;
  /** The OKR id of an objective or KR. */
  okrId?: string;
  status?: Status;
  notAligned: boolean;
  /** Where clicking goes: the file and the range of the id (or the file's first line). */
  file: string;
  range: Range;
  parent?: AlignmentItem;
  children: AlignmentItem[];
}

const NOT_ALIGNED_LOOK = { icon: 'debug-disconnect', color: 'problemsInfoIcon.foreground' };

export function buildAlignmentItems(cascade: Cascade, progressOf: (id: string) => NodeProgress | undefined): AlignmentItem[] {
  const notAligned = new Set(cascade.notAligned);
  const objectiveNodes = new Map(cascade.allNodes.filter((n) => n.kind === 'objective').map((n) => [n.objective, n]));
  const krNodes = new Map(cascade.allNodes.filter((n) => n.keyResult).map((n) => [n.keyResult!, n]));
  const roots = cascade.roots.map((file) => fileItem(file));
  // Breadth first with an explicit queue: a chain of 1,000 parent files must not overflow.
  const queue: AlignmentItem[] = [...roots];
  const fileOf = new Map<AlignmentItem, CascadeFile>(roots.map((item, i) => [item, cascade.roots[i]]));
  for (let i = 0; i < queue.length; i++) {
    const item = queue[i];
    const file = fileOf.get(item)!;
    for (const objective of file.model.objectives) {
      const objectiveItem = nodeItem(objectiveNodes.get(objective)!, item, notAligned, progressOf, cascade);
      for (const kr of objective.key_results) {
        objectiveItem.children.push(nodeItem(krNodes.get(kr)!, objectiveItem, notAligned, progressOf, cascade));
      }
      item.children.push(objectiveItem);
    }
    for (const child of file.children) {
      const childItem = fileItem(child, item);
      fileOf.set(childItem, child);
      item.children.push(childItem);
      queue.push(childItem);
    }
  }
  return roots;
}

function fileItem(file: CascadeFile, parent?: AlignmentItem): AlignmentItem {
  const { model, displayPath } = file;
  const description = [model.period?.label, displayPath].filter(Boolean).join(' · ');
  const level = file.level === 0 ? 'Top level' : `Level ${file.level + 1} (cascades from ${escapeMarkdown(file.parent?.model.team ?? file.parent?.displayPath ?? '?')})`;
  return {
    key: file.file,
    kind: 'file',
    label: model.team ?? displayPath,
    description,
    tooltip: `**${escapeMarkdown(model.team ?? displayPath)}** · ${escapeMarkdown(description)}\n\n${level}`,
    icon: file.level === 0 ? 'organization' : 'people',
    notAligned: false,
    file: file.file,
    range: model.ranges.values.team ?? model.ranges.keys.okr ?? ZERO_RANGE,
    parent,
    children: [],
  };
}

function nodeItem(
  node: CascadeNode,
  parent: AlignmentItem,
  notAligned: Set<CascadeNode>,
  progressOf: (id: string) => NodeProgress | undefined,
  cascade: Cascade,
): AlignmentItem {
  const progress = node.id ? progressOf(node.id) : undefined;
  const isNotAligned = notAligned.has(node);
  const parts: string[] = [];
  if (progress) parts.push(`${Math.round(progress.progress * 100)}%`);
  if (node.keyResult?.rollup === 'children') parts.push(`rollup of ${rollupChildren(cascade, node.id).length}`);
  if (node.alignsTo.length > 0) parts.push(`↑ ${node.alignsTo.join(', ')}`);
  if (isNotAligned) parts.push('not aligned');
  if (progress?.blockedBy?.length) parts.push(blockedLabel(progress.blockedBy));
  const look: { icon: string; color?: string } = isNotAligned ? NOT_ALIGNED_LOOK : progress ? STATUS_LOOK[progress.status] : { icon: 'circle-large-outline' };
  const ranges = node.keyResult?.ranges ?? node.objective.ranges;
  const lines = [`**${escapeMarkdown(node.id)}** ${escapeMarkdown(node.title)}`];
  if (progress) lines.push(`${Math.round(progress.progress * 100)}% · ${statusLabel(progress.status, progress.stale ?? false)}`);
  if (node.alignsTo.length > 0) lines.push(`Aligns to ${node.alignsTo.map(escapeMarkdown).join(', ')}`);
  if (isNotAligned) lines.push('Aligns to nothing in the cascade, and neither do its key results: add `aligns_to`.');
  if (progress?.blockedBy?.length) lines.push(blockedSentence(progress.blockedBy.map(escapeMarkdown)));
  const position = node.keyResult ? `/o${node.objective.index}/k${node.keyResult.index}` : `/o${node.objective.index}`;
  return {
    key: `${node.file.file}#${position}`,
    kind: node.kind,
    label: node.id ? `${node.id} ${node.title}` : node.title,
    description: parts.join(' · '),
    tooltip: lines.join('\n\n'),
    icon: look.icon,
    color: look.color,
    okrId: node.id || undefined,
    status: progress?.status,
    notAligned: isNotAligned,
    file: node.file.file,
    range: ranges.values.id ?? ranges.node,
    parent,
    children: [],
  };
}
