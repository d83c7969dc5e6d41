import { strict as assert } from 'assert';
import { buildReport, krProgress, milestonesText, renderReportText } from '../../../src/core/progress';
import { objectiveProgress } from '../../../src/core/progress/rollup';
import { figuresOf, keyResult, milestone, MID_Q4, objective, percentKr, Q4 } from './fixtures';
import { exampleModels } from '../render/fixtures';
import { renderPanelParts } from '../../../src/core/render/panel';

const at = { today: MID_Q4 };

describe('numbers a team can trust', () => {
  describe('weighted sums never overflow', () => {
    it('weight 1e308 on two KRs (one done, one at 0) gives 50%, not 0%', () => {
      const o = objectiveProgress(objective('O', [percentKr(100, { weight: 1e308 }), percentKr(0, { weight: 1e308 })]), Q4, at);
      assert.equal(o.progress, 0.5);
      assert.equal(o.score, 0.5);
    });

    it('a huge weight still dominates a small one by its ratio', () => {
      const o = objectiveProgress(objective('O', [percentKr(100, { weight: 1e308 }), percentKr(0, { weight: 1 })]), Q4, at);
      assert.equal(o.progress, 1);
    });

    it('an infinite or NaN weight does not count (the schema reports it)', () => {
      const o = objectiveProgress(objective('O', [percentKr(100, { weight: Infinity }), percentKr(40, { weight: NaN }), percentKr(20)]), Q4, at);
      assert.equal(o.progress, 0.2);
    });

    it('milestone weights of 1e308 give the share of the done ones', () => {
      const kr = keyResult({ type: 'milestone', milestones: [milestone('a', true, 1e308), milestone('b', false, 1e308)] });
      assert.equal(krProgress(kr, Q4, at).progress, 0.5);
    });
  });

  describe('one milestone count', () => {
    it('done/total by count, the weighted share as a percentage when weights differ', () => {
      assert.equal(milestonesText({ done: 2, total: 3, doneWeight: 3, totalWeight: 6 }), '2/3 milestones · 50% by weight');
      assert.equal(milestonesText({ done: 1, total: 4, doneWeight: 1, totalWeight: 4 }), '1/4 milestones');
      assert.equal(milestonesText({ done: 0, total: 0, doneWeight: 0, totalWeight: 0 }), '0/0 milestones');
    });

    it('the panel card and the text report say the same for PLAT-1.2 (2 of 3 done, weights 1, 2, 3)', () => {
      const files = exampleModels();
      const figures = figuresOf({ today: MID_Q4 });
      const plat = files.flatMap((f) => f.objectives).flatMap((o) => o.key_results).find((kr) => kr.id === 'PLAT-1.2');
      assert.ok(plat?.milestones);
      const progress = krProgress(plat, Q4, at);
      const text = milestonesText(progress.milestones!);
      assert.equal(text, `${plat.milestones.filter((m) => m.done).length}/3 milestones · ${Math.round(progress.progress * 100)}% by weight`);
      const html = renderPanelParts(files, figures, undefined, Infinity).html;
      const row = /<li class="kr" data-kr="PLAT-1\.2"[\s\S]*?<\/li>/.exec(html)?.[0] ?? '';
      assert.ok(row.includes(text), row);
      assert.doesNotMatch(row, /\b\d+\/6 milestones/);
      assert.ok(renderReportText(buildReport(files, figures)).includes(text));
    });
  });
});
