// Issue 13: a hostile repository through every command and text format of the CLI. Content from the
// repository must not forge lines, run GitHub Actions workflow commands or drive the terminal, and
// one bad file must not stop the others being checked.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { JsonFinding } from '../../../src/cli/lintOutput';
import { main } from '../../../src/cli/main';
import { isValidDate, parsePeriod } from '../../../src/core/format/period';
import { terminalSafe } from '../../../src/core/text/terminal';

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

const INJECTION = '::error file=README.md,line=1::Injected';
const HOSTILE = `Prepare a demo\n${INJECTION}\n::stop-commands::tok\r\u001b]0;owned\u0007\u001b[2J\u009b31m\u202eevil\u007f`;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function assertClean(output: string, what: string): void {
  for (const line of output.split('\n')) {
    assert.ok(!/^\s*::/.test(line), `${what}: a line starts with "::": ${JSON.stringify(line)}`);
    assert.ok(!DANGEROUS.test(line), `${what}: a raw control or bidi character in ${JSON.stringify(line)}`);
  }
}

describe('terminalSafe', () => {
  it('escapes C0, C1, DEL and bidi marks, and guards "::" at the start of a line', () => {
    assert.equal(terminalSafe('a\u001b[2Jb\u0007\r\n\t\u0085\u007f\u202e'), 'a\\x1b[2Jb\\x07\\r\\n\\t\\x85\\x7f\\u202e');
    assert.equal(terminalSafe('::error::x'), '\\x3a:error::x');
    assert.equal(terminalSafe('  ::warning x'), '  \\x3a:warning x');
    assert.equal(terminalSafe('a::b'), 'a::b');
    assert.equal(terminalSafe('one\n::two\n  ::three\ttab', { lines: true }), 'one\n\\x3a:two\n  \\x3a:three\ttab');
    assert.equal(terminalSafe('Plain text – “quoted” ✓'), 'Plain text – “quoted” ✓');
  });
});

describe('periods of early years', () => {
  it('print four-digit years and know their leap years', () => {
    assert.deepEqual(parsePeriod('0999-Q4'), { label: '0999-Q4', start: '0999-10-01', end: '0999-12-31' });
    assert.deepEqual(parsePeriod('0004-Q1'), { label: '0004-Q1', start: '0004-01-01', end: '0004-03-31' });
    assert.equal(isValidDate('0004-02-29'), true);
    assert.equal(isValidDate('0100-02-29'), false);
  });
});

