import { strict as assert } from 'assert';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { parseOkrText, ParsedOkrFile } from '../../../src/core/format/parse';
import { reparseOkrText } from '../../../src/core/format/reparse';
import { SourceNode } from '../../../src/core/format/sourceTree';
import { lintFile } from '../../../src/core/lint';
import { okrFileSpec, renderOkrFile } from '../edit/okrFileArbitrary';

const FILE = 'teams/platform.okr.yaml';

/** Asserts that `reparsed` is what a full parse of its text gives, and returns whether it reused anything. */
function assertSameAsFullParse(reparsed: ParsedOkrFile, previous: ParsedOkrFile): boolean {
  const full = parseOkrText(reparsed.text, FILE);
  const context = `after the edit, the text is ${JSON.stringify(reparsed.text)}`;
  assert.equal(reparsed.file, full.file);
  assert.equal(reparsed.text, full.text);
  assert.deepStrictEqual(reparsed.tree, full.tree, `the trees differ ${context}`);
  assert.deepStrictEqual(reparsed.model, full.model, `the models differ ${context}`);
  assert.deepStrictEqual(reparsed.findings, full.findings, `the findings differ ${context}`);
  assert.deepStrictEqual(lintFile(reparsed, DEFAULT_CONFIG, '2026-11-22'), lintFile(full, DEFAULT_CONFIG, '2026-11-22'), `the lint findings differ ${context}`);
  assert.deepStrictEqual(reparsed.lines.rangeOf(0, reparsed.text.length), full.lines.rangeOf(0, full.text.length));
  return reusesPrevious(reparsed, previous);
}

/** True when the re-parse kept parts of the previous tree (a full parse shares nothing). */
function reusesPrevious(reparsed: ParsedOkrFile, previous: ParsedOkrFile): boolean {
  const before = new Set<unknown>(previous.tree?.kind === 'map' ? previous.tree.pairs : []);
  return reparsed.tree?.kind === 'map' && reparsed.tree.pairs.some((pair) => before.has(pair));
}

function objectiveItems(tree: SourceNode | undefined): SourceNode[] {
  if (tree?.kind !== 'map') return [];
  const list = tree.pairs.find((pair) => pair.key.kind === 'scalar' && pair.key.value === 'objectives')?.value;
  return list?.kind === 'seq' ? list.items : [];
}

/** What the caller holds of a result, as plain data, to check that nothing changed it. */
function snapshot(parsed: ParsedOkrFile): unknown {
  return structuredClone({ text: parsed.text, tree: parsed.tree, model: parsed.model, findings: parsed.findings });
}

const SNIPPETS = [
  '\n', ' ', '  ', '-', '- ', ':', ': ', '#', ' # note', '"', "'", '[', ']', '{', '}', ',', '|', '>', '?', '&a ', '*a', '!', '%', '\t', '---\n',
  'x', 'PLAT-9', '2026-13-45', '42', '\uFFFD', '\r',
  '          - date: 2026-11-01\n            value: 5\n',
  '    owner: zed\n', '  - id: PLAT-9\n    title: New\n    key_results: []\n', '- id: PLAT-8\n', '# comment\n', '\n\n',
  '      - id: PLAT-1.9\n        title: Reach 99.9% uptime\n        target: 99.9\n', 'parent: ../company.okr.yaml\n', 'description: |\n      text\n',
];

/** An edit as offsets in the text it applies to: `at` and `remove` wrap around the text's length. */
type Edit =
  | { kind: 'splice'; at: number; remove: number; insert: string; lineStart: boolean }
  | { kind: 'copyLine' | 'deleteLine' | 'retypeLetter'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat(6) }, { weight: 1, arbitrary: fc.nat(80) }),
    insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')),
    lineStart: fc.boolean(),
  }),
  // What people mostly do: copy a line (a new check-in, a new field), delete one, retype a word.
  fc.record({ kind: fc.constantFrom('copyLine' as const, 'deleteLine' as const, 'retypeLetter' as const), at: fc.nat() }),
);

