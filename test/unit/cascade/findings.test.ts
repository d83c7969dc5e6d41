import { strict as assert } from 'assert';
import { cascadeFindings } from './fixtures';
import { similarId } from '../../../src/core/cascade/similar';
import type { Finding } from '../../../src/core/types';
import { lineOf, okrYaml, parseAll } from './fixtures';

const company = { team: 'Acme', objectives: [{ id: 'CO-1', krs: [{ id: 'CO-1.1' }, { id: 'CO-1.2' }] }] };

function rule(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.rule === id);
}

function textAt(text: string, range: Finding['range']): string {
  const lines = text.split('\n');
  assert.equal(range.start.line, range.end.line, 'single-line range');
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('cascade findings', () => {
  it('a clean company → team cascade has no findings', () => {
    const files = parseAll({
      '/ws/company.okr.yaml': company,
      '/ws/teams/t.okr.yaml': { parent: '../company.okr.yaml', objectives: [{ id: 'T-1', aligns: ['CO-1'], krs: [{ id: 'T-1.1', aligns: ['CO-1.1'] }] }] },
    });
    assert.deepEqual(cascadeFindings(files), []);
  });

  describe('alignment-dangling', () => {
    it('points at the exact id in aligns_to and suggests a near miss, with related at its definition', () => {
      const team = okrYaml({ parent: '../company.okr.yaml', objectives: [{ id: 'T-1', aligns: ['CO-1', 'CO-1.3'], krs: [{ id: 'T-1.1' }] }] });
      const files = parseAll({ '/ws/company.okr.yaml': company, '/ws/teams/t.okr.yaml': team });
      const [finding, ...rest] = rule(cascadeFindings(files), 'alignment-dangling');
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'warning');
      assert.equal(finding.file, '/ws/teams/t.okr.yaml');
      assert.equal(textAt(team, finding.range), 'CO-1.3');
      assert.equal(finding.range.start.line, lineOf(team, 'aligns_to'));
      assert.match(finding.message, /T-1 aligns to "CO-1\.3", which no OKR file in the workspace defines\. Did you mean "CO-1\.1"/);
      assert.equal(finding.related?.length, 1);
      assert.equal(finding.related[0].file, '/ws/company.okr.yaml');
      assert.equal(finding.related[0].range.start.line, lineOf(okrYaml(company), 'id: CO-1.1'));
      assert.deepEqual(finding.data, { id: 'CO-1.3', field: 'aligns_to', suggestion: 'CO-1.1' });
    });

    it('reports depends_on ids too, without a suggestion when nothing is close', () => {
      const team = okrYaml({ objectives: [{ id: 'T-1', krs: [{ id: 'T-1.1', depends: ['ZZZ-9'] }] }] });
      const [finding] = rule(cascadeFindings(parseAll({ '/ws/t.okr.yaml': team })), 'alignment-dangling');
      assert.equal(textAt(team, finding.range), 'ZZZ-9');
      assert.match(finding.message, /T-1\.1 depends on "ZZZ-9"/);
      assert.equal(finding.related, undefined);
    });

    it('does not fire for ids defined in another file', () => {
      const files = parseAll({
        '/ws/a.okr.yaml': { objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1', depends: ['B-1.1'] }] }] },
        '/ws/b.okr.yaml': { objectives: [{ id: 'B-1', aligns: ['A-1'], krs: [{ id: 'B-1.1' }] }] },
      });
      assert.deepEqual(rule(cascadeFindings(files), 'alignment-dangling'), []);
    });
  });

  describe('alignment-cycle', () => {
    it('reports every link of a loop across files, each with the rest of the loop as related', () => {
      const files = parseAll({
        '/ws/a.okr.yaml': { objectives: [{ id: 'A-1', aligns: ['B-1'], krs: [{ id: 'A-1.1' }] }] },
        '/ws/b.okr.yaml': { objectives: [{ id: 'B-1', aligns: ['C-1'], krs: [{ id: 'B-1.1' }] }] },
        '/ws/c.okr.yaml': { objectives: [{ id: 'C-1', aligns: ['A-1'], krs: [{ id: 'C-1.1' }] }] },
      });
      const cycles = rule(cascadeFindings(files), 'alignment-cycle');
      assert.equal(cycles.length, 3);
      const inA = cycles.find((f) => f.file === '/ws/a.okr.yaml')!;
      assert.equal(inA.severity, 'error');
      assert.match(inA.message, /Alignment cycle: A-1 → B-1 → C-1 → A-1/);
      assert.equal(textAt(files[0].text, inA.range), 'B-1');
      assert.deepEqual(
        inA.related!.map((r) => [r.file, r.message]),
        [
          ['/ws/b.okr.yaml', 'B-1 aligns to C-1 here'],
          ['/ws/c.okr.yaml', 'C-1 aligns to A-1 here'],
        ],
      );
      assert.deepEqual(inA.data, { kind: 'aligns_to', cycle: ['A-1', 'B-1', 'C-1', 'A-1'] });
    });

    it('reports a self-reference', () => {
      const text = okrYaml({ objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1', aligns: ['A-1.1'] }] }] });
      const [finding, ...rest] = rule(cascadeFindings(parseAll({ '/ws/a.okr.yaml': text })), 'alignment-cycle');
      assert.deepEqual(rest, []);
      assert.match(finding.message, /A-1\.1 aligns to itself/);
      assert.equal(finding.range.start.line, lineOf(text, 'aligns_to: [A-1.1]'));
    });

    it('a KR aligned to its own objective is not a cycle; an objective aligned to its own KR that aligns back is', () => {
      const up = parseAll({ '/ws/a.okr.yaml': { objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1', aligns: ['A-1'] }] }] } });
      assert.deepEqual(rule(cascadeFindings(up), 'alignment-cycle'), []);
      const loop = parseAll({ '/ws/a.okr.yaml': { objectives: [{ id: 'A-1', aligns: ['A-1.1'], krs: [{ id: 'A-1.1', aligns: ['A-1'] }] }] } });
      assert.equal(rule(cascadeFindings(loop), 'alignment-cycle').length, 2);
    });

    it('reports parent: file cycles at each parent value, and a file that is its own parent', () => {
      const files = parseAll({
        '/ws/a.okr.yaml': { parent: 'b.okr.yaml', objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1' }] }] },
        '/ws/b.okr.yaml': { parent: './a.okr.yaml', objectives: [{ id: 'B-1', krs: [{ id: 'B-1.1' }] }] },
        '/ws/self.okr.yaml': { parent: 'self.okr.yaml', objectives: [{ id: 'S-1', krs: [{ id: 'S-1.1' }] }] },
      });
      const cycles = rule(cascadeFindings(files), 'alignment-cycle');
      assert.deepEqual(cycles.map((f) => f.file).sort(), ['/ws/a.okr.yaml', '/ws/b.okr.yaml', '/ws/self.okr.yaml']);
      const inA = cycles.find((f) => f.file === '/ws/a.okr.yaml')!;
      assert.match(inA.message, /The `parent:` chain loops: a\.okr\.yaml → b\.okr\.yaml → a\.okr\.yaml/);
      assert.equal(textAt(files[0].text, inA.range), 'b.okr.yaml');
      assert.deepEqual(inA.related!.map((r) => [r.file, textAt(files[1].text, r.range)]), [['/ws/b.okr.yaml', './a.okr.yaml']]);
      assert.match(cycles.find((f) => f.file === '/ws/self.okr.yaml')!.message, /names itself as its `parent:`/);
    });
  });

  describe('dependency-cycle', () => {
    it('reports KRs that depend on each other, not a one-way dependency', () => {
      const looping = okrYaml({ objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1', depends: ['A-1.2'] }, { id: 'A-1.2', depends: ['A-1.1'] }] }] });
      const found = rule(cascadeFindings(parseAll({ '/ws/a.okr.yaml': looping })), 'dependency-cycle');
      assert.equal(found.length, 2);
      assert.match(found[0].message, /Dependency cycle: A-1\.1 → A-1\.2 → A-1\.1/);
      assert.equal(textAt(looping, found[0].range), 'A-1.2');
      assert.equal(found[0].related?.[0].message, 'A-1.2 depends on A-1.1 here');
      const oneWay = parseAll({ '/ws/a.okr.yaml': { objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1', depends: ['A-1.2'] }, { id: 'A-1.2' }] }] } });
      assert.deepEqual(rule(cascadeFindings(oneWay), 'dependency-cycle'), []);
    });
  });

  describe('alignment-period-mismatch', () => {
    it('warns when the periods do not overlap, with related at the target', () => {
      const team = okrYaml({ period: '2027-Q1', parent: 'c.okr.yaml', objectives: [{ id: 'T-1', aligns: ['CO-1'], krs: [{ id: 'T-1.1' }] }] });
      const files = parseAll({ '/ws/c.okr.yaml': company, '/ws/t.okr.yaml': team });
      const [finding, ...rest] = rule(cascadeFindings(files), 'alignment-period-mismatch');
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'warning');
      assert.equal(textAt(team, finding.range), 'CO-1');
      assert.match(finding.message, /T-1 \(2027-Q1 \(2027-01-01 – 2027-03-31\)\) aligns to CO-1, which belongs to 2026-Q4/);
      assert.equal(finding.related?.[0].file, '/ws/c.okr.yaml');
      assert.equal(finding.related?.[0].message, 'CO-1 is in 2026-Q4 (2026-10-01 – 2026-12-31)');
    });

    it('accepts overlapping periods, e.g. a quarter inside a company year', () => {
      const files = parseAll({
        '/ws/c.okr.yaml': okrYaml(company).replace('period: 2026-Q4', 'period: { start: 2026-01-01, end: 2026-12-31 }'),
        '/ws/t.okr.yaml': { period: '2026-Q2', parent: 'c.okr.yaml', objectives: [{ id: 'T-1', aligns: ['CO-1'], krs: [{ id: 'T-1.1' }] }] },
      });
      assert.deepEqual(rule(cascadeFindings(files), 'alignment-period-mismatch'), []);
    });
  });

  describe('parent-missing', () => {
    it('says the file is not in the workspace, suggesting a file with that name elsewhere', () => {
      const team = okrYaml({ parent: 'company.okr.yaml', objectives: [{ id: 'T-1', aligns: ['CO-1'], krs: [{ id: 'T-1.1' }] }] });
      const files = parseAll({ '/ws/company.okr.yaml': company, '/ws/teams/t.okr.yaml': team });
      const [finding, ...rest] = rule(cascadeFindings(files), 'parent-missing');
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'error');
      assert.equal(textAt(team, finding.range), 'company.okr.yaml');
      assert.match(finding.message, /"company\.okr\.yaml" is not among the workspace's OKR files.*Did you mean `parent: \.\.\/company\.okr\.yaml`\?/);
      assert.equal(finding.related?.[0].file, '/ws/company.okr.yaml');
      assert.equal(finding.data?.reason, 'not-in-workspace');
    });

    it('says when the parent is not an .okr.yaml file', () => {
      const files = parseAll({ '/ws/t.okr.yaml': { parent: 'company.yaml', objectives: [{ id: 'T-1', krs: [{ id: 'T-1.1' }] }] } });
      const [finding] = rule(cascadeFindings(files), 'parent-missing');
      assert.match(finding.message, /"company\.yaml" is not an OKR file: a parent must be another `\*\.okr\.yaml` file/);
      assert.equal(finding.data?.reason, 'not-okr-file');
      assert.equal(finding.related, undefined);
    });

    it('resolves URI keys with encoded characters', () => {
      const files = parseAll({
        'file:///my%20ws/company.okr.yaml': company,
        'file:///my%20ws/teams/t.okr.yaml': { parent: '../company.okr.yaml', objectives: [{ id: 'T-1', aligns: ['CO-1'], krs: [{ id: 'T-1.1' }] }] },
      });
      assert.deepEqual(cascadeFindings(files), []);
    });
  });

  describe('objective-not-aligned', () => {
    it('flags an objective of a team file when neither it nor its KRs align, with related at the parent objectives', () => {
      const team = okrYaml({
        parent: 'c.okr.yaml',
        objectives: [
          { id: 'T-1', krs: [{ id: 'T-1.1' }] },
          { id: 'T-2', krs: [{ id: 'T-2.1', aligns: ['CO-1.1'] }] },
        ],
      });
      const files = parseAll({ '/ws/c.okr.yaml': company, '/ws/t.okr.yaml': team });
      const [finding, ...rest] = rule(cascadeFindings(files), 'objective-not-aligned');
      assert.deepEqual(rest, [], 'T-2 aligns through its KR');
      assert.equal(finding.severity, 'info');
      assert.equal(textAt(team, finding.range), 'T-1');
      assert.match(finding.message, /Objective T-1 aligns to nothing.*Acme objective or key result it serves/);
      assert.equal(finding.related?.[0].file, '/ws/c.okr.yaml');
      assert.equal(finding.related?.[0].range.start.line, lineOf(okrYaml(company), 'objectives:'));
    });

    it('leaves top-level files alone', () => {
      assert.deepEqual(rule(cascadeFindings(parseAll({ '/ws/c.okr.yaml': company })), 'objective-not-aligned'), []);
    });
  });
});

describe('similarId', () => {
  it('prefers the same id in another case, then the nearest id of the same prefix', () => {
    assert.equal(similarId('plat-1.1', ['PLAT-1.2', 'PLAT-1.1']), 'PLAT-1.1');
    assert.equal(similarId('CO-2.3', ['CO-1', 'CO-2.2', 'CO-2']), 'CO-2.2');
  });

  it('never suggests another prefix or a far-off id', () => {
    assert.equal(similarId('PALT-1.1', ['PLAT-1.1']), undefined);
    assert.equal(similarId('CO-9.9.9', ['CO-1']), undefined);
  });
});
