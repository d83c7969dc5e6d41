import { strict as assert } from 'assert';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { parseOkrText } from '../../../src/core/format/parse';
import { okrFileSpec, renderOkrFile } from '../edit/okrFileArbitrary';
import { BLOCKED_OPS, HOSTILE } from '../render/fixtures';
import { assertParsersAgree } from './twoParsers';
import { mutatedYamlText, yamlText } from './yamlArbitrary';

/** Parses `text` both ways and asserts the same model, findings and tree. */
function assertSameResult(text: string): void {
  const fast = parseOkrText(text, 'teams/x.okr.yaml');
  const reference = parseOkrText(text, 'teams/x.okr.yaml', { fastPath: false });
  assert.deepEqual(
    { model: fast.model, findings: fast.findings, tree: fast.tree },
    { model: reference.model, findings: reference.findings, tree: reference.tree },
    `the results differ for ${JSON.stringify(text)}`,
  );
}

function okrFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return okrFiles(full);
    return name.endsWith('.okr.yaml') ? [full] : [];
  });
}

const EXAMPLES = okrFiles(path.join(__dirname, '../../../examples'));

/** Well-formed files in layouts the generators do not produce; the fast path must read each. */
const CORNER_CASES = [
  'okr: 1\r\nteam: Platform\r\nperiod: 2026-Q4\r\nobjectives: []\r\n',
  '---\n# header\nokr: 1\nperiod: {start: 2026-10-01, end: 2026-12-31}\nobjectives: []',
  'okr: 1\nteam:    # owning unit, unset\nperiod: 2026-Q4\nobjectives:\n- id: PLAT-1\n  title: "Ünïcode 🚀 title"\n  key_results:\n  - id: PLAT-1.1\n    title: >-\n      folded over\n      two lines\n\n      and a paragraph\n\n    target: 1e3\n',
  'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id: PLAT-1\n    title: plain title\n      running on\n    description: |\n      # not a comment\n\n        indented more\n    aligns_to: [CO-1, "CO-2"]   # two parents\n',
  'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id   : PLAT-1\n    "title": \'It\'\'s "quoted"\'\n    key_results:\n      - {id: PLAT-1.1, title: flow, checkins: [{date: 2026-10-01, value: 0x1F}]}\n',
  'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id: PLAT-1\n    key_results:\n      - id: PLAT-1.1\n        done: True\n        weight: -.5\n        checkins:\n          - date: 2026-10-01\n            value: .inf\n            note: "escapes \\t \\u00e9 \\x41\n              continued"\n',
];

describe('the fast parser and the `yaml` reference', () => {
  it('read the examples, shared test fixtures and hand-picked layouts the same, and the fast path takes them all', () => {
    const texts = [...EXAMPLES.map((file) => readFileSync(file, 'utf8')), ...CORNER_CASES, HOSTILE, BLOCKED_OPS];
    assert.ok(EXAMPLES.length >= 3);
    for (const text of texts) {
      assert.ok(assertParsersAgree(text), `the fast path declined ${JSON.stringify(text.slice(0, 80))}`);
      assertSameResult(text);
    }
  });

  it('agree on OKR files written every way people write YAML (property)', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(okrFileSpec, (spec) => {
        const text = renderOkrFile(spec);
        // The fast path leaves anchors, aliases, keep-chomped block scalars (`|+`) and literal tabs
        // (in single-quoted titles) to `yaml`, and reads every other generated file.
        const plain = text.replace(/&who\d+ /g, '').replace(/\*who\d+/g, 'alice');
        const fastReadable = (source: string) => !source.includes('|+') && !source.includes('\t');
        assert.equal(assertParsersAgree(plain), fastReadable(plain));
        assertSameResult(plain);
        assert.equal(assertParsersAgree(text), plain === text && fastReadable(text));
        assertSameResult(text);
      }),
      { numRuns: 100 },
    );
  });

  it('agree on YAML of every style, schema findings included (property)', function () {
    this.timeout(120_000);
    let answered = 0;
    fc.assert(
      fc.property(yamlText, (text) => {
        if (assertParsersAgree(text)) answered++;
        assertSameResult(text);
      }),
      { numRuns: 300 },
    );
    assert.ok(answered > 60, `the fast path answered only ${answered} of 300`);
  });

  it('leave every text the reference finds a problem in to the reference (property)', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(mutatedYamlText, (text) => {
        assertParsersAgree(text);
        assertSameResult(text);
      }),
      { numRuns: 500 },
    );
  });
});
