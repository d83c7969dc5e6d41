// Workspace scan for KR references over a generated tree (20,000 files, ~200 MB, 5,000 references),
// beside plain ripgrep with an equivalent regex; and re-indexing one changed 1,000-line file.
import { spawn } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../src/core/config';
import { findReferences, LinkIndex, Reference, scanWithNode, scanWithRipgrep } from '../src/core/links';
import { BenchResult, medianOf, runStandalone } from './stats';

const RG = '/usr/bin/rg';
const DATA = path.join(__dirname, '.data', 'scan');
const FILES = 20_000;
const REFERENCES = 5_000;
const AVERAGE_FILE_BYTES = 10_000;
const TAGS = [...DEFAULT_CONFIG.tags];
const RG_EQUIVALENT = '\\b(?:TODO|FIXME|HACK|XXX|OKR)[ \\t]*(?:[:(\\[][ \\t]*)?[A-Za-z][A-Za-z0-9_]*-[0-9]+(?:\\.[0-9]+)*\\b';

/** Deterministic, so every machine benchmarks the same tree. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Language {
  extension: string;
  comment: (text: string) => string;
  code: string[];
  /** Tags without an id, as real code has: about one line in 300. */
  noise: string[];
}

const NOISE_PER_LINE = 1 / 300;

const LANGUAGES: Language[] = [
  {
    extension: 'ts',
    comment: (text) => `  // ${text}`,
    code: [
      'export function total(items: readonly Item[]): number {',
      '  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);',
      '}',
      "const message = `Processed ${count} items for ${customer.name}`;",
      "  if (!response.ok) throw new Error('request failed: ' + response.status);",
      '/* Caches are keyed by the lockfile hash and the runtime version. */',
    ],
    noise: ['  // TODO: tidy this once the new API lands', "  logger.info('TODO list refreshed', { user: user.id });"],
  },
  {
    extension: 'py',
    comment: (text) => `    # ${text}`,
    code: [
      'def summarize(records: list[dict]) -> dict:',
      '    totals = {key: sum(r[key] for r in records) for key in ("cost", "time")}',
      '    return {"count": len(records), **totals}',
      '    print(f"deploying {service} to {env}")',
      '"""Helpers for the deploy flow."""',
    ],
    noise: ['    # FIXME: handle empty input gracefully'],
  },
  {
    extension: 'sh',
    comment: (text) => `# ${text}`,
    code: ['set -euo pipefail', 'curl -fsS "$BASE_URL/health" || exit 1', 'for f in "$@"; do echo "checking $f"; done'],
    noise: ['# HACK: retry twice'],
  },
  {
    extension: 'sql',
    comment: (text) => `-- ${text}`,
    code: ['SELECT team, COUNT(*) AS open_items FROM work_items', "WHERE status <> 'done' AND due < CURRENT_DATE", 'GROUP BY team ORDER BY open_items DESC;'],
    noise: ['-- XXX: slow on large teams'],
  },
  {
    extension: 'md',
    comment: (text) => `<!-- ${text} -->`,
    code: ['## Deploying', 'Run `make deploy` from the repository root; it builds, tests and ships.', '- keep the changelog current'],
    noise: ['TODO: write the rollback section'],
  },
  {
    extension: 'go',
    comment: (text) => `\t// ${text}`,
    code: ['func (s *Server) Handle(w http.ResponseWriter, r *http.Request) {', '\tif err := s.store.Save(r.Context(), item); err != nil {', '\t\treturn fmt.Errorf("save: %w", err)', '}'],
    noise: ['\t// TODO: propagate the context deadline'],
  },
];

const TAG_FORMS = [
  (tag: string, id: string) => `${tag}(${id}): keep the build cache warm between jobs`,
  (tag: string, id: string) => `${tag} ${id} measure the lead time per team`,
  (tag: string, id: string) => `${tag} [${id}] restore partial caches on a miss`,
  (tag: string, id: string) => `${tag}: ${id} remove once the flow ships`,
];

export function fileTextWithReferences(rand: () => number, language: Language, bytes: number, references: string[]): string {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const pool = rand() < NOISE_PER_LINE ? language.noise : language.code;
    const line = pool[Math.floor(rand() * pool.length)];
    lines.push(line);
    size += line.length + 1;
  }
  for (const reference of references) lines.splice(Math.floor(rand() * (lines.length + 1)), 0, language.comment(reference));
  return lines.join('\n') + '\n';
}

