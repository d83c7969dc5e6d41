import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { appendCheckin } from '../../../src/core/edit';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { appendAndCheck, crlf, keyResult, parse } from './helpers';

const HEAD = 'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id: PLAT-1\n    title: Ship faster\n    key_results:\n';

describe('appendCheckin', () => {
  it('appends after the last block check-in of the examples, keeping everything else', () => {
    const text = readFileSync(path.join(__dirname, '../../../examples/teams/platform.okr.yaml'), 'utf8');
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-11-05', value: 8.8, confidence: 0.7, note: 'Docker layer cache on.' });
    const previous = '            note: Parallel CI on half the repos.\n';
    assert.ok(
      after.includes(
        previous +
          '          - date: 2026-11-05\n            value: 8.8\n            confidence: 0.7\n            note: Docker layer cache on.\n' +
          '      - id: PLAT-1.2\n',
      ),
    );
  });

  it('keeps comments, anchors and aliases, and a comment after the list stays after it', () => {
    const text =
      HEAD +
      '      - id: PLAT-1.1   # lead time\n' +
      '        title: Cut lead time\n' +
      '        owner: &lead bob\n' +
      '        checkins:\n' +
      '          - date: 2026-10-07\n' +
      '            value: 9.5   # measured by hand\n' +
      '          # next check-in on Thursday\n' +
      '      - id: PLAT-1.2\n' +
      '        title: Raise deploys\n' +
      '        owner: *lead\n';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-14', value: 9 });
    assert.equal(
      after,
      text.replace(
        '          # next check-in on Thursday\n',
        '          - date: 2026-10-14\n            value: 9\n          # next check-in on Thursday\n',
      ),
    );
  });

  it('keeps a comment indented into the last entry with that entry', () => {
    const text =
      HEAD +
      '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins:\n' +
      '          - date: 2026-10-07\n            value: 9.5\n            # recounted on Monday\n' +
      '      - id: PLAT-1.2\n        title: Raise deploys\n';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-14', value: 9 });
    assert.ok(after.includes('            # recounted on Monday\n          - date: 2026-10-14\n            value: 9\n      - id: PLAT-1.2'));
  });

  it('keeps CRLF line endings and writes its own lines with CRLF', () => {
    const text = crlf(HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins:\n          - date: 2026-10-07\n            value: 9.5\n');
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-14', value: 9, note: 'two\nlines' });
    assert.equal(after, text + crlf('          - date: 2026-10-14\n            value: 9\n            note: |-\n              two\n              lines\n'));
    assert.ok(!/[^\r]\n/.test(after), 'every line break is CRLF');
  });

  it('adds a flow entry to a flow list', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins: [{date: 2026-10-01, value: 3}]   # terse\n';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 4, note: 'half: done, #2' });
    assert.equal(
      after,
      HEAD +
        '      - id: PLAT-1.1\n        title: Cut lead time\n' +
        '        checkins: [{date: 2026-10-01, value: 3}, {date: 2026-10-08, value: 4, note: "half: done, #2"}]   # terse\n',
    );
  });

  it('fills an empty flow list `checkins: []`', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins: []\n        owner: bob\n';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: true });
    assert.equal(after, text.replace('checkins: []', 'checkins: [{date: 2026-10-08, value: true}]'));
  });

  it('creates `checkins:` after the last field when absent, with the file’s list layout', () => {
    const text =
      HEAD +
      '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins:\n        - date: 2026-10-01\n          value: 1\n' +
      '      - id: PLAT-1.2\n        title: Raise deploys\n        target: 10\n' +
      '\n  - id: PLAT-2\n    title: Reliable\n    key_results: []\n';
    const after = appendAndCheck(text, 'PLAT-1.2', { date: '2026-10-08', value: 4, confidence: 0.5 });
    assert.equal(
      after,
      text.replace(
        '        target: 10\n',
        '        target: 10\n        checkins:\n        - date: 2026-10-08\n          value: 4\n          confidence: 0.5\n',
      ),
    );
  });

  it('handles a key result that ends the file without a final line break', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n        owner: bob';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 4 });
    assert.equal(after, text + '\n        checkins:\n          - date: 2026-10-08\n            value: 4');
  });

  it('appends to a list that ends the file without a final line break', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins:\n          - date: 2026-10-01\n            value: 3';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 4 });
    assert.equal(after, text + '\n          - date: 2026-10-08\n            value: 4');
  });

  it('puts `checkins:` before a comment line that introduces the next key result', () => {
    const text =
      HEAD +
      '      - id: PLAT-1.1\n        title: Cut lead time\n' +
      '      # the next one is a stretch goal\n' +
      '      - id: PLAT-1.2\n        title: Raise deploys\n';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 4 });
    assert.equal(
      after,
      text.replace('      # the next', '        checkins:\n          - date: 2026-10-08\n            value: 4\n      # the next'),
    );
  });

  it('puts `checkins:` after a comment line at the key result’s own field indentation', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n        # baseline to be measured\n      - id: PLAT-1.2\n        title: B\n';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 4 });
    assert.ok(after.includes('        # baseline to be measured\n        checkins:\n          - date: 2026-10-08\n'));
  });

  it('does not glue blank lines after a block note into the next check-in', () => {
    const text =
      HEAD +
      '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins:\n' +
      '          - date: 2026-10-01\n            value: 3\n            note: |\n              first\n\n' +
      '  - id: PLAT-2\n    title: Reliable\n    key_results: []\n';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 4 });
    assert.ok(after.includes('              first\n          - date: 2026-10-08\n            value: 4\n\n  - id: PLAT-2'));
  });

  it('keeps a keep-chomped note (`|+`) whole', () => {
    const text =
      HEAD +
      '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins:\n' +
      '          - date: 2026-10-01\n            value: 3\n            note: |+\n              first\n\n' +
      '      - id: PLAT-1.2\n        title: B\n';
    appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 4 });
  });

  it('writes a list under `checkins:` with no value, and replaces an explicit null', () => {
    const empty = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins:   # none yet\n        owner: bob\n';
    assert.equal(
      appendAndCheck(empty, 'PLAT-1.1', { date: '2026-10-08', value: 4 }),
      empty.replace('# none yet\n', '# none yet\n          - date: 2026-10-08\n            value: 4\n'),
    );
    const tilde = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins: ~\n';
    const result = appendCheckin(parse(tilde), 'PLAT-1.1', { date: '2026-10-08', value: 4 });
    assert.ok('edits' in result);
    const after = applyEdits(tilde, result.edits);
    assert.equal(after, tilde.replace('~', '[{date: 2026-10-08, value: 4}]'));
    assert.deepEqual(keyResult(parse(after).model!, 'PLAT-1.1').checkins.map((c) => [c.date, c.value]), [['2026-10-08', 4]]);
  });

  it('adds to key results written as flow mappings', () => {
    const text = HEAD + '      - {id: PLAT-1.1, title: Cut lead time}\n      - {id: PLAT-1.2, title: B, checkins: [{date: 2026-10-01, value: 1}]}\n';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 4 });
    assert.ok(after.includes('{id: PLAT-1.1, title: Cut lead time, checkins: [{date: 2026-10-08, value: 4}]}'));
    appendAndCheck(after, 'PLAT-1.2', { date: '2026-10-08', value: 2, note: 'ok' });
  });

  it('follows four-space indentation and block items written as flow mappings', () => {
    const text =
      'okr: 1\nperiod: 2026-Q4\nobjectives:\n    -   id: PLAT-1\n        title: Ship\n        key_results:\n' +
      '            -   id: PLAT-1.1\n                title: Cut\n                checkins:\n                    - {date: 2026-10-01, value: 1}\n' +
      '            -   id: PLAT-1.2\n                title: Other\n';
    const first = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 2 });
    assert.ok(first.includes('                    - {date: 2026-10-01, value: 1}\n                    - {date: 2026-10-08, value: 2}\n'));
    const second = appendAndCheck(text, 'PLAT-1.2', { date: '2026-10-08', value: 2 });
    assert.ok(second.endsWith('                title: Other\n                checkins:\n                    -   date: 2026-10-08\n                        value: 2\n'));
  });

  it('writes numbers plainly and reads them back exactly', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n';
    for (const value of [1e21, -1.5e-7, 0.1 + 0.2, Number.MAX_VALUE, Number.MIN_VALUE, -0, 123456789012345680000]) {
      const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value, confidence: 1 });
      assert.ok(!/value: .*e/i.test(after), `no exponent for ${value}`);
    }
  });

  it('round-trips hostile notes exactly', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins:\n          - date: 2026-10-01\n            value: 1\n';
    const notes = [
      'Done: #1 of 3', 'she said "hi" and \'bye\'', '*alias', '&anchor', '!tag', '- not a list', '? key', '%directive',
      '<script>alert(1)</script>', 'Über 50 % — 🚀 done', 'true', '1.5', 'null', '~', '', '  padded  ', '# not a comment',
      'line one\nline two', '  indented first\nsecond', 'ends with break\n', 'two breaks\n\n', '\nstarts with a break',
      'tab\there', 'carriage\r\nreturn', 'separator\u2028here', 'nel\u0085here', 'bom\ufeffhere', 'bell\u0007', 'trailing \nspace',
      '|', '>', 'a: b\n- c: d\n  # e', '---\n...', '"quoted"', "'single'", '\\backslash', 'lone \ud800 surrogate',
    ];
    for (const note of notes) appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-08', value: 2, note });
  });

  it('refuses to write into a file with YAML errors', () => {
    const broken = HEAD + '      - id: PLAT-1.1\n        title: "unterminated\n';
    const result = appendCheckin(parse(broken), 'PLAT-1.1', { date: '2026-10-08', value: 1 });
    assert.ok('error' in result && /YAML problem on line \d+/.test(result.error), JSON.stringify(result));
    const duplicate = HEAD + '      - id: PLAT-1.1\n        title: A\n        title: B\n';
    const again = appendCheckin(parse(duplicate), 'PLAT-1.1', { date: '2026-10-08', value: 1 });
    assert.ok('error' in again && again.error.includes('appears twice'), JSON.stringify(again));
  });

  it('refuses an unknown key result', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: A\n';
    assert.deepEqual(appendCheckin(parse(text), 'PLAT-9.9', { date: '2026-10-08', value: 1 }), {
      error: 'No key result PLAT-9.9 in this file.',
    });
  });

  it('refuses values that cannot be written: NaN, Infinity, bad dates, confidence out of range', () => {
    const parsed = parse(HEAD + '      - id: PLAT-1.1\n        title: A\n');
    const cases: Array<[Parameters<typeof appendCheckin>[2], RegExp]> = [
      [{ date: '2026-10-08', value: NaN }, /finite number.*NaN/],
      [{ date: '2026-10-08', value: Infinity }, /finite number.*Infinity/],
      [{ date: '2026-02-30', value: 1 }, /real date/],
      [{ date: '08/10/2026', value: 1 }, /YYYY-MM-DD/],
      [{ date: '2026-10-08', value: 1, confidence: 1.5 }, /confidence/],
      [{ date: '2026-10-08', value: 1, confidence: NaN }, /confidence/],
    ];
    for (const [entry, message] of cases) {
      const result = appendCheckin(parsed, 'PLAT-1.1', entry);
      assert.ok('error' in result && message.test(result.error), `${JSON.stringify(entry)}: ${JSON.stringify(result)}`);
    }
  });

  it('refuses `checkins` that are not a list, or an alias of one', () => {
    const scalar = parse(HEAD + '      - id: PLAT-1.1\n        title: A\n        checkins: weekly\n');
    const result = appendCheckin(scalar, 'PLAT-1.1', { date: '2026-10-08', value: 1 });
    assert.ok('error' in result && result.error.includes('not a list'));
    const alias = parse(
      HEAD +
        '      - id: PLAT-1.1\n        title: A\n        checkins: &shared\n          - date: 2026-10-01\n            value: 1\n' +
        '      - id: PLAT-1.2\n        title: B\n        checkins: *shared\n',
    );
    const aliased = appendCheckin(alias, 'PLAT-1.2', { date: '2026-10-08', value: 1 });
    assert.ok('error' in aliased && aliased.error.includes('*shared') && aliased.error.includes('Un-share'), JSON.stringify(aliased));
  });

  it('refuses the anchored side of a shared check-in list and says how to un-share it; the model reads the alias', () => {
    const text =
      HEAD +
      '      - id: PLAT-1.1\n        title: A\n        checkins: &s [{date: 2026-10-01, value: 3}]\n' +
      '      - id: PLAT-1.2\n        title: B\n        checkins: *s\n';
    const parsed = parse(text);
    const refused = appendCheckin(parsed, 'PLAT-1.1', { date: '2026-10-08', value: 4 });
    assert.ok('error' in refused, JSON.stringify(refused));
    assert.match(refused.error, /shared through the YAML anchor `&s`/);
    assert.match(refused.error, /Un-share it first: replace each `\*s` with a copy/);
    // Any YAML reader gives PLAT-1.2 the anchored check-ins; so does the model.
    assert.deepEqual(keyResult(parsed.model!, 'PLAT-1.2').checkins.map((c) => c.value), [3]);
    assert.deepEqual(keyResult(parsed.model!, 'PLAT-1.1').checkins.map((c) => c.value), [3]);
    // An anchor nobody uses is no sharing.
    appendAndCheck(text.replace('checkins: *s', 'checkins: []'), 'PLAT-1.1', { date: '2026-10-08', value: 4 });
  });
});
