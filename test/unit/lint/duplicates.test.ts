import { strict as assert } from 'assert';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { lintWorkspace } from '../../../src/core/lint';
import { configWith, okrFile, parse, textAt, yaml } from './helpers';

const platform = okrFile(yaml`
  - id: PLAT-1
    title: Release value faster
    key_results:
      - id: PLAT-1.1
        title: Cut lead time from 10 to 8 days
      - id: PLAT-1.2
        title: Raise deploys from 5 to 10 per week
`);
const growth = okrFile(yaml`
  - id: GROW-1
    title: Turn trials into customers
    key_results:
      - id: PLAT-1.1
        title: Raise trial conversion from 4% to 6%
`);

describe('duplicate-id', () => {
  it('reports a KR id defined in two files at each definition, each related to the other', () => {
    const files = [parse(platform, 'teams/platform.okr.yaml'), parse(growth, 'teams/growth.okr.yaml')];
    const findings = lintWorkspace(files, DEFAULT_CONFIG);
    assert.equal(findings.length, 2);
    const [inPlatform, inGrowth] = findings;
    assert.equal(inPlatform.file, 'teams/platform.okr.yaml');
    assert.equal(textAt(platform, inPlatform.range), 'PLAT-1.1');
    assert.equal(inPlatform.range.start.line, 7);
    assert.equal(inGrowth.file, 'teams/growth.okr.yaml');
    assert.equal(inGrowth.range.start.line, 7);
    assert.deepEqual(inPlatform.related, [
      { file: 'teams/growth.okr.yaml', range: inGrowth.range, message: 'PLAT-1.1 is also defined here (key result)' },
    ]);
    assert.deepEqual(inGrowth.related?.[0].file, 'teams/platform.okr.yaml');
    assert.deepEqual(inPlatform.data, { id: 'PLAT-1.1' });
    assert.equal(inPlatform.severity, 'error');
    assert.match(inPlatform.message, /defined 2 times \(as a key result in teams\/growth\.okr\.yaml, line 8 too\)/);
  });

  it('finds duplicates within one file, between an objective and a KR, ignoring case', () => {
    const text = okrFile(yaml`
      - id: O-1
        title: One
        key_results:
          - id: o-1
            title: Raise x from 1 to 2
    `);
    const findings = lintWorkspace([parse(text)], DEFAULT_CONFIG);
    assert.deepEqual(findings.map((found) => textAt(text, found.range)), ['O-1', 'o-1']);
    assert.equal(findings[0].related?.[0].message, 'o-1 is also defined here (key result)');
  });

  it('relates each of three definitions to the two others', () => {
    const files = ['a', 'b', 'c'].map((name) => parse(growth, `${name}.okr.yaml`));
    const findings = lintWorkspace(files, DEFAULT_CONFIG);
    // GROW-1 and PLAT-1.1, three times each.
    assert.equal(findings.length, 6);
    for (const found of findings) assert.equal(found.related?.length, 2);
  });

  it('is silent for unique ids, skips files without a model, and honours the configured severity', () => {
    const broken = parse('', 'empty.okr.yaml');
    assert.deepEqual(lintWorkspace([parse(platform), broken], DEFAULT_CONFIG), []);
    const twice = [parse(platform, 'a.okr.yaml'), parse(platform, 'b.okr.yaml')];
    assert.ok(lintWorkspace(twice, configWith({ 'duplicate-id': 'warning' })).every((found) => found.severity === 'warning'));
    assert.deepEqual(lintWorkspace(twice, configWith({ 'duplicate-id': 'off' })), []);
  });
});

describe('duplicate-id on a hostile file', () => {
  it('names at most three other places and relates at most ten, whatever the number of copies', () => {
    const copies = 2_000;
    const krs = Array.from({ length: copies }, (_, i) => `      - id: DUP-1.1\n        title: Raise x from ${i} to ${i + 1}\n`).join('');
    const text = `okr: 1\nteam: Dup\nperiod: 2026-Q4\nobjectives:\n  - id: DUP-1\n    title: Copies\n    key_results:\n${krs}`;
    const findings = lintWorkspace([parse(text, 'dup.okr.yaml')], DEFAULT_CONFIG).filter((f) => f.rule === 'duplicate-id');
    assert.equal(findings.length, copies);
    for (const found of findings) {
      assert.ok(found.message.length < 400, `message of ${found.message.length} characters`);
      assert.ok((found.related?.length ?? 0) <= 10);
    }
    assert.match(findings[0].message, /defined 2,000 times \(as a key result in dup\.okr\.yaml, line 10, .*, .* and 1,996 more too\)/);
    assert.deepEqual(findings[0].related?.[0].range.start.line, 9);
  });
});