async function generateTree(): Promise<void> {
  const manifest = path.join(DATA, 'manifest.json');
  const expected = JSON.stringify({ files: FILES, references: REFERENCES, averageBytes: AVERAGE_FILE_BYTES, version: 2 });
  if (existsSync(manifest) && (await fs.readFile(manifest, 'utf8')) === expected) return;
  console.log(`generating ${FILES} files into ${DATA} …`);
  await fs.rm(DATA, { recursive: true, force: true });
  const rand = random(42);
  const referencesByFile = new Map<number, string[]>();
  for (let i = 0; i < REFERENCES; i++) {
    const file = Math.floor(rand() * FILES);
    const id = `T${Math.floor(rand() * 20)}-${1 + Math.floor(rand() * 5)}.${1 + Math.floor(rand() * 6)}`;
    const tag = TAGS[Math.floor(rand() * TAGS.length)];
    const form = TAG_FORMS[Math.floor(rand() * TAG_FORMS.length)];
    referencesByFile.set(file, [...(referencesByFile.get(file) ?? []), form(tag, id)]);
  }
  for (let i = 0; i < FILES; i++) {
    const language = LANGUAGES[i % LANGUAGES.length];
    const directory = path.join(DATA, `pkg${i % 20}`, `module${Math.floor(i / 20) % 50}`);
    const bytes = Math.floor(AVERAGE_FILE_BYTES * (0.2 + 1.6 * rand()));
    await fs.mkdir(directory, { recursive: true });
    await fs.writeFile(path.join(directory, `file${i}.${language.extension}`), fileTextWithReferences(rand, language, bytes, referencesByFile.get(i) ?? []));
  }
  await fs.writeFile(manifest, expected);
}

/** Plain ripgrep: total matches of the equivalent regex, summed from `--count-matches`. */
function ripgrepCount(root: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const rg = spawn(RG, ['--count-matches', '--no-filename', '--no-config', '-e', RG_EQUIVALENT, root], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    rg.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    rg.on('error', reject);
    rg.on('close', () => resolve(output.split('\n').reduce((sum, line) => sum + (Number(line) || 0), 0)));
  });
}

function reindexFixture(): { text: string; file: string } {
  const rand = random(7);
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) {
    lines.push(i % 50 === 0 ? `  // TODO(T1-${1 + (i % 5)}.${1 + (i % 3)}): follow up on item ${i}` : LANGUAGES[0].code[Math.floor(rand() * LANGUAGES[0].code.length)]);
  }
  return { text: lines.join('\n'), file: '/bench/changed.ts' };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sameReferences = (a: Reference[], b: Reference[]): boolean => JSON.stringify(a) === JSON.stringify(b);

export async function run(): Promise<BenchResult[]> {
  await generateTree();
  const root = DATA;
  let rgMatches = 0;
  let nodeFound: Reference[] = [];
  let ripgrepFound: Reference[] = [];
  // Interleaved rounds: a busy machine slows all three alike instead of whichever ran last.
  const times: Record<'rg' | 'node' | 'viaRipgrep', number[]> = { rg: [], node: [], viaRipgrep: [] };
  for (let round = 0; round < 5; round++) {
    times.rg.push(await medianOf(1, async () => (rgMatches = await ripgrepCount(root))));
    times.node.push(await medianOf(1, async () => (nodeFound = await scanWithNode(root, { tags: TAGS }))));
    times.viaRipgrep.push(await medianOf(1, async () => (ripgrepFound = await scanWithRipgrep(RG, root, { tags: TAGS }))));
  }
  const [rg, node, viaRipgrep] = [median(times.rg), median(times.node), median(times.viaRipgrep)];
  // Each scan against rg in the same round: steadier than the ratio of medians when other work comes and goes.
  const pairedRatio = (scan: number[]): number => median(scan.map((time, round) => time / times.rg[round]));
  const agree = rgMatches === REFERENCES && nodeFound.length === REFERENCES && sameReferences(nodeFound, ripgrepFound);
  if (!agree) console.error(`MISMATCH: rg ${rgMatches}, node ${nodeFound.length}, via rg ${ripgrepFound.length}, expected ${REFERENCES}`);

  const { text, file } = reindexFixture();
  const index = new LinkIndex();
  let generation = 0;
  const reindex = await medianOf(200, () => {
    // A different first line each time, so the index really changes.
    const changed = `// edit ${generation++} TODO(T1-1.${generation % 2 ? 1 : 2})\n${text}`;
    index.setFile(file, findReferences(changed, file, TAGS));
  });

  const found = `${rgMatches} / ${nodeFound.length} / ${ripgrepFound.length} references${agree ? ', identical' : ' — MISMATCH'}`;
  // rg searches with every core, the Node side with one thread: other load skews the ratios.
  const conditions = `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`;
  return [
    { name: `rg --count-matches (${FILES} files)`, median: rg, unit: 'ms', note: `${found}; ${conditions}` },
    { name: 'scanWithNode', median: node, unit: 'ms', note: `${(node / rg).toFixed(2)}× rg (per round: ${pairedRatio(times.node).toFixed(2)}×)` },
    { name: 'scanWithRipgrep', median: viaRipgrep, unit: 'ms', note: `${(viaRipgrep / rg).toFixed(2)}× rg (per round: ${pairedRatio(times.viaRipgrep).toFixed(2)}×)` },
    { name: 're-index one changed 1,000-line file', median: reindex, unit: 'ms', note: 'findReferences + LinkIndex.setFile, median of 200' },
  ];
}

if (require.main === module) runStandalone('scan', run);
