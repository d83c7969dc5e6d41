// The sidebar's trees as plain data: grouping, labels, descriptions, tooltips, filters. Pure (no
// 'vscode') so it is unit-tested in Node; the providers only turn WorkNodes into TreeItems.
import type { Reference } from '../links';
import type { KeyResult, Objective } from '../format/model';
import type { ParsedOkrFile } from '../format/parse';
import type { FileProgress, KrProgress, ObjectiveProgress, ProgressFigures, Status } from '../progress';
import type { Range } from '../types';
import type { BranchInfo, LinkedWork } from '../links/linkedWork';
import { blockedSentence, statusWord } from '../progress/statusWords';
import { basename, blockedLabel, codeSpan, escapeMarkdown, plural, rollupLabel, STATUS_LOOK, statusLabel, workSummary } from './labels';

export type NodeKind = 'file' | 'objective' | 'kr' | 'reference' | 'branch' | 'group';

export interface WorkNode {
  /** Stable across refreshes, unique within its view: the TreeItem id. */
  key: string;
  parentKey?: string;
  kind: NodeKind;
  label: string;
  description: string;
  /** Markdown; user text is escaped. */
  tooltip: string;
  icon: string;
  color?: string;
  /** `okr.objective`, `okr.kr`, `okr.reference`, `okr.branch`: what menus match on. */
  contextValue: string;
  children: WorkNode[];
  /** The OKR file (file, objective, KR) or the code file (reference). */
  file?: string;
  /** Objective or KR id. */
  id?: string;
  /** What a click selects: the id in the YAML, or the reference in the code. */
  range?: Range;
  reference?: Reference;
  branch?: BranchInfo;
}

export interface WorkInput {
  files: readonly ParsedOkrFile[];
  work: LinkedWork;
  progress: ProgressFigures;
  /** Workspace-relative path for display. */
  displayPath(file: string): string;
}

export type TreeFilter =
  | { kind: 'all' }
  | { kind: 'owner'; owner: string }
  | { kind: 'team'; team: string }
  | { kind: 'status'; status: Status };

export const NO_FILTER: TreeFilter = { kind: 'all' };

/** team/file -> objective -> KR -> {references, branches}, filtered. */
export function buildObjectiveTree(input: WorkInput, filter: TreeFilter = NO_FILTER): WorkNode[] {
  const nodes: WorkNode[] = [];
  for (const parsed of sortedFiles(input)) {
    const model = parsed.model;
    if (filter.kind === 'team' && !sameName(model?.team, filter.team)) continue;
    const fileKey = `file:${parsed.file}`;
    const path = input.displayPath(parsed.file);
    if (!model) {
      if (filter.kind !== 'all') continue;
      nodes.push({
        key: fileKey, kind: 'file', label: path, description: 'cannot be read', icon: 'error', color: 'errorForeground',
        tooltip: `${escapeMarkdown(path)}: fix the errors in the Problems panel.`, contextValue: 'okr.file', children: [], file: parsed.file,
      });
      continue;
    }
    const progress = input.progress.file(model);
    const objectives = model.objectives
      .map((objective, i) => objectiveNode(input, parsed.file, fileKey, objective, progress.objectives[i], filter))
      .filter((node): node is WorkNode => node !== undefined);
    if (objectives.length === 0 && filter.kind !== 'all') continue;
    const label = model.team ?? path;
    nodes.push({
      key: fileKey, kind: 'file', label, file: parsed.file, icon: 'organization', contextValue: 'okr.file', children: objectives,
      description: [model.period?.label, workSummary(progress.progress, 0, 0), staleText(parsed)].filter(Boolean).join(' · '),
      tooltip: [fileTooltip(label, path, progress), staleText(parsed)].filter(Boolean).join('\n\n'),
      range: model.ranges.keys.team ?? model.ranges.node,
    });
  }
  return nodes;
}

/** Dangling references, KRs with no linked work, and `kr/` branches that name no KR. */
export function buildUnlinkedTree(input: WorkInput): WorkNode[] {
  const groups: WorkNode[] = [];
  const group = (name: string, icon: string, what: string, make: (key: string) => WorkNode[]) => {
    const key = `group:${name}`;
    const children = make(key);
    if (children.length === 0) return;
    groups.push({ key, kind: 'group', label: name, description: String(children.length), tooltip: what, icon, contextValue: 'okr.group', children });
  };
  group('Dangling references', 'warning', 'References in code to ids that no OKR file defines.', (key) =>
    input.work.dangling.map((ref) => referenceNode(input, key, ref, true)),
  );
  group('Key results without linked work', 'circle-slash', 'No TODO in the code and no branch names these key results.', (key) =>
    sortedFiles(input).flatMap((parsed) =>
      (parsed.model?.objectives ?? []).flatMap((objective) =>
        objective.key_results
          .filter((kr) => kr.id && input.work.referencesTo(kr.id).length === 0 && input.work.branchesFor(kr.id).length === 0)
          .map((kr) => bareKrNode(input, parsed.file, key, kr)),
      ),
    ),
  );
  group('Branches matching no key result', 'git-branch', '`kr/` branches whose name contains no known id.', (key) =>
    input.work.unmatchedKrBranches.map((branch) => branchNode(key, branch)),
  );
  return groups;
}

