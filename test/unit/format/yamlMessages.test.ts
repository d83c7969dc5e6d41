// YAML errors in words that say what to do, at the right place, one finding per cause.
import { strict as assert } from 'assert';
import { parseOkrText } from '../../../src/core/format/parse';

const HEAD = 'okr: 1\nteam: Pay\nperiod: 2026-Q4\nobjectives:\n';

function yamlFindings(text: string) {
  return parseOkrText(text, 'f.okr.yaml').findings.filter((f) => f.rule === 'yaml-syntax');
}

describe('friendly YAML errors', () => {
  it('an unquoted ": " in a title: one finding on the value, saying how to quote it', () => {
    const found = yamlFindings(`${HEAD}  - id: PAY-2\n    title: Grow: and: broken "quote"\n    key_results: []\n`);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].message, 'The title contains ": ", which YAML reads as the start of another key. Put the whole title in quotes: title: "Grow: and: broken \\"quote\\""');
    assert.deepEqual(found[0].range, { start: { line: 5, character: 11 }, end: { line: 5, character: 36 } });
  });

  it('tabs, several documents and an unclosed quote each say what to do', () => {
    assert.match(yamlFindings('okr: 1\nobjectives:\n\t- id: A\n')[0].message, /cannot be indented with tabs/);
    assert.match(yamlFindings('okr: 1\n---\nokr: 2\n')[0].message, /several YAML documents.*remove the "---" line/);
    assert.match(yamlFindings('okr: 1\nteam: "abc\nperiod: 2026-Q4\n')[0].message, /never closed: add the closing quote/);
  });

  it('a file with CR-only line endings gets one finding, not one per key', () => {
    const found = yamlFindings('okr: 1\rteam: A\robjectives:\r  - id: X\r    title: t\r');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /old Mac line endings/);
  });

  it('keeps the parser\'s own words, without "at line, column", for errors it has no better words for', () => {
    const found = yamlFindings(`${HEAD}  - id: A\n   title: x\n`);
    assert.ok(found.length > 0);
    for (const finding of found) assert.doesNotMatch(finding.message, /at line \d+, column \d+/);
  });
});
