import { strict as assert } from 'assert';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { parseOkrText } from '../../../src/core/format/parse';
import { milestoneDoneEdits } from '../../../src/core/edit/milestones';

const TEXT = `okr: 1
period: 2026-Q4
objectives:
  - id: O-1
    title: Ship it
    key_results:
      - id: O-1.1
        title: Ship the flow
        type: milestone
        milestones:
          - title: Design   # reviewed by Ann
            done: true
          - {title: Pilot, done: false, weight: 2}
          - title: Everyone
            done: false
            weight: 3
`;

const kr = (text: string) => parseOkrText(text, 'm.okr.yaml').model!.objectives[0].key_results[0];

describe('milestone done flags', () => {
  it('flips only the done tokens, keeping comments and flow style', () => {
    const result = milestoneDoneEdits(kr(TEXT), new Set([0, 1]));
    assert.ok('edits' in result);
    const after = applyEdits(TEXT, result.edits);
    assert.equal(after, TEXT.replace('{title: Pilot, done: false', '{title: Pilot, done: true'));
    assert.deepEqual(kr(after).milestones!.map((m) => m.done), [true, true, false]);
  });

  it('sets none when nothing changes, and can undo a done one', () => {
    assert.deepEqual(milestoneDoneEdits(kr(TEXT), new Set([0])), { edits: [] });
    const result = milestoneDoneEdits(kr(TEXT), new Set());
    assert.ok('edits' in result);
    assert.equal(applyEdits(TEXT, result.edits), TEXT.replace('done: true', 'done: false'));
  });

  it('refuses a milestone without a done field instead of guessing where to write it', () => {
    const text = TEXT.replace('          - title: Everyone\n            done: false\n', '          - title: Everyone\n');
    const result = milestoneDoneEdits(kr(text), new Set([2]));
    assert.ok('error' in result);
    assert.match(result.error, /Everyone/);
  });
});
