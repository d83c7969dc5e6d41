import { strict as assert } from 'assert';
import { parseOkrText } from '../../../src/core/format/parse';
import type { Finding } from '../../../src/core/types';

const at = (f: Finding) => [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character];

const VALID = `okr: 1
team: Platform
period: 2026-Q4
objectives:
  - id: PLAT-1
    title: Release value faster   # why we exist
    key_results:
      - id: PLAT-1.1
        title: Cut lead time from 10 to 8 days
        baseline: 10
        target: 8
        checkins:
          - date: 2026-10-07
            value: 9.5
`;

describe('parseOkrText', () => {
  it('builds the model with the period resolved and field ranges', () => {
    const parsed = parseOkrText(VALID, 'a.okr.yaml');
    assert.deepEqual(parsed.findings, []);
    const model = parsed.model!;
    assert.equal(model.team, 'Platform');
    assert.deepEqual(model.period, { label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    const kr = model.objectives[0].key_results[0];
    assert.equal(kr.id, 'PLAT-1.1');
    assert.equal(kr.baseline, 10);
    assert.equal(kr.checkins[0].date, '2026-10-07');
    assert.equal(kr.checkins[0].value, 9.5);
    assert.deepEqual(kr.ranges.values.id, { start: { line: 7, character: 12 }, end: { line: 7, character: 20 } });
    // the title's range stops before the trailing comment
    assert.deepEqual(model.objectives[0].ranges.values.title.end, { line: 5, character: 31 });
  });

  it('resolves explicit period dates, and rejects impossible ones', () => {
    const explicit = parseOkrText(VALID.replace('period: 2026-Q4', 'period: {start: 2026-11-01, end: 2027-01-31}'), 'a');
    assert.deepEqual(explicit.model!.period, { label: '2026-11-01 – 2027-01-31', start: '2026-11-01', end: '2027-01-31' });
    const impossible = parseOkrText(VALID.replace('period: 2026-Q4', 'period: {start: 2026-02-30, end: 2026-03-31}'), 'a');
    assert.equal(impossible.model!.period!.start, undefined);
  });

  describe('schema errors land on the exact range', () => {
    it('a wrong type: the offending value', () => {
      const parsed = parseOkrText(VALID.replace('baseline: 10', 'baseline: "ten"'), 'a');
      const finding = parsed.findings.find((f) => f.rule === 'schema')!;
      assert.match(finding.message, /"baseline" must be a number/);
      assert.deepEqual(at(finding), [9, 18, 9, 23]);
    });

    it('an unknown property: its key, with a suggestion', () => {
      const parsed = parseOkrText(VALID.replace('target: 8', 'targt: 8'), 'a');
      const finding = parsed.findings.find((f) => f.data?.keyword === 'additionalProperties')!;
      assert.match(finding.message, /"targt" is not a property .* Did you mean "target"\?/);
      assert.deepEqual(at(finding), [10, 8, 10, 13]);
    });

    it('a missing required property: the first key of the mapping concerned', () => {
      const parsed = parseOkrText(VALID.replace('        title: Cut lead time from 10 to 8 days\n', ''), 'a');
      const finding = parsed.findings.find((f) => f.data?.keyword === 'required')!;
      assert.match(finding.message, /key result is missing the required property "title"/);
      assert.deepEqual(at(finding), [7, 8, 7, 10]);
    });

    it('a missing top-level property: the first key of the file', () => {
      const parsed = parseOkrText(VALID.replace('period: 2026-Q4\n', ''), 'a');
      const finding = parsed.findings.find((f) => f.data?.keyword === 'required')!;
      assert.match(finding.message, /missing the required property "period"/);
      assert.deepEqual(at(finding), [0, 0, 0, 3]);
    });

    it('a bad period: one message from the schema, not one per alternative', () => {
      const parsed = parseOkrText(VALID.replace('2026-Q4', '2026-Q5'), 'a');
      const schema = parsed.findings.filter((f) => f.rule === 'schema');
      assert.equal(schema.length, 1);
      assert.match(schema[0].message, /quarter like 2026-Q4/);
      assert.deepEqual(at(schema[0]), [2, 8, 2, 15]);
    });

    it('an out-of-range confidence and a bad date', () => {
      const text = VALID.replace('value: 9.5', 'value: 9.5\n            confidence: 1.5').replace('2026-10-07', '07/10/2026');
      const parsed = parseOkrText(text, 'a');
      const messages = parsed.findings.map((f) => `${f.range.start.line}:${f.message}`);
      assert.ok(messages.some((m) => /^14:"confidence" must be <= 1/.test(m)), messages.join('\n'));
      assert.ok(messages.some((m) => /^12:"date" must be a date written YYYY-MM-DD/.test(m)), messages.join('\n'));
    });
  });

  describe('the source tree and the `yaml` Document', () => {
    it('gives the tree with offsets, and positions for them', () => {
      const parsed = parseOkrText(VALID, 'a.okr.yaml');
      assert.equal(parsed.tree?.kind, 'map');
      const id = VALID.indexOf('PLAT-1.1');
      assert.deepEqual(parsed.lines.positionAt(id), { line: 7, character: 12 });
      assert.equal(parsed.lines.offsetAt({ line: 7, character: 12 }), id);
    });

    it('parses the Document when first read, keeps it, and it reads the same text', () => {
      const parsed = parseOkrText(VALID, 'a.okr.yaml');
      const document = parsed.document!;
      assert.equal(parsed.document, document);
      assert.deepEqual(document.errors, []);
      assert.equal((document.toJS() as { objectives: Array<{ id: string }> }).objectives[0].id, 'PLAT-1');
      assert.deepEqual(parsed.lineCounter.linePos(VALID.indexOf('PLAT-1.1')), { line: 8, col: 13 });
    });

    it('hands out the Document it parsed for a file only `yaml` reads, anchors included', () => {
      const parsed = parseOkrText(VALID.replace('title: Cut lead time', 'title: &t Cut lead time'), 'a.okr.yaml');
      assert.deepEqual(parsed.findings, []);
      assert.equal(parsed.model!.objectives[0].key_results[0].title, 'Cut lead time from 10 to 8 days');
      assert.match(parsed.document!.toString(), /&t Cut lead time/);
    });

    it('follows an alias to the value it stands for', () => {
      const text = VALID.replace('title: Release value faster', 'title: &why Release value faster').replace(
        'title: Cut lead time from 10 to 8 days',
        'title: *why',
      );
      const parsed = parseOkrText(text, 'a.okr.yaml');
      assert.equal(parsed.model!.objectives[0].key_results[0].title, 'Release value faster');
    });
  });

  describe('bad input gives a clear finding, never a throw', () => {
    it('invalid YAML', () => {
      const parsed = parseOkrText('okr: 1\nobjectives: [\n  - id: X\n', 'a');
      assert.ok(parsed.findings.some((f) => f.rule === 'yaml-syntax' && f.severity === 'error'));
    });

    it('a duplicate key, at the second key', () => {
      const parsed = parseOkrText('okr: 1\nperiod: 2026-Q4\nperiod: 2026-Q3\nobjectives: []\n', 'a');
      const finding = parsed.findings.find((f) => f.rule === 'duplicate-key')!;
      assert.match(finding.message, /"period" appears twice/);
      assert.deepEqual(at(finding), [2, 0, 2, 6]);
    });

    it('a non-mapping root', () => {
      const parsed = parseOkrText('- just\n- a list\n', 'a');
      assert.equal(parsed.model, undefined);
      assert.match(parsed.findings[0].message, /must be a mapping/);
    });

    it('wrong types everywhere', () => {
      const parsed = parseOkrText('okr: two\nteam: [1]\nperiod: 5\nobjectives: {a: 1}\n', 'a');
      assert.ok(parsed.findings.filter((f) => f.rule === 'schema').length >= 4);
      assert.deepEqual(parsed.model!.objectives, []);
    });

    it('an empty file', () => {
      const parsed = parseOkrText('  \n', 'a');
      assert.match(parsed.findings[0].message, /empty/);
    });

    it('a file over the size limit is not parsed', () => {
      const big = 'okr: 1\n' + '# padding\n'.repeat(600_000);
      const parsed = parseOkrText(big, 'a', { maxBytes: 5 * 1024 * 1024 });
      assert.equal(parsed.findings.length, 1);
      assert.equal(parsed.findings[0].rule, 'file-too-large');
      assert.match(parsed.findings[0].message, /5\.7 MB, over the 5\.0 MB limit/);
      assert.equal(parsed.document, undefined);
    });

    it('a YAML alias bomb ("billion laughs")', () => {
      const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
        lines.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`);
      }
      const parsed = parseOkrText(lines.join('\n') + '\n', 'a');
      assert.equal(parsed.model, undefined);
      assert.equal(parsed.findings[0].rule, 'yaml-aliases');
      assert.match(parsed.findings[0].message, /alias bomb/);
    });

    it('10,000 levels of nesting', () => {
      const flow = 'okr: 1\nx: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
      const block = Array.from({ length: 10_000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n');
      for (const text of [flow, block]) {
        const parsed = parseOkrText(text, 'a');
        assert.ok(parsed.findings.length > 0);
        assert.ok(parsed.findings.every((f) => typeof f.message === 'string' && f.message.length > 0));
      }
    });

    it('non-UTF-8 bytes', () => {
      const bytes = Buffer.concat([Buffer.from('okr: 1\nteam: Caf'), Buffer.from([0xe9, 0x20]), Buffer.from('\n')]);
      const parsed = parseOkrText(new TextDecoder('utf-8').decode(bytes), 'a');
      const finding = parsed.findings.find((f) => f.rule === 'encoding')!;
      assert.match(finding.message, /not valid UTF-8/);
      assert.deepEqual(at(finding), [1, 9, 1, 10]);
    });
  });
});
