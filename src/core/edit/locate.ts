// Finding objectives and key results as YAML nodes, and refusing to edit files that cannot be read
// reliably.
import { Document, isAlias, isMap, isScalar, isSeq, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedOkrFile } from '../format/parse';
import { findPair } from '../format/yamlRanges';

/** Problems that make the parsed tree an unreliable map of the text. */
const BLOCKING_RULES = new Set(['yaml-syntax', 'duplicate-key', 'yaml-aliases', 'file-too-large', 'encoding']);

export interface KeyResultNode {
  objective: YAMLMap;
  objectiveId: string;
  /** The `key_results:` pair of the objective. */
  list: Pair;
  seq: YAMLSeq;
  item: YAMLMap;
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
  return parsed.document !== undefined && parsed.model !== undefined && isMap(parsed.document.contents);
}

export function findKeyResult(document: Document.Parsed, krId: string): KeyResultNode | undefined {
  for (const objective of objectiveNodes(document)) {
    const list = findPair(objective, 'key_results');
    const seq = list?.value;
    if (!list || !isSeq(seq)) continue;
    const index = seq.items.findIndex((item) => isMap(item) && scalarText(document, findPair(item, 'id')?.value) === krId);
    if (index >= 0) {
      const objectiveId = scalarText(document, findPair(objective, 'id')?.value) ?? '';
      return { objective, objectiveId, list, seq, item: seq.items[index] as YAMLMap, index };
    }
  }
  return undefined;
}

export function objectiveNodes(document: Document.Parsed): YAMLMap[] {
  const root = document.contents;
  const objectives = isMap(root) ? findPair(root, 'objectives')?.value : undefined;
  return isSeq(objectives) ? objectives.items.filter((item): item is YAMLMap => isMap(item)) : [];
}

export function keyResultNodes(objective: YAMLMap): YAMLMap[] {
  const list = findPair(objective, 'key_results')?.value;
  return isSeq(list) ? list.items.filter((item): item is YAMLMap => isMap(item)) : [];
}

/** A scalar's value as text, following an alias to its anchor. */
export function scalarText(document: Document.Parsed, value: unknown): string | undefined {
  const node = isAlias(value) ? (value.resolve(document) as Node | undefined) : value;
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  return String(node.value);
}
