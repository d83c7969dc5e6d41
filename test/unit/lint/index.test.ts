import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { lintFile, lintWorkspace, RULES } from '../../../src/core/lint';
import { configWith, lint, okrFile, only, parse, yaml } from './helpers';

const REPO = join(__dirname, '..', '..', '..');

const weak = okrFile(yaml`
  - id: O-1
    title: Grow revenue by 20%
    key_results:
      - id: O-1.1
        title: Prepare a demo video
`);

describe('lintFile', () => {
  it('reports each rule at its default severity, in document order', () => {
    const findings = lint(weak);
    assert.deepEqual(
      findings.map((found) => [found.rule, found.severity]),
      [
        ['kr-count', 'warning'],
        ['objective-has-metric', 'warning'],
        ['kr-no-owner', 'info'],
        ['kr-task-like', 'warning'],
      ],
    );
  });

  it('applies configured severities and drops rules turned off', () => {
    const config = configWith({ 'kr-task-like': 'error', 'kr-no-owner': 'off', 'objective-has-metric': 'info' });
    const findings = lint(weak, { config });
    assert.equal(only(findings, 'kr-task-like')[0].severity, 'error');
    assert.equal(only(findings, 'objective-has-metric')[0].severity, 'info');
    assert.deepEqual(only(findings, 'kr-no-owner'), []);
    assert.equal(only(findings, 'kr-count')[0].severity, 'warning');
  });

  it('returns the parse and schema findings too, with configured severities', () => {
    const text = weak.replace('okr: 1', 'okr: 2');
    const parsed = parse(text);
    assert.ok(parsed.findings.some((found) => found.rule === 'schema'));
    assert.equal(only(lintFile(parsed, DEFAULT_CONFIG), 'schema')[0].severity, 'error');
    assert.equal(only(lintFile(parsed, configWith({ schema: 'warning' })), 'schema')[0].severity, 'warning');
    assert.deepEqual(only(lintFile(parsed, configWith({ schema: 'off' })), 'schema'), []);
    assert.equal(only(lintFile(parsed, DEFAULT_CONFIG), 'kr-task-like').length, 1);
  });

  it('returns only the parse findings when there is no model', () => {
    const parsed = parse('- just\n- a list\n');
    assert.equal(parsed.model, undefined);
    assert.deepEqual(lintFile(parsed, DEFAULT_CONFIG), parsed.findings);
  });

  it('lists findings in document order', () => {
    const positions = lint(weak).map((found) => found.range.start.line * 1000 + found.range.start.character);
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
  });
});

describe('RULES', () => {
  it('has unique kebab-case ids, including those reported by the parser and the workspace', () => {
    const ids = RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z0-9]+)*$/);
    for (const id of ['yaml-syntax', 'duplicate-key', 'yaml-aliases', 'file-too-large', 'encoding', 'schema', 'duplicate-id']) {
      assert.equal(RULES.find((rule) => rule.id === id)?.defaultSeverity, 'error', id);
    }
  });

});

describe('the examples workspace', () => {
  const paths = ['examples/company.okr.yaml', 'examples/engineering.okr.yaml', 'examples/teams/platform.okr.yaml', 'examples/teams/growth.okr.yaml'];
  const files = paths.map((path) => parse(readFileSync(join(REPO, path), 'utf8'), path));
  const findings = files.flatMap((file) => lintFile(file, DEFAULT_CONFIG, '2026-11-15'));
  const flagged = (rule: string) => only(findings, rule).map((found) => found.data?.krId).sort();

  it('flags exactly the two task-like KRs planted in it', () => {
    assert.deepEqual(flagged('kr-task-like'), ['GROW-1.3', 'PLAT-1.3']);
  });

  it('flags the vague, untargeted, ownerless "Improve alerting"', () => {
    assert.deepEqual(flagged('kr-vague'), ['PLAT-2.2']);
    assert.deepEqual(flagged('kr-no-target'), ['PLAT-2.2']);
    assert.ok(flagged('kr-no-owner').includes('PLAT-2.2'));
  });

  it('has no errors and no duplicate ids', () => {
    assert.deepEqual(findings.filter((found) => found.severity === 'error'), []);
    assert.deepEqual(lintWorkspace(files, DEFAULT_CONFIG), []);
  });
});
