// Source ranges for cascade findings: the exact id inside `aligns_to: [A, B]`, an entity's id value,
// a file's `parent:` value.
import type { FieldRanges } from '../format/model';
import { nodeAtPath } from '../format/sourceTree';
import { Range, ZERO_RANGE } from '../types';
import type { CascadeFile, CascadeNode } from './model';

export type ReferenceField = 'aligns_to' | 'depends_on';

/** The range of `id` as written in the node's `aligns_to` / `depends_on` list, or of the list. */
export function referenceRange(node: CascadeNode, field: ReferenceField, id: string): Range {
  const ranges = rangesOf(node);
  const { parsed } = node.file;
  const path = ['objectives', String(node.objective.index)];
  if (node.keyResult) path.push('key_results', String(node.keyResult.index));
  path.push(field);
  const list = nodeAtPath(parsed.tree, path).node;
  const items = list?.kind === 'seq' ? list.items : list ? [list] : [];
  for (const item of items) {
    if (item.kind === 'scalar' && item.value === id) return parsed.lines.rangeOf(item.start, item.end);
  }
  return ranges.values[field] ?? idRange(node);
}

/** The range of the node's `id:` value (falling back to its key, then the whole entry). */
export function idRange(node: CascadeNode): Range {
  const ranges = rangesOf(node);
  return ranges.values.id ?? ranges.keys.id ?? ranges.node;
}

export function parentRange(file: CascadeFile): Range {
  return file.model.ranges.values.parent ?? file.model.ranges.keys.parent ?? ZERO_RANGE;
}

/** Where a reader of a parent file should look for what to align to: its `objectives:` key. */
export function objectivesRange(file: CascadeFile): Range {
  return file.model.ranges.keys.objectives ?? ZERO_RANGE;
}

function rangesOf(node: CascadeNode): FieldRanges {
  return node.keyResult ? node.keyResult.ranges : node.objective.ranges;
}
