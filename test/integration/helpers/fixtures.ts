// OKR texts the tests write into the workspace, with the positions their problems are expected at.

/** `baseline: "ten"` is a string where the schema wants a number: line 10, columns 18-23 (0-based). */
export const SCHEMA_ERROR_TEXT = [
  'okr: 1',
  'team: Broken',
  'period: 2026-Q4',
  'objectives:',
  '  - id: BRK-1',
  '    title: Find out what broken files look like',
  '    key_results:',
  '      - id: BRK-1.1',
  '        title: Raise signups from ten to twenty per day',
  '        unit: signups',
  '        baseline: "ten"',
  '        target: 20',
  '',
].join('\n');

export const SCHEMA_ERROR_RANGE = { startLine: 10, startCharacter: 18, endLine: 10, endCharacter: 23 };

/** An unclosed flow sequence: the YAML itself is broken. */
export const YAML_SYNTAX_ERROR_TEXT = [
  'okr: 1',
  'team: Broken',
  'period: 2026-Q4',
  'objectives:',
  '  - id: BRK-2',
  '    aligns_to: [CO-1',
  '    title: Never finished typing',
  '',
].join('\n');

/** The same KR id twice in one file. */
export const DUPLICATE_ID_TEXT = [
  'okr: 1',
  'team: Twins',
  'period: 2026-Q4',
  'objectives:',
  '  - id: TWN-1',
  '    title: Say everything twice',
  '    key_results:',
  '      - id: TWN-1.1',
  '        title: Raise weekly active users from 100 to 150',
  '        baseline: 100',
  '        target: 150',
  '      - id: TWN-1.1',
  '        title: Cut churn from 5% to 3%',
  '        unit: "%"',
  '        baseline: 5',
  '        target: 3',
  '',
].join('\n');
