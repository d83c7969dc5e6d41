// Finding objectives and key results in the source tree, and refusing to edit files that cannot be
// read reliably.
import type { ParsedOkrFile } from '../format/parse';
import { findPair, MapNode, PairNode, resolved, SeqNode, SourceNode } from '../format/sourceTree';

/** Problems that make the parsed tree an unreliable map of the text. */
const BLOCKING_RULES = new Set(['yaml-syntax', 'duplicate-key', 'yaml-aliases', 'file-too-large', 'encoding']);

export interface KeyResultNode {
  objective: MapNode;
  objectiveId: string;
  /** The `key_results:` pair of the objective. */
  list: PairNode;
  seq: SeqNode;
  item: MapNode;
  index: number;
}

/** Why this file must not be edited, or undefined when it can be. */
export function refusal(parsed: ParsedOkrFile, action: string): string | undefined {
  const problem = parsed.findings.find((finding) => BLOCKING_RULES.has(finding.rule));
  if (problem) {
    return (
      `Cannot ${action}: this file has a YAML problem on line ${problem.range.start.line + 1} (${problem.message}). ` +
      'Fix it first; OKR Lens does not edit a file it cannot read reliably.'
    );
  }
  if (!isReadable(parsed)) return `Cannot ${action}: this file could not be read as an OKR file.`;
  return undefined;
}

/** True when the parse gave a reliable tree and model: the check every edit's result must pass. */
export function isClean(parsed: ParsedOkrFile): boolean {
  return !parsed.findings.some((finding) => BLOCKING_RULES.has(finding.rule)) && isReadable(parsed);
}

function isReadable(parsed: ParsedOkrFile): boolean {
  return parsed.tree?.kind === 'map' && parsed.model !== undefined;
}

export function findKeyResult(tree: SourceNode | undefined, krId: string): KeyResultNode | undefined {
  for (const objective of objectiveNodes(tree)) {
    const list = findPair(objective, 'key_results');
    const seq = list?.value;
    if (!list || seq?.kind !== 'seq') continue;
    const index = seq.items.findIndex((item) => item.kind === 'map' && scalarText(findPair(item, 'id')?.value) === krId);
    if (index >= 0) {
      const objectiveId = scalarText(findPair(objective, 'id')?.value) ?? '';
      return { objective, objectiveId, list, seq, item: seq.items[index] as MapNode, index };
    }
  }
  return undefined;
}

export function objectiveNodes(tree: SourceNode | undefined): MapNode[] {
  const objectives = tree?.kind === 'map' ? findPair(tree, 'objectives')?.value : undefined;
  return objectives?.kind === 'seq' ? objectives.items.filter((item): item is MapNode => item.kind === 'map') : [];
}

export function keyResultNodes(objective: MapNode): MapNode[] {
  const list = findPair(objective, 'key_results')?.value;
  return list?.kind === 'seq' ? list.items.filter((item): item is MapNode => item.kind === 'map') : [];
}

/** A scalar's value as text, following an alias to its anchor. */
export function scalarText(value: SourceNode | null | undefined): string | undefined {
  const node = resolved(value);
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}
