import { strict as assert } from 'assert';
import { readFastTree } from '../../../src/core/format/fastTree';
import { parseOkrText } from '../../../src/core/format/parse';
import type { SourceNode } from '../../../src/core/format/sourceTree';
import { assertParsersAgree } from './twoParsers';

const HEAD = 'okr: 1\nperiod: 2026-Q4\n';

/** Texts the fast path must leave to `yaml`: features it does not map, or problems `yaml` reports. */
const LEFT_TO_YAML: Record<string, string> = {
  'an anchor': `${HEAD}team: &t Platform\n`,
  'an alias': `${HEAD}owner: &o bob\nteam: *o\n`,
  'a tag': `${HEAD}team: !!str Platform\n`,
  'a directive': `%YAML 1.1\n---\n${HEAD}`,
  'two documents': `${HEAD}---\nokr: 2\n`,
  'a document end marker': `${HEAD}...\n`,
  'an explicit key': `${HEAD}? team\n: Platform\n`,
  'an explicit key in a flow list': `${HEAD}aligns_to: [? CO-1]\n`,
  'a pair in a flow list': `${HEAD}aligns_to: [CO-1: x]\n`,
  'a tab': `${HEAD}team:\tPlatform\n`,
  'a duplicate key': `${HEAD}team: a\nteam: b\n`,
  'keys equal once resolved': `${HEAD}1: a\n1.0: b\n`,
  'a null key': `${HEAD}~: x\n`,
  'a merge key': `${HEAD}<<: {team: x}\n`,
  'a __proto__ key': `${HEAD}__proto__: x\n`,
  'a comment glued to a quoted value': `${HEAD}team: "Platform"#c\n`,
  'a comment glued to a flow bracket': `${HEAD}aligns_to: [#c\n  CO-1]\n`,
  'a keep-chomped block scalar': `${HEAD}description: |+\n  kept\n\n`,
  'a block scalar with a line of spaces': `${HEAD}description: |\n  a\n   \n  b\n`,
  'an escaped line break': `${HEAD}description: "one \\\n\n  two"\n`,
  'a byte order mark': `\uFEFF${HEAD}`,
  'a lone carriage return': `${HEAD}team: a\rb\n`,
  'a document of comments only': '# nothing here\n',
  'a syntax error': `${HEAD}team: [a\n`,
  'nesting deeper than 100 levels': `${HEAD}x: ${'['.repeat(150)}${']'.repeat(150)}\n`,
};

describe('readFastTree', () => {
  for (const [name, text] of Object.entries(LEFT_TO_YAML)) {
    it(`leaves ${name} to yaml, and parseOkrText still reads it as the reference does`, () => {
      assert.equal(readFastTree(text), undefined);
      const parsed = parseOkrText(text, 'a');
      const reference = parseOkrText(text, 'a', { fastPath: false });
      assert.deepEqual([parsed.model, parsed.findings, parsed.tree], [reference.model, reference.findings, reference.tree]);
    });
  }

  it('reads a file opened with `---` and a comment', () => {
    assert.ok(assertParsersAgree(`# header\n---   # start\n${HEAD}objectives: []\n`));
  });

  it('gives each node its exact offsets: values end before trailing comments and line breaks', () => {
    const text = `${HEAD}team: Platform   # owning unit\nobjectives:\n  - id: PLAT-1\n    description: |\n      line\n\n    aligns_to: [CO-1]\n`;
    const root = readFastTree(text)!;
    assert.equal(root.kind, 'map');
    const slices = (node: SourceNode): string[] => {
      const own = text.slice(node.start, node.end);
      if (node.kind === 'map') return [own, ...node.pairs.flatMap((pair) => [...slices(pair.key), ...(pair.value ? slices(pair.value) : [])])];
      if (node.kind === 'seq') return [own, ...node.items.flatMap(slices)];
      return [own];
    };
    const [whole, ...parts] = slices(root);
    assert.equal(whole, text.trimEnd());
    assert.deepEqual(parts.slice(4, 7), ['team', 'Platform', 'objectives']);
    assert.deepEqual(parts.slice(8), ['id: PLAT-1\n    description: |\n      line\n\n    aligns_to: [CO-1]', 'id', 'PLAT-1', 'description', '|\n      line\n', 'aligns_to', '[CO-1]', 'CO-1']);
  });

  it('resolves plain scalars as the YAML 1.2 core schema does, and keeps quoted ones as text', () => {
    const text = 'a: 10\nb: "10"\nc: 0x1F\nd: 1e3\ne: .inf\nf: yes\ng: ~\nh: 2026-10-07\ni: True\nj: -0\nk: 0o17\nl: \n';
    const root = readFastTree(text)!;
    assert.equal(root.kind, 'map');
    const values = Object.fromEntries(root.kind === 'map' ? root.pairs.map((pair) => [String((pair.key as { value: unknown }).value), (pair.value as { value: unknown }).value]) : []);
    assert.deepEqual(values, { a: 10, b: '10', c: 31, d: 1000, e: Infinity, f: 'yes', g: null, h: '2026-10-07', i: true, j: -0, k: 15, l: null });
    assert.ok(Object.is(values.j, -0));
  });
});
