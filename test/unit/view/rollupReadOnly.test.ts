import { strict as assert } from 'assert';
import { checkinCandidates, dueKeyResults, rollupRefusal } from '../../../src/core/view/checkinCandidates';
import { renderPanelParts } from '../../../src/core/render/panel';
import { exampleModels } from '../render/fixtures';
import { figuresOf } from '../progress/fixtures';

describe('rollup KRs are read-only for check-ins', () => {
  const today = '2026-11-15';
  const files = exampleModels();
  const figures = figuresOf({ today });
  const rollups = files.flatMap((f) => f.objectives).flatMap((o) => o.key_results).filter((kr) => kr.rollup === 'children');

  it('the examples have a rollup KR (CO-2.1) and a KR that takes check-ins', () => {
    assert.deepEqual(rollups.map((kr) => kr.id), ['CO-2.1']);
  });

  it('the check-in picker does not offer it', () => {
    const offered = checkinCandidates(files, figures).flatMap((g) => g.candidates.map((c) => c.keyResult.id));
    assert.ok(offered.includes('CO-2.2'));
    assert.ok(!offered.includes('CO-2.1'));
  });

  it('the weekly walk and reminders (due KRs) do not ask for it, even with no check-in at all', () => {
    const fresh = exampleModels().map((file) => ({
      ...file,
      objectives: file.objectives.map((o) => ({ ...o, key_results: o.key_results.map((kr) => ({ ...kr, checkins: [] })) })),
    }));
    const due = dueKeyResults(fresh, figuresOf({ today }), undefined);
    assert.ok(due.includes('CO-2.2'));
    assert.ok(!due.includes('CO-2.1'));
  });

  it('the panel has no Check in button on it, and says where its value comes from', () => {
    const html = renderPanelParts(files, figures, undefined, Infinity).html;
    const row = /<li class="kr" data-kr="CO-2\.1"[\s\S]*?<\/li>/.exec(html)?.[0] ?? '';
    assert.ok(row, 'CO-2.1 has a row');
    assert.doesNotMatch(row, /data-checkin=/);
    assert.match(row, /No check-ins here: progress rolls up from the objectives and key results aligned to CO-2\.1\./);
    assert.match(html, /data-checkin="CO-2\.2"/);
  });

  it('the refusal names the aligned children, or says none align yet', () => {
    assert.equal(
      rollupRefusal(rollups[0], ['ENG-1.1', 'PLAT-1']),
      'CO-2.1 is a rollup (rollup: children): its value comes from the progress of what aligns to it: ENG-1.1, PLAT-1. Check in on those instead.',
    );
    assert.match(rollupRefusal(rollups[0], []), /none align to it yet/);
  });
});