/** Every node of a forest by key, for `getParent` and `reveal`. */
export function indexNodes<T extends { key: string; children: readonly T[] }>(roots: readonly T[]): Map<string, T> {
  const byKey = new Map<string, T>();
  const visit = (node: T) => {
    byKey.set(node.key, node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return byKey;
}

/** The choices of the filter QuickPick: me (when `okr.me` is set), each team, each status. */
export function filterChoices(files: readonly ParsedOkrFile[], me: string | undefined): { label: string; filter: TreeFilter }[] {
  const choices: { label: string; filter: TreeFilter }[] = [{ label: 'Everything', filter: NO_FILTER }];
  if (me) choices.push({ label: `Mine (${me})`, filter: { kind: 'owner', owner: me } });
  const teams = [...new Set(files.map((f) => f.model?.team).filter((t): t is string => !!t))].sort();
  for (const team of teams) choices.push({ label: `Team: ${team}`, filter: { kind: 'team', team } });
  for (const status of Object.keys(STATUS_LOOK) as Status[]) {
    choices.push({ label: `Status: ${STATUS_LOOK[status].label}`, filter: { kind: 'status', status } });
  }
  return choices;
}

/** Shown as the view's description while a filter is on. */
export function describeFilter(filter: TreeFilter): string | undefined {
  switch (filter.kind) {
    case 'all':
      return undefined;
    case 'owner':
      return `owner: ${filter.owner}`;
    case 'team':
      return `team: ${filter.team}`;
    case 'status':
      return `status: ${STATUS_LOOK[filter.status].label}`;
  }
}

function objectiveNode(
  input: WorkInput, file: string, parentKey: string, objective: Objective, progress: ObjectiveProgress, filter: TreeFilter,
): WorkNode | undefined {
  const key = `objective:${file}#${objective.id}`;
  const objectiveMatches = filter.kind === 'owner' && sameName(objective.owner, filter.owner);
  const krs = objective.key_results
    .map((kr, i) => ({ kr, progress: progress.keyResults[i] }))
    .filter(({ kr, progress: p }) => objectiveMatches || krMatches(filter, kr, objective, p))
    .map(({ kr, progress: p }) => krNode(input, file, key, kr, p));
  if (krs.length === 0 && filter.kind !== 'all' && filter.kind !== 'team' && !objectiveMatches) return undefined;
  const links = linkNodes(input, key, objective.id);
  const todos = countKind([...krs, ...links], 'reference');
  const branches = countKind([...krs, ...links], 'branch');
  const look = STATUS_LOOK[progress.status];
  return {
    key, parentKey, kind: 'objective', label: `${objective.id} ${objective.title}`, file, id: objective.id,
    icon: 'target', color: look.color, contextValue: 'okr.objective', children: [...krs, ...links],
    description: workSummary(progress.progress, todos, branches),
    tooltip: [
      `**${escapeMarkdown(objective.id)}** ${escapeMarkdown(objective.title)}`,
      [objective.owner && `Owner: ${escapeMarkdown(objective.owner)}`, `${pct(progress.progress)} (expected ${pct(progress.expected)})`, look.label]
        .filter(Boolean).join(' · '),
      `${plural(objective.key_results.length, 'key result')} · ${plural(todos, 'TODO')} · ${plural(branches, 'branch', 'branches')}`,
    ].join('\n\n'),
    range: objective.ranges.values.id ?? objective.ranges.node,
  };
}

function krNode(input: WorkInput, file: string, parentKey: string, kr: KeyResult, progress: KrProgress): WorkNode {
  const key = `kr:${file}#${kr.id}`;
  const links = linkNodes(input, key, kr.id);
  const todos = countKind(links, 'reference');
  const branches = countKind(links, 'branch');
  const look = STATUS_LOOK[progress.status];
  return {
    key, parentKey, kind: 'kr', label: `${kr.id} ${kr.title}`, file, id: kr.id, icon: look.icon, color: look.color,
    contextValue: 'okr.kr', children: links,
    description: [
      workSummary(progress.progressClamped, todos, branches),
      rollupLabel(progress.rollupOf),
      progress.stale ? statusWord('stale') : '',
      blockedLabel(progress.blockedBy),
    ].filter(Boolean).join(' · '),
    tooltip: krTooltip(kr, progress, todos, branches),
    range: kr.ranges.values.id ?? kr.ranges.node,
  };
}

/** A KR in the "without linked work" group: no progress maths needed, just where it is. */
function bareKrNode(input: WorkInput, file: string, parentKey: string, kr: KeyResult): WorkNode {
  return {
    key: `${parentKey}/kr:${file}#${kr.id}`, parentKey, kind: 'kr', label: `${kr.id} ${kr.title}`, file, id: kr.id,
    icon: 'circle-large-outline', contextValue: 'okr.kr', children: [], description: input.displayPath(file),
    tooltip: `**${escapeMarkdown(kr.id)}** ${escapeMarkdown(kr.title)}\n\nNo TODO and no branch names this key result yet.`,
    range: kr.ranges.values.id ?? kr.ranges.node,
  };
}

function linkNodes(input: WorkInput, parentKey: string, id: string): WorkNode[] {
  return [
    ...input.work.referencesTo(id).map((ref) => referenceNode(input, parentKey, ref, false)),
    ...input.work.branchesFor(id).map((branch) => branchNode(parentKey, branch)),
  ];
}

function referenceNode(input: WorkInput, parentKey: string, ref: Reference, dangling: boolean): WorkNode {
  const path = input.displayPath(ref.file);
  const where = `${basename(path)}:${ref.line + 1}`;
  return {
    key: `${parentKey}/ref:${ref.file}:${ref.line}:${ref.character}`, parentKey, kind: 'reference',
    label: dangling ? `${ref.id} in ${where}` : where, description: ref.text || ref.tag, file: ref.file, reference: ref,
    icon: dangling ? 'warning' : 'comment', color: dangling ? 'list.warningForeground' : undefined, contextValue: 'okr.reference',
    children: [],
    tooltip: `${codeSpan(`${ref.tag}(${ref.id})`)} in ${escapeMarkdown(path)}:${ref.line + 1}` +
      (ref.text ? `\n\n${escapeMarkdown(ref.text)}` : '') +
      (dangling ? `\n\n${escapeMarkdown(ref.id)} is not defined in any OKR file.` : ''),
    range: { start: { line: ref.line, character: ref.character }, end: { line: ref.line, character: ref.endCharacter } },
  };
}

function branchNode(parentKey: string, branch: BranchInfo): WorkNode {
  const facts = [branch.current && 'current', branch.remote && 'remote', branch.lastCommit && `last commit ${branch.lastCommit.slice(0, 10)}`];
  return {
    key: `${parentKey}/branch:${branch.name}`, parentKey, kind: 'branch', label: branch.name, branch,
    description: facts.filter(Boolean).join(' · '), icon: branch.current ? 'git-commit' : 'git-branch', contextValue: 'okr.branch',
    children: [],
    tooltip: `Branch ${codeSpan(branch.name)}` + (facts.some(Boolean) ? `\n\n${facts.filter(Boolean).join(' · ')}` : ''),
  };
}

function krMatches(filter: TreeFilter, kr: KeyResult, objective: Objective, progress: KrProgress): boolean {
  switch (filter.kind) {
    case 'all':
    case 'team':
      return true;
    case 'owner':
      return sameName(kr.owner ?? objective.owner, filter.owner);
    case 'status':
      return progress.status === filter.status;
  }
}

function krTooltip(kr: KeyResult, progress: KrProgress, todos: number, branches: number): string {
  const latest = progress.lastCheckin;
  return [
    `**${escapeMarkdown(kr.id)}** ${escapeMarkdown(kr.title)}`,
    [kr.owner && `Owner: ${escapeMarkdown(kr.owner)}`, `${pct(progress.progressClamped)} (expected ${pct(progress.expected)})`, statusLabel(progress.status, progress.stale)]
      .filter(Boolean).join(' · '),
    blockedSentence(progress.blockedBy?.map(escapeMarkdown)),
    progress.rollupOf !== undefined && `Progress rolled up from ${plural(progress.rollupOf, 'aligned objective or key result', 'aligned objectives and key results')}.`,
    latest && `Last check-in ${latest.date}` + (latest.note ? `: ${escapeMarkdown(latest.note)}` : ''),
    `${plural(todos, 'TODO')} · ${plural(branches, 'branch', 'branches')}`,
  ].filter(Boolean).join('\n\n');
}

function fileTooltip(label: string, path: string, progress: FileProgress): string {
  return [
    `**${escapeMarkdown(label)}**${progress.period ? ` · ${escapeMarkdown(progress.period)}` : ''}`,
    `${pct(progress.progress)} done (expected ${pct(progress.expected)}) · ${plural(progress.objectives.length, 'objective')}`,
    escapeMarkdown(path),
  ].join('\n\n');
}

/** `not re-read: syntax error on line 41` while the file shows its last good state; '' otherwise. */
function staleText(parsed: ParsedOkrFile): string {
  return parsed.stale ? `not re-read: syntax error on line ${parsed.stale.line + 1}` : '';
}

function sortedFiles(input: WorkInput): ParsedOkrFile[] {
  const label = (f: ParsedOkrFile) => (f.model?.team ?? input.displayPath(f.file)).toLowerCase();
  return [...input.files].sort((a, b) => label(a).localeCompare(label(b)) || a.file.localeCompare(b.file));
}

const countKind = (nodes: readonly WorkNode[], kind: NodeKind): number =>
  nodes.reduce((sum, node) => sum + (node.kind === kind ? 1 : node.kind === 'kr' ? countKind(node.children, kind) : 0), 0);
const pct = (ratio: number): string => `${Math.round(ratio * 100) || 0}%`;
const sameName = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();
