import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { moveKrToInitiatives, TextEdit } from '../../../src/core/edit';
import { yamlComments } from '../../../src/core/edit/comments';
import { applyEdits, LineIndex } from '../../../src/core/edit/textEdit';
import type { OkrFile } from '../../../src/core/format/model';
import { crlf, parse, plain, yamlProblems } from './helpers';
import { krIds, okrFileSpec, renderOkrFile } from './okrFileArbitrary';

const HEAD = 'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id: PLAT-1\n    title: Ship faster\n    key_results:\n';

/**
 * Moves a KR and checks what must hold after any move: edits in order without overlap, a clean
 * parse, and a model that differs only by the KR leaving and the initiative arriving last.
 */
function moveAndCheck(text: string, krId: string, serves: string[]): string {
  const before = parse(text);
  const result = moveKrToInitiatives(before, krId, serves);
  assert.ok('edits' in result, 'error' in result ? result.error : '');
  assertOrderedWithoutOverlap(result.edits);
  const after = applyEdits(text, result.edits);
  const reparsed = parse(after);
  assert.deepEqual(yamlProblems(reparsed), []);
  // Every comment survives, and only the KR's own text is removed.
  const comments = (source: string) => yamlComments(source).map((comment) => comment.text).sort();
  assert.deepEqual(comments(after), comments(text));
  const index = new LineIndex(text);
  for (const edit of result.edits) {
    const removed = text.slice(index.offsetAt(edit.range.start), index.offsetAt(edit.range.end));
    const definedIds = [...removed.matchAll(/\bid: (PLAT-[\d.]+)/g)].map((match) => match[1]);
    assert.ok(definedIds.every((id) => id === krId), `the edit removes more than ${krId}: ${JSON.stringify(removed)}`);
  }

  const expected = plain(before.model) as OkrFile;
  const objectiveIndex = expected.objectives.findIndex((o) => o.key_results.some((kr) => kr.id === krId));
  const objective = expected.objectives[objectiveIndex];
  const krIndex = objective.key_results.findIndex((kr) => kr.id === krId);
  objective.key_results.splice(krIndex, 1);
  // Read the owner from the YAML data, where an alias is already resolved.
  const data = before.document!.toJS() as { objectives: Array<{ key_results: Array<{ owner?: string; title: string }> }> };
  const written = data.objectives[objectiveIndex].key_results[krIndex];
  const initiative: Record<string, unknown> = { title: written.title, serves };
  if (written.owner !== undefined) initiative.owner = written.owner;
  objective.initiatives.push(initiative as never);
  assert.deepEqual(plain(reparsed.model), expected);
  return after;
}

function assertOrderedWithoutOverlap(edits: TextEdit[]): void {
  const key = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
  for (let i = 1; i < edits.length; i++) {
    assert.ok(key(edits[i - 1].range.end) < key(edits[i].range.start), `edits ${i - 1} and ${i} touch or overlap`);
  }
}

