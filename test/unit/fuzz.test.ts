// Issue 13: fuzzing, bounded to about 30 s. Random and mutated OKR files (the examples, and files from
// the format's generator with hostile text spliced in) go through parse, lint, the cascade, progress,
// every report renderer and the check-in edit; then through the CLI's text outputs. Nothing may
// throw, and no output line may start with `::` (a GitHub Actions workflow command).
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { renderCascadeText } from '../../src/core/cascade';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { appendCheckin } from '../../src/core/edit';
import { parseOkrText } from '../../src/core/format/parse';
import { buildReport, renderReportJson, renderReportMarkdown, renderReportText } from '../../src/core/progress';
import { OkrWorkspace } from '../../src/core/workspace';
import { okrFileSpec, renderOkrFile } from './edit/okrFileArbitrary';

const EXAMPLES = ['examples/company.okr.yaml', 'examples/engineering.okr.yaml', ...readdirSync('examples/teams').filter((f) => f.endsWith('.okr.yaml')).map((f) => `examples/teams/${f}`)].map(
  (file) => readFileSync(file, 'utf8'),
);

const HOSTILE = [
  '\n::error file=a,line=1::x\n',
  '::stop-commands::tok',
  '\u001b[2J\u001b]0;t\u0007',
  '\r\n',
  '\u202e\u2066',
  '\u0085\u009b',
  '&a [*a, *a]',
  '*a',
  '!!timestamp 2026-01-01',
  '!!binary aGk=',
  '{',
  ']',
  ': ',
  '- ',
  '"',
  "'",
  '\t',
  '\u0000',
  '\uFFFD',
  '0999-Q4',
  '2026-02-30',
  '.inf',
  '-.nan',
  '1e309',
  'depends_on: [PLAT-1.1, PLAT-1.1]',
  'aligns_to: [CO-1]',
  'id: CO-1',
];

/** A text and a mutation: insert, delete or replace a slice, splice a hostile piece, or repeat lines. */
const mutated: fc.Arbitrary<string> = fc
  .record({
    base: fc.oneof(fc.constantFrom(...EXAMPLES), okrFileSpec.map(renderOkrFile)),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.nat(40),
        insert: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })),
        repeat: fc.nat(3),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ base, edits }) => {
    let text = base;
    for (const edit of edits) {
      const at = Math.floor(edit.at * text.length);
      const piece = edit.repeat > 0 ? text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at) + 1).repeat(edit.repeat) : edit.insert;
      text = text.slice(0, at) + piece + text.slice(at + (edit.repeat > 0 ? 0 : edit.length));
    }
    return text;
  });

function assertNoWorkflowCommand(output: string): void {
  for (const line of output.split('\n')) assert.ok(!/^\s*::/.test(line), `a line starts with "::": ${JSON.stringify(line)}`);
}

function throughTheCore(text: string): void {
  const parsed = parseOkrText(text, 'fuzz.okr.yaml');
  const workspace = new OkrWorkspace(DEFAULT_CONFIG, {}, '2026-11-15');
  workspace.set(parsed);
  workspace.set(parseOkrText(EXAMPLES[0], 'company.okr.yaml'));
  for (const finding of workspace.findings('fuzz.okr.yaml')) assert.equal(typeof finding.message, 'string');
  const progress = workspace.progress('2026-11-15');
  const report = buildReport(parsed.model ? [parsed.model] : [], progress);
  renderReportText(report);
  renderReportMarkdown(report);
  JSON.parse(renderReportJson(report));
  renderCascadeText(workspace.cascade(), (id) => progress.node(id));
  for (const objective of parsed.model?.objectives ?? []) {
    for (const kr of objective.key_results) {
      if (!kr.id) continue;
      const result = appendCheckin(parsed, kr.id, { date: '2026-11-15', value: 3, note: '::error x\n\u001b[2J' });
      if ('edits' in result) assert.ok(result.edits.length > 0);
      else assert.equal(typeof result.error, 'string');
    }
  }
}

describe('fuzzing (bounded to about 30 s)', () => {
  it('mutated and generated OKR files go through parse, lint, cascade, report and check-in without throwing', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(mutated, (text) => {
        throughTheCore(text);
      }),
      { numRuns: 100_000, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false },
    );
  });

  it('the CLI text outputs never start a line with "::", whatever the files say', async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'okr-fuzz-'));
    try {
      await fc.assert(
        fc.asyncProperty(mutated, async (text) => {
          writeFileSync(path.join(dir, 'fuzz.okr.yaml'), text);
          const today = ['--today', '2026-11-15'];
          for (const args of [['lint', '--no-code', ...today], ['report', ...today], ['report', '--format', 'md', ...today], ['report', '--tree', ...today], ['links']]) {
            let out = '';
            const code = await main(args, {
              cwd: dir,
              stdout: (t) => (out += t),
              stderr: (t) => (out += t),
            });
            assert.ok(code === 0 || code === 1, `okr ${args.join(' ')} exited ${code}: ${out}`);
            assertNoWorkflowCommand(out);
          }
        }),
        { numRuns: 100_000, interruptAfterTimeLimit: 10_000, markInterruptAsFailure: false },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