describe('okr on a hostile repository', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'okr-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function writeHostile(): void {
    const q = JSON.stringify(HOSTILE);
    writeFileSync(
      path.join(dir, `${INJECTION.replace(/[/]/g, '_')}\u001b[31m.okr.yaml`),
      [
        'okr: 1',
        `team: ${q}`,
        'period: 2026-Q4',
        'objectives:',
        '  - id: HOST-1',
        `    title: ${q}`,
        `    owner: ${q}`,
        '    key_results:',
        '      - id: HOST-1.1',
        `        title: ${q}`,
        `        owner: ${q}`,
        '        baseline: 0',
        '        target: 10',
        '        depends_on: [HOST-1.1]',
        '        checkins:',
        `          - { date: 2026-10-07, value: 3, note: ${q} }`,
        '      - id: HOST-1.2',
        `        title: ${q}`,
        '        aligns_to: [NOPE-9]',
        '',
      ].join('\n'),
    );
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'a.ts'), `// TODO(HOST-1.1): ${HOSTILE.replace(/\n/g, ' ')}\n// TODO(HOST-9.9) ${INJECTION}\u001b[2J\n`);
  }

  const commands: string[][] = [
    ['lint', '--today', '2026-11-01'],
    ['links'],
    ['report', '--today', '2026-11-01'],
    ['report', '--format', 'md', '--today', '2026-11-01'],
    ['report', '--tree', '--today', '2026-11-01'],
  ];

  for (const args of commands) {
    it(`okr ${args.join(' ')}: titles, owners, notes, file names and comments cannot forge lines or drive the terminal`, async () => {
      writeHostile();
      const run = await okr(dir, ...args);
      assert.ok(run.stdout.includes('HOST-1'), run.stdout + run.stderr);
      assertClean(run.stdout, 'stdout');
      assertClean(run.stderr, 'stderr');
      assert.ok(run.stdout.includes('\\x3a:error') || run.stdout.includes('\\n::error') || run.stdout.includes(' ::error'), 'the text is shown, escaped');
    });
  }

  it('error messages escape the words they quote', async () => {
    const run = await okr(dir, 'lint', `missing\n${INJECTION}\u001b[2J`);
    assert.equal(run.code, 2);
    assertClean(run.stderr, 'stderr');
    assert.match(run.stderr, /no such file or folder: missing\\n::error/);
  });

  it('JSON keeps the text as it is (its encoder escapes)', async () => {
    writeHostile();
    const run = await okr(dir, 'lint', '--format', 'json', '--no-code', '--today', '2026-11-01');
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.ok(findings.some((f) => f.message.includes(HOSTILE)), 'the message keeps the title byte for byte');
    // JSON.stringify escapes C0 controls and line breaks; C1 and bidi marks are valid JSON text.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    for (const line of run.stdout.split('\n')) assert.ok(!/^\s*::/.test(line) && !/[\u0000-\u001f]/.test(line), line);
  });

  it('--today takes only real dates', async () => {
    for (const bad of ['2026-02-30', '9999-99-99', '2026-13-01', 'tomorrow']) {
      const run = await okr(dir, 'report', '--today', bad);
      assert.equal(run.code, 2, bad);
      assert.match(run.stderr, /--today takes a real date/);
    }
    assert.equal((await okr(dir, 'report', '--today', '2028-02-29')).code, 0);
  });

  it('a !!timestamp title is a schema error and reads as written, not as a JavaScript Date', async () => {
    writeFileSync(path.join(dir, 'ts.okr.yaml'), 'okr: 1\nperiod: 0999-Q4\nobjectives:\n  - id: T-1\n    title: !!timestamp 2026-01-01\n    key_results: []\n');
    const lint = await okr(dir, 'lint', '--format', 'json', '--no-code', '--today', '2026-11-01');
    const schema = (JSON.parse(lint.stdout) as JsonFinding[]).filter((f) => f.rule === 'schema');
    assert.deepEqual(schema.map((f) => [f.line, f.message]), [[5, '"title" must be a string.']]);
    const report = await okr(dir, 'report', '--today', '2026-11-01');
    assert.match(report.stdout, /T-1 +2026-01-01 /);
    assert.doesNotMatch(report.stdout, /GMT/);
  });

  it('report --tree refuses a format it does not print', async () => {
    const run = await okr(dir, 'report', '--tree', '--format', 'md');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--tree prints text only/);
  });

  it('SARIF URIs are percent-encoded per RFC 3986', async () => {
    writeFileSync(path.join(dir, 'q#3?x [a].okr.yaml'), 'okr: 1\nperiod: 2026-Q4\nobjectives: 3\n');
    const run = await okr(dir, 'lint', '--format', 'sarif', '--no-code');
    const log = JSON.parse(run.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.length > 0);
    for (const uri of uris) assert.equal(uri, 'q%233%3Fx%20%5Ba%5D.okr.yaml');
  });

  it('the file-too-large message names the CLI option, not a VS Code setting', async () => {
    writeFileSync(path.join(dir, 'big.okr.yaml'), `okr: 1\n# ${'x'.repeat(3000)}\n`);
    const run = await okr(dir, 'lint', '--format', 'json', '--no-code', '--max-file-size', '0.001');
    const [finding] = JSON.parse(run.stdout) as JsonFinding[];
    assert.equal(finding.rule, 'file-too-large');
    assert.match(finding.message, /--max-file-size/);
    assert.doesNotMatch(finding.message, /okr\.maxFileSizeMB/);
  });

  if (process.platform !== 'win32') {
    it('the root is a fence: links out, FIFOs, dangling and looping links are one finding each; the rest is checked', async () => {
      writeFileSync(path.join(dir, 'good.okr.yaml'), 'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id: G-1\n    title: Grow\n    key_results: []\n');
      const secret = path.join(mkdtempSync(path.join(tmpdir(), 'okr-outside-')), 'secret.txt');
      writeFileSync(secret, 'root:*:20228:0:99999:7:::\n');
      symlinkSync(secret, path.join(dir, 'out.okr.yaml'));
      symlinkSync('/dev/zero', path.join(dir, 'zero.okr.yaml'));
      symlinkSync('nowhere.okr.yaml', path.join(dir, 'dangling.okr.yaml'));
      symlinkSync('loop.okr.yaml', path.join(dir, 'loop.okr.yaml'));
      spawnSync('mkfifo', [path.join(dir, 'fifo.okr.yaml')]);
      const run = await okr(dir, 'lint', '--format', 'json', '--no-code', '--today', '2026-11-01');
      const findings = JSON.parse(run.stdout) as JsonFinding[];
      const on = (file: string) => findings.filter((f) => f.file === file);
      assert.deepEqual(on('out.okr.yaml').map((f) => [f.rule, f.severity]), [['file-unreadable', 'info']]);
      assert.match(on('out.okr.yaml')[0].message, /points outside the repository/);
      assert.ok(!run.stdout.includes('root:*'), 'the file outside is never read');
      assert.deepEqual(on('zero.okr.yaml').map((f) => f.rule), ['file-unreadable']);
      assert.deepEqual(on('dangling.okr.yaml').map((f) => [f.rule, f.severity]), [['file-unreadable', 'error']]);
      assert.match(on('dangling.okr.yaml')[0].message, /does not exist/);
      assert.match(on('loop.okr.yaml')[0].message, /symbolic links loop/);
      if (existsSync(path.join(dir, 'fifo.okr.yaml'))) assert.match(on('fifo.okr.yaml')[0].message, /a FIFO, not a regular file/);
      assert.ok(on('good.okr.yaml').length > 0, 'the good file is checked');
      assert.equal(run.code, 1, 'exit code follows the errors');
    });

    it('a file name that is not UTF-8 is still read', async () => {
      const name = Buffer.concat([Buffer.from(path.join(dir, 'lat')), Buffer.from([0xe9]), Buffer.from('.okr.yaml')]);
      writeFileSync(name, 'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id: L-1\n    title: Latin\n    key_results: []\n');
      const run = await okr(dir, 'lint', '--format', 'json', '--no-code', '--today', '2026-11-01');
      const findings = JSON.parse(run.stdout) as JsonFinding[];
      assert.ok(findings.length > 0);
      assert.ok(findings.every((f) => f.rule !== 'file-unreadable'), run.stdout);
      assert.ok(findings.every((f) => f.file === 'lat\\xe9.okr.yaml'), 'shown as its bytes: ' + findings[0].file);
      const text = await okr(dir, 'lint', '--no-code', '--today', '2026-11-01');
      assert.match(text.stdout, /^lat\\xe9\.okr\.yaml$/m);
    });

    it('the built binary ends quietly when its reader goes away (EPIPE)', () => {
      const cli = path.resolve('dist/cli.js');
      const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" report --today 2026-11-15 | head -c 10`], { cwd: path.resolve('examples'), encoding: 'utf8' });
      assert.equal(run.stderr, '');
      assert.equal(run.stdout.length, 10);
    });
  }
});
