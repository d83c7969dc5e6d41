// The shape of objective and KR ids (`PLAT-1`, `PLAT-1.2`), shared by code references and branches.

/** Source of an id without anchors, for embedding in larger patterns. Same as the schema's pattern. */
export const ID_SOURCE = '[A-Za-z][A-Za-z0-9_]*-\\d+(?:\\.\\d+)*';

const PREFIX = /^([A-Za-z][A-Za-z0-9_]*)-\d/;

/** The team prefix of an id (`PLAT` for `PLAT-1.2`), or undefined when the text is not id-shaped. */
export function idPrefix(id: string): string | undefined {
  return PREFIX.exec(id)?.[1];
}

/** The set of prefixes used by known ids: a reference with one of these prefixes is "ours". */
export function prefixesOf(ids: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const id of ids) {
    const prefix = idPrefix(id);
    if (prefix !== undefined) prefixes.add(prefix);
  }
  return prefixes;
}

/**
 * An id that looks like ours (its prefix is known) but names no known objective or KR, e.g.
 * `PLAT-9.9` when only `PLAT-1.*` exists. Ids with foreign prefixes (`JIRA-12`) are not ours to judge.
 */
export function isDangling(id: string, knownIds: Set<string>, knownPrefixes: Set<string>): boolean {
  if (knownIds.has(id)) return false;
  const prefix = idPrefix(id);
  return prefix !== undefined && knownPrefixes.has(prefix);
}
