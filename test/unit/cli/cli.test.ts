import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, openSync, ftruncateSync, closeSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { JsonFinding } from '../../../src/cli/lintOutput';
import { main } from '../../../src/cli/main';

/** The parts of `okr lint --format sarif` these tests read. */
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: unknown; region: { startLine: number } } }[];
    }[];
  }[];
}

/** The parts of `okr report --format json` these tests read. */
interface ReportJson {
  objectives: { id: string; key_results: { id: string; progress: number; current: number | null }[] }[];
}

const findingsOf = (run: Run): JsonFinding[] => JSON.parse(run.stdout) as JsonFinding[];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function okr(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const CLEAN = `okr: 1
team: Platform
period: 2026-Q4
objectives:
  - id: PLAT-1
    title: Release value faster to customers
    owner: alice
    key_results:
      - id: PLAT-1.1
        title: Cut project lead time from 10 to 8 days
        owner: bob
        unit: days
        baseline: 10
        target: 8
      - id: PLAT-1.2
        title: Raise deploy frequency from 3 to 10 per week
        owner: bob
        unit: deploys
        baseline: 3
        target: 10
`;

const TASK_LIKE = CLEAN.replace('Raise deploy frequency from 3 to 10 per week', 'Prepare a demo video')
  .replace('        unit: deploys\n        baseline: 3\n        target: 10\n', '');

describe('okr CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'okr-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lint: a clean workspace exits 0', async () => {
    writeFileSync(path.join(dir, 'team.okr.yaml'), CLEAN);
    const run = await okr(dir, 'lint');
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /No problems in 1 OKR file/);
  });

  it('lint: warnings exit 0, unless more than --max-warnings', async () => {
    writeFileSync(path.join(dir, 'team.okr.yaml'), TASK_LIKE);
    const run = await okr(dir, 'lint');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /team\.okr\.yaml\n\s+16:16\s+warning\s+.*kr-task-like/);
    const strict = await okr(dir, 'lint', '--max-warnings', '0');
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /more than --max-warnings 0/);
  });

  it('lint --format json: 1-based positions, relative paths', async () => {
    mkdirSync(path.join(dir, 'teams'));
    writeFileSync(path.join(dir, 'teams', 'a.okr.yaml'), CLEAN.replace('baseline: 10', 'baseline: "ten"'));
    const run = await okr(dir, 'lint', '--format', 'json');
    assert.equal(run.code, 1);
    const schema = findingsOf(run).find((f) => f.rule === 'schema');
    assert.deepEqual(schema, {
      file: 'teams/a.okr.yaml',
      line: 13,
      column: 19,
      endLine: 13,
      endColumn: 24,
      rule: 'schema',
      severity: 'error',
      message: '"baseline" must be a number.',
    });
  });

  it('lint --format sarif: a SARIF 2.1.0 log with rules and regions', async () => {
    writeFileSync(path.join(dir, 'team.okr.yaml'), TASK_LIKE);
    const run = await okr(dir, 'lint', '--format', 'sarif');
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.equal(log.version, '2.1.0');
    const sarifRun = log.runs[0];
    assert.equal(sarifRun.tool.driver.name, 'okr-lens');
    const result = sarifRun.results.find((r) => r.ruleId === 'kr-task-like')!;
    assert.equal(result.level, 'warning');
    assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, 'kr-task-like');
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'team.okr.yaml', uriBaseId: '%SRCROOT%' });
    assert.equal(result.locations[0].physicalLocation.region.startLine, 16);
  });

  it('lint honours .gitignore and the workspace config file', async () => {
    writeFileSync(path.join(dir, '.gitignore'), 'ignored/\n');
    mkdirSync(path.join(dir, 'ignored'));
    writeFileSync(path.join(dir, 'ignored', 'broken.okr.yaml'), 'okr: [');
    writeFileSync(path.join(dir, 'team.okr.yaml'), TASK_LIKE);
    writeFileSync(path.join(dir, '.okr-lens.json'), JSON.stringify({ rules: { 'kr-task-like': 'error' } }));
    const run = await okr(dir, 'lint', '--format', 'json');
    const findings = findingsOf(run);
    assert.ok(findings.every((f) => f.file === 'team.okr.yaml'));
    assert.equal(findings.find((f) => f.rule === 'kr-task-like')!.severity, 'error');
    assert.equal(run.code, 1);
  });

  it('usage errors exit 2 with a clear message', async () => {
    assert.equal((await okr(dir, 'frobnicate')).code, 2);
    const badFormat = await okr(dir, 'lint', '--format', 'xml');
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /--format must be text, json or sarif/);
    const missing = await okr(dir, 'lint', 'nope');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file or folder: nope/);
    const unknownFlag = await okr(dir, 'lint', '--frob');
    assert.equal(unknownFlag.code, 2);
    writeFileSync(path.join(dir, '.okr-lens.json'), '{not json');
    const badConfig = await okr(dir, 'lint');
    assert.equal(badConfig.code, 2);
    assert.match(badConfig.stderr, /\.okr-lens\.json is not valid JSON/);
  });

  it('bad input files give findings, not crashes: broken YAML, alias bomb, binary bytes', async () => {
    writeFileSync(path.join(dir, 'broken.okr.yaml'), 'okr: 1\nobjectives: [\n');
    writeFileSync(path.join(dir, 'bomb.okr.yaml'), 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n');
    writeFileSync(path.join(dir, 'binary.okr.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a]));
    const run = await okr(dir, 'lint', '--format', 'json');
    assert.equal(run.code, 1);
    const rules = new Set(findingsOf(run).map((f) => `${f.file}:${f.rule}`));
    assert.ok(rules.has('broken.okr.yaml:yaml-syntax'), [...rules].join(' '));
    assert.ok(rules.has('bomb.okr.yaml:yaml-aliases'), [...rules].join(' '));
    assert.ok(rules.has('binary.okr.yaml:encoding'), [...rules].join(' '));
  });

  it('the built binary reports a 50 MB file without reading it, in bounded memory', () => {
    execFileSync(process.execPath, [path.resolve('esbuild.mjs')], { cwd: path.resolve('.') });
    const file = path.join(dir, 'huge.okr.yaml');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const run = spawnSync(process.execPath, ['--max-old-space-size=64', path.resolve('dist/cli.js'), 'lint', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stderr);
    const [finding] = JSON.parse(run.stdout) as JsonFinding[];
    assert.equal(finding.rule, 'file-too-large');
    assert.match(finding.message, /50\.0 MB, over the 5\.0 MB limit/);
  });

  it('report: prints the objectives and key results of the examples', async () => {
    const run = await okr(path.resolve('examples'), 'report', '--format', 'json', '--today', '2026-11-15');
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as ReportJson;
    const ids = report.objectives.map((o) => o.id);
    assert.deepEqual([...ids].sort(), ['CO-1', 'CO-2', 'ENG-1', 'GROW-1', 'PLAT-1', 'PLAT-2']);
    const plat11 = report.objectives.find((o) => o.id === 'PLAT-1')!.key_results.find((k) => k.id === 'PLAT-1.1')!;
    // baseline 10, target 8, latest check-in 9.1: (10 - 9.1) / (10 - 8) = 0.45
    assert.ok(Math.abs(plat11.progress - 0.45) < 1e-9, String(plat11.progress));
    assert.equal(plat11.current, 9.1);
  });
});
