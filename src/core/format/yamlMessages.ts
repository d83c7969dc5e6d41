// The `yaml` parser's errors in words that say what to do, one finding per cause: a title with an
// unquoted `: ` gives one message on its line, not one per colon, and a file with old Mac line
// endings gets one message instead of an error on every key.

export interface YamlProblem {
  message: string;
  /** Offsets in the text the finding covers. */
  start: number;
  end: number;
}

/** A cause that makes every line an error: reported alone, before the parser's own messages. */
export function wholeFileProblem(text: string): YamlProblem | undefined {
  if (/\r(?!\n)/.test(text) && !text.includes('\n')) {
    return {
      message: 'This file uses old Mac line endings (CR only), so YAML reads it as one line. Save it with LF or CRLF line endings.',
      start: 0,
      end: Math.min(text.length, Math.max(0, text.indexOf('\r'))),
    };
  }
  return undefined;
}

/**
 * The parser's errors as problems: the friendly message for a known code, the parser's first line
 * otherwise; errors of the same code on the same line are one problem.
 */
export function yamlProblems(text: string, errors: readonly { code: string; message: string; pos: [number, number] }[]): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const lineStart = text.lastIndexOf('\n', error.pos[0] - 1) + 1;
    const key = `${error.code}@${lineStart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(friendly(text, error, lineStart) ?? { message: firstLine(error.message), start: error.pos[0], end: error.pos[1] });
  }
  return problems;
}

function friendly(text: string, error: { code: string; message: string; pos: [number, number] }, lineStart: number): YamlProblem | undefined {
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const pair = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+(\S.*)$/.exec(line);
      if (!pair) return undefined;
      const afterColon = pair[1].length + pair[2].length + 1;
      const valueStart = lineStart + afterColon + line.slice(afterColon).search(/\S/);
      const value = pair[3].replace(/\s+#.*$/, '');
      return {
        message: `The ${pair[2]} contains ": ", which YAML reads as the start of another key. Put the whole ${pair[2]} in quotes: ${pair[2]}: ${JSON.stringify(value)}`,
        start: valueStart,
        end: valueStart + value.length,
      };
    }
    case 'TAB_AS_INDENT':
      return { message: 'YAML cannot be indented with tabs. Indent this line with spaces.', start: lineStart, end: lineStart + Math.max(1, line.search(/[^\t ]/)) };
    case 'MULTIPLE_DOCS':
      return {
        message: 'This file holds several YAML documents (a line "---" starts another). An OKR file holds one: remove the "---" line, or move the rest to a file of its own.',
        start: error.pos[0],
        end: Math.max(error.pos[0] + 1, lineEnd < 0 ? text.length : lineEnd),
      };
    case 'MISSING_CHAR':
      if (/closing "quote/.test(error.message)) return { message: 'A value opened with " is never closed: add the closing quote.', start: error.pos[0], end: error.pos[1] };
      if (/closing 'quote/.test(error.message)) return { message: "A value opened with ' is never closed: add the closing quote.", start: error.pos[0], end: error.pos[1] };
      return undefined;
    default:
      return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