function applyEdit(text: string, change: Edit): string {
  const at = change.at % (text.length + 1);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.includes('\n', at) ? text.indexOf('\n', at) + 1 : text.length;
  switch (change.kind) {
    case 'splice': {
      const start = change.lineStart ? lineStart : at;
      return text.slice(0, start) + change.insert + text.slice(Math.min(text.length, start + change.remove));
    }
    case 'copyLine':
      return text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
    case 'deleteLine':
      return text.slice(0, lineStart) + text.slice(lineEnd);
    case 'retypeLetter':
      return /[a-z]/i.test(text.charAt(at)) ? text.slice(0, at) + (text.charAt(at) === 'q' ? 'z' : 'q') + text.slice(at + 1) : text;
  }
}

/**
 * A generated OKR file of two objectives or more, sometimes with a top-level key after
 * `objectives`; without anchors and keep-chomped scalars, which only the `yaml` fallback reads.
 */
const okrText = fc.tuple(okrFileSpec.filter((spec) => spec.objectives.length > 1), fc.boolean()).map(([spec, trailingKey]) => {
  const text = renderOkrFile(spec).replace(/&who\d+ /g, '').replace(/\*who\d+/g, 'alice').replace(/\|\+/g, '|-');
  const eol = spec.crlf ? '\r\n' : '\n';
  return trailingKey ? `${text.replace(/(\r?\n)?$/, eol)}parent: ../company.okr.yaml${eol}` : text;
});

