// Where the user's manual is: the README on the project's home page, whose headings are anchors
// (`#rules`, `#kr-task-like`). Diagnostics, SARIF and the starter file link here.

export const README_URL = 'https://github.com/okr-lens/okr-lens';

/** A section of the README by its heading's anchor, e.g. `file-format`. */
export function readmeSection(anchor: string): string {
  return `${README_URL}#${anchor}`;
}

/** A rule's section of the README (`### kr-task-like`): the diagnostic's `code.target`, SARIF's `helpUri`. */
export function ruleDocsUrl(ruleId: string): string {
  return readmeSection(ruleId);
}