describe('moveKrToInitiatives', () => {
  it('moves the task-like KR of the examples, with its trailing comment, to the existing initiatives', () => {
    const text = readFileSync(path.join(__dirname, '../../../examples/teams/platform.okr.yaml'), 'utf8');
    const after = moveAndCheck(text, 'PLAT-1.3', ['PLAT-1.2']);
    const removed =
      '      - id: PLAT-1.3\n        title: Prepare a demo video of the deploy flow   # a task, not an outcome\n        owner: alice\n';
    const added = '      - title: Prepare a demo video of the deploy flow   # a task, not an outcome\n        owner: alice\n        serves: [PLAT-1.2]\n';
    const anchor = '        serves: [PLAT-1.1]\n';
    assert.equal(after, text.replace(removed, '').replace(anchor, anchor + added));
  });

  it('creates `initiatives:` right after `key_results`, copying the file’s list layout', () => {
    const text =
      HEAD +
      '      - id: PLAT-1.1\n        title: Cut lead time\n' +
      '      - id: PLAT-1.2\n        title: Write the runbook\n        owner: bob\n' +
      '    aligns_to: [CO-1]\n';
    const after = moveAndCheck(text, 'PLAT-1.2', []);
    assert.equal(
      after,
      HEAD +
        '      - id: PLAT-1.1\n        title: Cut lead time\n' +
        '    initiatives:\n      - title: Write the runbook\n        owner: bob\n' +
        '    aligns_to: [CO-1]\n',
    );
  });

  it('carries the comment lines and end-of-line comments of the KR and leaves no blank hole', () => {
    const text =
      HEAD +
      '      - id: PLAT-1.1\n        title: Cut lead time\n' +
      '\n' +
      '      # a task, really\n' +
      '      - id: PLAT-1.2   # was a KR\n        title: Write the runbook # docs\n        unit: pages  # "pages #2"\n        # owner to be found\n' +
      '\n' +
      '      - id: PLAT-1.3\n        title: Raise deploys\n' +
      '    initiatives:\n';
    const after = moveAndCheck(text, 'PLAT-1.2', ['PLAT-1.1', 'PLAT-1.3']);
    assert.equal(
      after,
      HEAD +
        '      - id: PLAT-1.1\n        title: Cut lead time\n' +
        '\n' +
        '      - id: PLAT-1.3\n        title: Raise deploys\n' +
        '    initiatives:\n' +
        '      # a task, really\n      # was a KR\n      # "pages #2"\n      # owner to be found\n' +
        '      - title: Write the runbook   # docs\n        serves: [PLAT-1.1, PLAT-1.3]\n',
    );
  });

  it('refuses to drop comments into a one-line flow list, and moves a KR without comments there', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n      - id: PLAT-1.2\n        title: Write the runbook # docs\n    initiatives: []\n';
    const refused = moveKrToInitiatives(parse(text), 'PLAT-1.2', []);
    assert.ok('error' in refused && refused.error.includes('flow style'), JSON.stringify(refused));
    assert.ok(moveAndCheck(text.replace(' # docs', ''), 'PLAT-1.2', []).endsWith('    initiatives: [{title: Write the runbook}]\n'));
  });

  it('leaves `key_results: []` when the KR was the only one', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Write the runbook\n  - id: PLAT-2\n    title: B\n    key_results: []\n';
    const after = moveAndCheck(text, 'PLAT-1.1', []);
    assert.equal(
      after,
      HEAD.replace('key_results:\n', 'key_results: []\n') +
        '    initiatives:\n      - title: Write the runbook\n  - id: PLAT-2\n    title: B\n    key_results: []\n',
    );
    const last = HEAD + '      - id: PLAT-1.1\n        title: Write the runbook';
    assert.equal(moveAndCheck(last, 'PLAT-1.1', []), HEAD.replace('key_results:\n', 'key_results: []\n') + '    initiatives:\n      - title: Write the runbook');
  });

  it('handles a KR that ends the file without a final line break, in CRLF', () => {
    const text = crlf(HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n      - id: PLAT-1.2\n        title: Write the runbook');
    const after = moveAndCheck(text, 'PLAT-1.2', ['PLAT-1.1']);
    assert.equal(
      after,
      crlf(HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n    initiatives:\n      - title: Write the runbook\n        serves: [PLAT-1.1]'),
    );
  });

  it('removes an entry from a flow list with its separator', () => {
    const text = HEAD.replace('key_results:\n', 'key_results: [{id: PLAT-1.1, title: A}, {id: PLAT-1.2, title: Write docs}, {id: PLAT-1.3, title: C}]\n');
    assert.ok(moveAndCheck(text, 'PLAT-1.2', []).includes('key_results: [{id: PLAT-1.1, title: A}, {id: PLAT-1.3, title: C}]\n'));
    assert.ok(moveAndCheck(text, 'PLAT-1.3', []).includes('key_results: [{id: PLAT-1.1, title: A}, {id: PLAT-1.2, title: Write docs}]\n'));
  });

  it('refuses a broken file, an unknown id, and a KR whose anchor is used elsewhere', () => {
    const broken = moveKrToInitiatives(parse(HEAD + '      - id: PLAT-1.1\n        title: [A\n'), 'PLAT-1.1', []);
    assert.ok('error' in broken && broken.error.includes('YAML problem'));
    const text = HEAD + '      - id: PLAT-1.1\n        title: A\n        owner: &lead bob\n      - id: PLAT-1.2\n        title: B\n        owner: *lead\n';
    assert.deepEqual(moveKrToInitiatives(parse(text), 'PLAT-9.9', []), { error: 'No key result PLAT-9.9 in this file.' });
    const anchored = moveKrToInitiatives(parse(text), 'PLAT-1.1', []);
    assert.ok('error' in anchored && anchored.error.includes('&lead'));
    moveAndCheck(text, 'PLAT-1.2', []);
  });

  it('moves any KR of generated files cleanly with every comment, or refuses because of a shared anchor (property)', function () {
    this.timeout(120_000); // 100 files, each parsed several times
    const scenario = okrFileSpec.chain((spec) => fc.record({ text: fc.constant(renderOkrFile(spec)), krId: fc.constantFrom(...krIds(spec)) }));
    fc.assert(
      fc.property(scenario, ({ text, krId }) => {
        const result = moveKrToInitiatives(parse(text), krId, ['PLAT-1.1']);
        if ('error' in result) assert.match(result.error, /defines the anchor &who\d+/);
        else moveAndCheck(text, krId, ['PLAT-1.1']);
      }),
      { numRuns: 100 },
    );
  });
});
