import { strict as assert } from 'assert';
import fc from 'fast-check';
import { findKeyResult, objectiveNodes } from '../../../src/core/edit/locate';
import { readItemAlone } from '../../../src/core/edit/readBack';
import type { OffsetEdit } from '../../../src/core/edit/textEdit';
import { appendAndCheck, parse, plain, yamlProblems } from './helpers';
import { krIds, okrFileSpec, renderOkrFile } from './okrFileArbitrary';

/** Lines an edit might insert, at any column: many of them break the file on purpose. */
const SNIPPETS = [
  (pad: string) => `${pad}- date: 2026-10-09\n${pad}  value: 1\n`,
  (pad: string) => `${pad}note: |\n${pad}  text\n`,
  (pad: string) => `${pad}note: >-\n${pad}    more indented\n\n`,
  (pad: string) => `${pad}# a comment\n`,
  (pad: string) => `${pad}bad: "unterminated\n`,
  (pad: string) => `${pad}- x\n`,
  (pad: string) => `${pad}checkins: []\n`,
  () => '\n',
];

/** Line starts from the one after `dash`'s line to the first content line no deeper than the dash. */
function lineStartsInItem(text: string, dash: number): number[] {
  const lineStart = text.lastIndexOf('\n', dash - 1) + 1;
  const dashColumn = dash - lineStart;
  const starts: number[] = [];
  for (let line = text.indexOf('\n', dash) + 1; line > 0; line = text.indexOf('\n', line) + 1) {
    starts.push(line);
    const content = text.slice(line, text.indexOf('\n', line) < 0 ? text.length : text.indexOf('\n', line)).trimEnd();
    const indent = content.length - content.trimStart().length;
    if (content !== '' && content[indent] !== '#' && indent <= dashColumn) break;
  }
  return starts;
}

describe('reading a key result back from its own lines', () => {
  it('gives what parsing the whole edited file gives, whenever it gives anything (property)', function () {
    this.timeout(120_000);
    let readAlone = 0;
    const scenario = okrFileSpec.chain((spec) =>
      fc.record({
        text: fc.constant(renderOkrFile(spec)),
        krId: fc.constantFrom(...krIds(spec)),
        pick: fc.nat(),
        snippet: fc.constantFrom(...SNIPPETS),
        column: fc.nat(14),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ text, krId, pick, snippet, column }) => {
        const parsed = parse(text);
        const location = findKeyResult(parsed.tree, krId)!;
        if (location.seq.flow) return;
        const dash = text.lastIndexOf('-', location.item.start);
        const starts = lineStartsInItem(text, dash);
        const at = starts.length > 0 ? starts[pick % starts.length] : text.length;
        let newText = snippet(' '.repeat(column));
        if (at === text.length && !text.endsWith('\n')) newText = '\n' + newText.replace(/\n$/, '');
        const edit: OffsetEdit = { start: at, end: at, newText };
        const alone = readItemAlone(parsed, location, edit);
        if (!alone) return;
        readAlone++;
        const whole = parse(text.slice(0, at) + newText + text.slice(at));
        assert.deepEqual(yamlProblems(whole), [], 'the item read cleanly alone, so the file must too');
        // The same place in the whole file: the edit may have changed the id itself.
        const objectiveIndex = objectiveNodes(parsed.tree).indexOf(location.objective);
        const sameKr = whole.model!.objectives[objectiveIndex].key_results.find((kr) => kr.index === location.index);
        assert.deepEqual(plain(alone), plain(sameKr));
      }),
      { numRuns: 300 },
    );
    assert.ok(readAlone > 50, `only ${readAlone} of 300 edits were read from the item alone`);
  });

  it('sees a comment that a new literal note would swallow, and quotes the note instead', () => {
    const text =
      'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id: PLAT-1\n    title: Ship faster\n    key_results:\n' +
      '      - id: PLAT-1.1\n        title: Cut lead time\n        checkins:\n' +
      '          - date: 2026-10-07\n            value: 9.5\n\n' +
      '              # deeper than any key: inside a block scalar above it, this is text\n' +
      '      - id: PLAT-1.2\n        title: Raise deploys\n';
    const after = appendAndCheck(text, 'PLAT-1.1', { date: '2026-10-14', value: 9, note: 'two\nlines' });
    assert.ok(after.includes('            note: "two\\nlines"\n'), after);
  });
});
