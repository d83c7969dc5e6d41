// Parse + schema + all rules over a generated workspace (200 files × 50 KRs), measured beside
// yaml-language-server validating the same files with the same schema, and beside okr-lens reading
// with the `yaml` package only (the parser before the js-yaml fast path). One file parsed after an
// edit is parse.bench.ts.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService';
import { DEFAULT_CONFIG } from '../src/core/config';
import { parseOkrText, ParseOptions } from '../src/core/format/parse';
import { lintFile, lintWorkspace } from '../src/core/lint';
import { OKR_SCHEMA } from '../src/core/format/schema';
import { BenchResult, medianOf, runStandalone } from './stats';

export function generateOkrFile(team: string, objectives: number, krsPerObjective: number): string {
  const lines = ['# generated for the benchmark', 'okr: 1', `team: ${team}`, 'period: 2026-Q4', 'objectives:'];
  for (let o = 1; o <= objectives; o++) {
    lines.push(`  - id: ${team}-${o}`, `    title: Make the ${team} platform dependable number ${o}`, '    owner: alice', '    key_results:');
    for (let k = 1; k <= krsPerObjective; k++) {
      const task = k % 7 === 0;
      lines.push(
        `      - id: ${team}-${o}.${k}`,
        task ? `        title: Prepare a demo video for release ${k}` : `        title: Reduce p95 latency of service ${k} from 900 ms to 300 ms`,
        '        owner: bob',
        '        unit: ms',
        '        baseline: 900',
        '        target: 300',
        '        checkins:',
        '          - date: 2026-10-07',
        `            value: ${800 - k}`,
        '            confidence: 0.6',
        '            note: Cache warmed; still **flaky** under load.',
      );
    }
  }
  return lines.join('\n') + '\n';
}

export async function run(): Promise<BenchResult[]> {
  const files = Array.from({ length: 200 }, (_, i) => ({ name: `file:///bench/team${i}.okr.yaml`, text: generateOkrFile(`T${i}`, 10, 5) }));

  const lintAll = (options: ParseOptions) => () => {
    const parsed = files.map((f) => parseOkrText(f.text, f.name, options));
    let count = lintWorkspace(parsed, DEFAULT_CONFIG).length;
    for (const p of parsed) count += lintFile(p, DEFAULT_CONFIG, '2026-11-22').length;
    return count;
  };
  const ours = lintAll({});

  const service = getLanguageService({
    schemaRequestService: () => Promise.resolve(JSON.stringify(OKR_SCHEMA)),
    workspaceContext: { resolveRelativePath: (relative: string) => relative },
  });
  service.configure({ validate: true, schemas: [{ uri: 'okr://schema', fileMatch: ['*.okr.yaml'], schema: OKR_SCHEMA }] });
  let version = 0;
  const theirs = async () => {
    let count = 0;
    for (const f of files) count += (await service.doValidation(TextDocument.create(f.name, 'yaml', ++version, f.text), false)).length;
    return count;
  };

  // Warm both (JIT, schema compilation) before measuring.
  ours();
  await theirs();
  const workspaceOurs = await medianOf(5, ours);
  const workspaceTheirs = await medianOf(5, theirs);
  const workspaceYamlOnly = await medianOf(3, lintAll({ fastPath: false }));
  return [
    { name: 'okr-lens: 200 files × 50 KRs, parse+schema+rules', median: workspaceOurs, unit: 'ms', note: 'target < 1000 ms' },
    { name: 'yaml-language-server: same 200 files, schema only', median: workspaceTheirs, unit: 'ms', note: `okr-lens is ${(workspaceTheirs / workspaceOurs).toFixed(1)}× faster` },
    { name: 'okr-lens, `yaml` parser only: same 200 files', median: workspaceYamlOnly, unit: 'ms', note: `the fast path is ${(workspaceYamlOnly / workspaceOurs).toFixed(1)}× faster` },
  ];
}

if (require.main === module) runStandalone('Lint (issue: foundation)', run);
