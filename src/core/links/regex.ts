// Building blocks for the reference patterns, in JavaScript and in ripgrep's (Rust) regex dialect.

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Escapes exactly the regex crate's meta characters: older ripgrep builds reject other escapes. */
function escapeRustRegex(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$#&\-~]/g, '\\$&');
}

/**
 * A ripgrep pattern matching every line that `findReferences` could take a reference from: tag,
 * separator and the start of an id. A superset on purpose (no word boundaries, no comment check):
 * the exact decision is made by `findReferences` on the file's text.
 */
export function ripgrepPrefilter(tags: readonly string[]): string {
  const alternatives = [...new Set(tags)].filter((tag) => tag.length > 0).map(escapeRustRegex);
  if (alternatives.length === 0) throw new RangeError('ripgrepPrefilter needs at least one tag');
  return `(?:${alternatives.join('|')})[ \\t]*(?::[ \\t]*)?(?:[(\\[][ \\t]*)?[A-Za-z][A-Za-z0-9_]*-[0-9]`;
}
