// Renaming an objective or KR id everywhere it is written: its definition, every `aligns_to`,
// `depends_on`, `serves` and `final.carried_to` in every OKR file, and every reference in code.
// The pure part of F2: which ranges change, as text edits per file.
import type { ParsedOkrFile } from '../format/parse';
import { findPair, MapNode, SourceNode } from '../format/sourceTree';
import { ID_SOURCE } from '../links/ids';
import type { Reference } from '../links/references';
import { renameId } from './ids';
import { keyResultNodes, objectiveNodes, refusal } from './locate';
import type { TextEdit } from './textEdit';

export interface FileEdits {
  /** The file key (a URI string in the extension, a path in the CLI). */
  file: string;
  edits: TextEdit[];
}

const WHOLE_ID = new RegExp(`^${ID_SOURCE}$`);
const REFERENCE_FIELDS = ['aligns_to', 'depends_on', 'serves'];

/**
 * The edits that rename `oldId` to `newId`; `references` are the code references to `oldId`.
 * Refuses an id that is not id-shaped or already taken (ids compare case-insensitively), and a
 * file it would have to edit that cannot be read reliably.
 */
export function renameEverywhere(
  files: readonly ParsedOkrFile[],
  references: readonly Reference[],
  oldId: string,
  newId: string,
  knownIds: Iterable<string>,
): { files: FileEdits[] } | { error: string } {
  if (!WHOLE_ID.test(newId)) return { error: `"${newId}" is not an id: write letters, a dash and numbers, like PLAT-1 or PLAT-1.2.` };
  if (newId === oldId) return { files: [] };
  const taken = [...knownIds].find((id) => id.toUpperCase() === newId.toUpperCase() && id.toUpperCase() !== oldId.toUpperCase());
  if (taken) return { error: `${taken} already exists; pick another id.` };

  const result: FileEdits[] = [];
  let defined = false;
  for (const parsed of files) {
    const nodes = idNodes(parsed, oldId);
    if (nodes.length === 0) continue;
    const refused = refusal(parsed, `rename ${oldId}`);
    if (refused) return { error: `${parsed.file}: ${refused}` };
    defined ||= nodes.some((node) => node.definition);
    result.push({
      file: parsed.file,
      edits: nodes.map(({ node }) => renameId(parsed, parsed.lines.rangeOf(node.start, node.end), newId)),
    });
  }
  if (!defined) return { error: `No objective or key result ${oldId} is defined in the OKR files.` };

  const byFile = new Map<string, TextEdit[]>();
  for (const ref of references) {
    if (ref.id.toUpperCase() !== oldId.toUpperCase()) continue;
    const edits = byFile.get(ref.file) ?? [];
    edits.push({ range: { start: { line: ref.line, character: ref.character }, end: { line: ref.line, character: ref.endCharacter } }, newText: newId });
    byFile.set(ref.file, edits);
  }
  for (const [file, edits] of byFile) {
    const existing = result.find((entry) => entry.file === file);
    if (existing) existing.edits.push(...edits);
    else result.push({ file, edits });
  }
  return { files: result };
}

interface IdNode {
  node: SourceNode;
  definition: boolean;
}

/** The scalars in a file that write `id`: definitions (`id:`) and references. */
function idNodes(parsed: ParsedOkrFile, id: string): IdNode[] {
  const found: IdNode[] = [];
  const visit = (map: MapNode, fields: string[]) => {
    const definition = findPair(map, 'id')?.value;
    if (isId(definition, id)) found.push({ node: definition, definition: true });
    for (const field of fields) {
      const value = findPair(map, field)?.value;
      const items = value?.kind === 'seq' ? value.items : value ? [value] : [];
      for (const item of items) if (isId(item, id)) found.push({ node: item, definition: false });
    }
  };
  for (const objective of objectiveNodes(parsed.tree)) {
    visit(objective, ['aligns_to']);
    for (const kr of keyResultNodes(objective)) {
      visit(kr, ['aligns_to', 'depends_on']);
      const final = findPair(kr, 'final')?.value;
      if (final?.kind === 'map') visit(final, ['carried_to']);
    }
    const initiatives = findPair(objective, 'initiatives')?.value;
    if (initiatives?.kind === 'seq') for (const item of initiatives.items) if (item.kind === 'map') visit(item, REFERENCE_FIELDS);
  }
  return found;
}

function isId(node: SourceNode | null | undefined, id: string): node is SourceNode {
  return node?.kind === 'scalar' && node.value === id;
}
