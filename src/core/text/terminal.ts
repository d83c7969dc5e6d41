// The one sanitiser for text written to a terminal or a CI log. Text from the repository (titles,
// owners, notes, file names, code comments) is hostile: raw ESC/BEL/CR can retitle or clear a
// terminal or overwrite a line, bidi overrides reorder what a reviewer reads, and a line starting
// with `::` is a GitHub Actions workflow command. Controls become visible escapes (`\x1b`,
// `\u202e`); a line never starts, even after spaces, with `::`. JSON and SARIF do not come here:
// their encoders already escape.

// C0 controls, DEL, C1 controls, the bidi embeddings/overrides/isolates and marks, line and
// paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const WORKFLOW_COMMAND_AT_LINE_START = /^([ \t]*):(?=:)/gm;

/**
 * `text` made safe to print. A fragment (the default) keeps no line break of its own: `\n` shows as
 * `\n`, so content cannot forge a line of output. `{ lines: true }` is for whole outputs built by
 * renderers that place content on lines of its own: it keeps `\n` and tabs and guards each line.
 */
export function terminalSafe(text: string, options: { lines?: boolean } = {}): string {
  const escaped = String(text).replace(options.lines ? CONTROL_BUT_LINE_BREAKS : CONTROL, escapeControl);
  return escaped.replace(WORKFLOW_COMMAND_AT_LINE_START, '$1\\x3a');
}

function escapeControl(character: string): string {
  const code = character.charCodeAt(0);
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  if (character === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
