// `okr checkin` on a temp copy of examples/: what it writes, and every refusal with its reason.
import { strict as assert } from 'assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const OKR_FILES = ['company.okr.yaml', 'engineering.okr.yaml', 'teams/platform.okr.yaml', 'teams/growth.okr.yaml'];

describe('okr checkin', () => {
  let dir: string;
  let before: Map<string, string>;

  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  const okr = async (...argv: string[]): Promise<Run> => {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };
  /** A refusal: exit 1, the reason on stderr, and not one byte of any OKR file changed. */
  const refused = async (argv: string[], reason: RegExp) => {
    const run = await okr(...argv);
    assert.equal(run.code, 1, JSON.stringify(run));
    assert.match(run.stderr, reason);
    assert.match(run.stderr, /Nothing was written\.\n$/);
    assert.equal(run.stdout, '');
    for (const file of OKR_FILES) assert.equal(read(file), before.get(file), `${file} changed`);
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'okr-checkin-'));
    cpSync(EXAMPLES, dir, { recursive: true });
    before = new Map(OKR_FILES.map((file) => [file, read(file)]));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes 1,450 on CO-2.2 (from 1,200 to 1,800) as 1450, with confidence, note and date, keeping every other line', async () => {
    const run = await okr('checkin', 'CO-2.2', '1,450', '--confidence', '0.7', '--note', 'Two *big* launches', '--date', '2026-11-20');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'Checked in CO-2.2 on 2026-11-20: 1450 projects, confidence 0.7 (company.okr.yaml)\n');
    const after = read('company.okr.yaml');
    const block = '          - date: 2026-11-20\n            value: 1450\n            confidence: 0.7\n            note: Two *big* launches\n';
    assert.equal(after.split(block).length, 2, 'the entry is there once');
    assert.equal(after.replace(block, ''), before.get('company.okr.yaml'), 'nothing else changed');
    assert.ok(after.indexOf(block) > after.indexOf('id: CO-2.2'));
    for (const file of OKR_FILES.slice(1)) assert.equal(read(file), before.get(file));
    const report = await okr('report', '--format', 'json', '--today', '2026-11-21');
    const co22 = (JSON.parse(report.stdout) as { objectives: { key_results: { id: string; current: number }[] }[] }).objectives
      .flatMap((o) => o.key_results)
      .find((kr) => kr.id === 'CO-2.2');
    assert.equal(co22?.current, 1450);
  });

  it('takes paths: only the named file is searched', async () => {
    await refused(['checkin', 'CO-2.2', '1500', 'teams'], /No key result CO-2\.2 in 2 OKR files\./);
    assert.equal((await okr('checkin', 'PLAT-1.1', '9', '--date', '2026-11-20', 'teams/platform.okr.yaml')).code, 0);
    assert.match(read('teams/platform.okr.yaml'), /- date: 2026-11-20\n\s+value: 9\n/);
  });

  it('refuses an ambiguous number, giving both readings', async () => {
    // GROW-1.1 runs 800 → 1000: neither 1.45 nor 1450 lies on its scale.
    await refused(['checkin', 'GROW-1.1', '1,450'], /GROW-1\.1: "1,450" could be 1450 .* or 1\.45 .*Write 1450 or 1\.45\./);
  });

  it('refuses a value far outside the range unless --force', async () => {
    await refused(['checkin', 'CO-2.2', '99999'], /far outside CO-2\.2's range \(baseline 1200 projects to 1800 projects\).*Pass --force/);
    const forced = await okr('checkin', 'CO-2.2', '99999', '--force', '--date', '2026-11-20');
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(read('company.okr.yaml'), /value: 99999\n/);
  });

  it('refuses a rollup KR, naming what it rolls up', async () => {
    await refused(['checkin', 'CO-2.1', '20'], /CO-2\.1 is a rollup \(rollup: children\): its value comes from .*: ENG-1\.1, ENG-1\.2, PLAT-1\.1, PLAT-1\.2\./);
  });

  it('milestones: a title ticks that milestone; done ticks all; an unknown title or a number is refused', async () => {
    await refused(['checkin', 'PLAT-1.2', 'Launch party'], /PLAT-1\.2 has no milestone "Launch party"\. Give one of "Design review", "Pilot with two teams", "All teams migrated"/);
    await refused(['checkin', 'PLAT-1.2', '3'], /has no milestone "3"/);
    await refused(['checkin', 'PLAT-1.2', 'not-done'], /To undo a milestone, set its done: false in the file\./);
    const run = await okr('checkin', 'PLAT-1.2', 'all teams migrated', '--date', '2026-11-20');
    assert.equal(run.code, 0, run.stderr);
    const text = read('teams/platform.okr.yaml');
    assert.match(text, /- title: All teams migrated\n\s+done: true\n/);
    assert.match(text, /- date: 2026-11-20\n\s+value: true\n/);
    writeFileSync(path.join(dir, 'teams/platform.okr.yaml'), before.get('teams/platform.okr.yaml')!);
    assert.equal((await okr('checkin', 'PLAT-1.2', 'done', '--date', '2026-11-21')).code, 0);
    assert.doesNotMatch(read('teams/platform.okr.yaml'), /done: false/);
  });

  it('a milestone KR without a list takes done or not-done', async () => {
    writeFileSync(
      path.join(dir, 'ops.okr.yaml'),
      'okr: 1\nteam: Ops\nperiod: 2026-Q4\nobjectives:\n  - id: OPS-1\n    title: Calm on-call weeks for everyone\n    key_results:\n      - id: OPS-1.1\n        title: Pager rota live for all teams\n        type: milestone  # yes or no\n        done: false\n',
    );
    await refused(['checkin', 'OPS-1.1', 'yes'], /OPS-1\.1 is a milestone key result: give done or not-done, not "yes"\./);
    await refused(['checkin', 'OPS-1.1', '1'], /give done or not-done/);
    assert.equal((await okr('checkin', 'OPS-1.1', 'done', '--date', '2026-11-20')).code, 0);
    assert.match(read('ops.okr.yaml'), /type: milestone {2}# yes or no\n {8}done: false\n {8}checkins:\n {10}- date: 2026-11-20\n {12}value: true\n$/);
  });

  it('refuses a metric value that is not a number, and an unknown id', async () => {
    await refused(['checkin', 'CO-2.2', 'lots'], /CO-2\.2: "lots" is not a number\./);
    await refused(['checkin', 'CO-2.2', '1e400'], /too large/);
    await refused(['checkin', 'NOPE-9.9', '1'], /No key result NOPE-9\.9 in 4 OKR files\./);
    // What reaches the terminal passes the one sanitiser: an escape sequence in the id is shown, not run.
    await refused(['checkin', 'X\u001b[2J', '1'], /No key result X\\x1b\[2J in 4 OKR files\./);
  });

  it('refuses a file with a YAML error rather than write into it', async () => {
    const broken = before.get('teams/growth.okr.yaml')!.replace('objectives:', 'objectives:\n  - id: [oops');
    writeFileSync(path.join(dir, 'teams/growth.okr.yaml'), broken);
    const run = await okr('checkin', 'GROW-1.2', '5');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Nothing was written/);
    assert.equal(read('teams/growth.okr.yaml'), broken);
  });

  it('usage errors exit 2: missing value, bad date, bad confidence, unknown option', async () => {
    for (const argv of [
      ['checkin'],
      ['checkin', 'CO-2.2'],
      ['checkin', 'CO-2.2', '1500', '--date', '2026-13-01'],
      ['checkin', 'CO-2.2', '1500', '--date', 'tomorrow'],
      ['checkin', 'CO-2.2', '1500', '--confidence', '7'],
      ['checkin', 'CO-2.2', '1500', '--frobnicate'],
    ]) {
      const run = await okr(...argv);
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.stderr, /Run "okr --help" for usage\./);
    }
    for (const file of OKR_FILES) assert.equal(read(file), before.get(file));
  });

  it('is in the help', async () => {
    assert.match((await okr('--help')).stdout, /okr checkin <id> <value> \[--confidence C\] \[--note TEXT\] \[--date YYYY-MM-DD\] \[--force\] \[paths…\]/);
  });
});