describe('reparseOkrText', () => {
  const text = [
    'okr: 1',
    'team: Platform',
    'period: 2026-Q4',
    'objectives:',
    '  - id: PLAT-1',
    '    title: Release value faster',
    '    key_results:',
    '      - id: PLAT-1.1',
    '        title: Cut lead time from 10 to 8 days',
    '        target: 8',
    '        checkins:',
    '          - date: 2026-10-07',
    '            value: 9.5',
    '  # between the objectives',
    '  - id: PLAT-2',
    '    title: Keep customers happy',
    '    key_results:',
    '      - id: PLAT-2.1',
    '        title: Prepare a demo video',
    '',
  ].join('\n');

  it('re-reads only the edited objective: the one before keeps its objects, the one after moves down', () => {
    const previous = parseOkrText(text, FILE);
    const edited = text.replace('            value: 9.5\n', '            value: 9.5\n          - date: 2026-10-14\n            value: 9\n');
    const reparsed = reparseOkrText(previous, edited);
    assertSameAsFullParse(reparsed, previous);
    assert.equal(reparsed.model!.objectives[0].key_results[0].checkins.length, 2);

    const second = reparseOkrText(reparsed, edited.replace('Keep customers happy', 'Keep every customer happy'));
    assertSameAsFullParse(second, reparsed);
    assert.equal(second.model!.objectives[0], reparsed.model!.objectives[0], 'the objective before the edit is reused as it is');
    assert.equal(objectiveItems(second.tree)[0], objectiveItems(reparsed.tree)[0]);
    assert.equal(second.model!.objectives[1].title, 'Keep every customer happy');
  });

  it('moves the ranges of the objectives after the edit by the lines inserted', () => {
    const previous = parseOkrText(text, FILE);
    const reparsed = reparseOkrText(previous, text.replace('    title: Release value faster\n', '    title: Release value faster\n    owner: alice\n'));
    assertSameAsFullParse(reparsed, previous);
    const [before, after] = [previous.model!.objectives[1], reparsed.model!.objectives[1]];
    assert.equal(after.ranges.keys.id.start.line, before.ranges.keys.id.start.line + 1);
    assert.equal(after.key_results[0].ranges.values.title.start.character, before.key_results[0].ranges.values.title.start.character);
  });

  it('falls back to a full parse when the edit touches the header, breaks the YAML or adds an anchor', () => {
    const previous = parseOkrText(text, FILE);
    for (const edited of [
      text.replace('team: Platform', 'team: Platform team'),
      text.replace('    title: Release value faster', '    title: [Release value faster'),
      text.replace('    title: Release value faster', '    title: &t Release value faster'),
      text.replace('  - id: PLAT-2', '- id: PLAT-2'),
    ]) {
      const reparsed = reparseOkrText(previous, edited);
      assert.equal(reusesPrevious(reparsed, previous), false, `reused objects for ${JSON.stringify(edited)}`);
      assertSameAsFullParse(reparsed, previous);
    }
  });

  it('reads an item alone only when its lines belong to it: comments, block scalars and keys after the list', () => {
    const layouts: Array<{ text: string; edit: [string, string]; reuses: boolean }> = [
      // A comment at the dash's column inside an item, before its last field: read in full.
      { text: text.replace('    key_results:\n      - id: PLAT-2.1', '# inside\n    key_results:\n      - id: PLAT-2.1'), edit: ['Prepare a demo', 'Record a demo'], reuses: false },
      // A block scalar ending the item, then a comment line between the objectives.
      { text: text.replace('  # between the objectives\n', '    description: |\n      Why\n\n# between\n'), edit: ['Why', 'Why not'], reuses: true },
      // The last objective followed by another top-level key.
      { text: `${text}parent: ../company.okr.yaml\n`, edit: ['Prepare a demo', 'Record a demo'], reuses: true },
      { text: `${text}parent: ../company.okr.yaml\n`, edit: ['video\n', 'video\nteam: Other\n'], reuses: false },
      // A dedent that would end the list, and a second item typed into the first.
      { text, edit: ['    title: Release value faster\n', '    title: Release value faster\n  owner: alice\n'], reuses: false },
      { text, edit: ['    title: Release value faster\n', '    title: Release value faster\n  - id: PLAT-3\n'], reuses: false },
      // An indentless list of objectives.
      { text: text.replace(/^ {2}/gm, ''), edit: ['Keep customers', 'Keep all customers'], reuses: true },
    ];
    for (const { text: original, edit: [from, to], reuses } of layouts) {
      const previous = parseOkrText(original, FILE);
      assert.ok(original.includes(from), from);
      const reparsed = reparseOkrText(previous, original.replace(from, to));
      assert.equal(assertSameAsFullParse(reparsed, previous), reuses, `reuse for ${JSON.stringify(reparsed.text)}`);
    }
  });

  it('parses in full when asked for the `yaml` parser only, or when the previous result came from it', () => {
    const previous = parseOkrText(text, FILE);
    const edited = text.replace('Keep customers happy', 'Keep every customer happy');
    assert.deepStrictEqual(reparseOkrText(previous, edited, { fastPath: false }).model, parseOkrText(edited, FILE, { fastPath: false }).model);
    assert.equal(reusesPrevious(reparseOkrText(previous, edited, { fastPath: false }), previous), false);
    const fromYaml = parseOkrText(text, FILE, { fastPath: false });
    assert.equal(reusesPrevious(reparseOkrText(fromYaml, edited), fromYaml), false);
  });

  it('reports a file grown past the size limit, as a full parse does', () => {
    const previous = parseOkrText(text, FILE, { maxBytes: text.length + 10 });
    const edited = text.replace('Keep customers happy', 'Keep all of our customers very happy');
    const reparsed = reparseOkrText(previous, edited, { maxBytes: text.length + 10 });
    assert.deepStrictEqual(reparsed.findings.map((f) => f.rule), ['file-too-large']);
  });

  it('gives what a full parse gives after any edit, or series of edits, anywhere (property)', function () {
    this.timeout(120_000);
    let reused = 0;
    let checked = 0;
    fc.assert(
      fc.property(okrText, fc.array(edit, { minLength: 1, maxLength: 3 }), (original, edits) => {
        let previous = parseOkrText(original, FILE);
        for (const change of edits) {
          const before = snapshot(previous);
          const reparsed = reparseOkrText(previous, applyEdit(previous.text, change));
          if (assertSameAsFullParse(reparsed, previous)) reused++;
          checked++;
          assert.deepStrictEqual(snapshot(previous), before, 'the previous result was changed');
          previous = reparsed;
        }
      }),
      { numRuns: 250 },
    );
    // Most random edits land inside an objective: the property must have exercised the reuse.
    assert.ok(reused > checked / 5, `only ${reused} of ${checked} re-parses reused anything`);
  });
});
