import { strict as assert } from 'assert';
import { assessTaskLike } from '../../../src/core/lint/taskLike';
import { lint, okrFile, only, textAt, yaml } from './helpers';
import { DEV, HELD_OUT, LabelledKeyResult } from './taskLikeCorpus';

interface Scores {
  precision: number;
  recall: number;
  misses: string[];
}

function score(corpus: LabelledKeyResult[]): Scores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const entry of corpus) {
    const verdict = assessTaskLike(entry);
    if (verdict.taskLike && entry.taskLike) truePositives++;
    else if (verdict.taskLike) falsePositives++;
    else if (entry.taskLike) falseNegatives++;
    if (verdict.taskLike !== entry.taskLike) misses.push(`${entry.taskLike ? 'missed' : 'wrongly flagged'}: ${entry.title} (${verdict.reason})`);
  }
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    misses,
  };
}

describe('kr-task-like classifier on the labelled corpus', () => {
  it('has at least 150 phrasings, both classes in each half, and no phrasing in both halves', () => {
    assert.ok(DEV.length + HELD_OUT.length >= 150, `${DEV.length + HELD_OUT.length} phrasings`);
    for (const half of [DEV, HELD_OUT]) {
      assert.ok(half.filter((entry) => entry.taskLike).length >= 30);
      assert.ok(half.filter((entry) => !entry.taskLike).length >= 30);
    }
    const devTitles = new Set(DEV.map((entry) => entry.title.toLowerCase()));
    assert.deepEqual(HELD_OUT.filter((entry) => devTitles.has(entry.title.toLowerCase())), []);
  });

  for (const [name, corpus] of [['dev', DEV], ['held-out', HELD_OUT]] as const) {
    it(`reaches precision and recall >= 0.9 on the ${name} half`, () => {
      const { precision, recall, misses } = score(corpus);
      console.log(`      ${name}: n=${corpus.length} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)}`);
      for (const miss of misses) console.log(`        ${miss}`);
      assert.ok(precision >= 0.9, `precision ${precision}`);
      assert.ok(recall >= 0.9, `recall ${recall}`);
    });
  }
});

describe('assessTaskLike', () => {
  it('lets the structured fields override a task-like title', () => {
    assert.equal(assessTaskLike({ title: 'Prepare a demo video' }).taskLike, true);
    assert.equal(assessTaskLike({ title: 'Prepare a demo video', type: 'milestone' }).taskLike, false);
    assert.equal(assessTaskLike({ title: 'Prepare a demo video', baseline: 0, target: 3 }).taskLike, false);
    assert.equal(assessTaskLike({ title: 'Prepare a demo video', target: 3, direction: 'at_least' }).taskLike, false);
    // A target alone, with an inferred direction, is not yet a measure.
    assert.equal(assessTaskLike({ title: 'Prepare a demo video', target: 3 }).taskLike, true);
  });

  it('explains its verdict in words', () => {
    assert.match(assessTaskLike({ title: 'Launch feature X' }).reason, /“launch”/);
    assert.match(assessTaskLike({ title: 'Pricing page live' }).reason, /“page”/);
    assert.match(assessTaskLike({ title: 'Increase trial sign-ups by 25%' }).reason, /percentage|quantity/);
  });

  it('treats years, quarters and versions as names, not measures', () => {
    assert.equal(assessTaskLike({ title: 'Launch the mobile app in 2026' }).taskLike, true);
    assert.equal(assessTaskLike({ title: 'Ship version 2.0 by Q3' }).taskLike, true);
    assert.equal(assessTaskLike({ title: 'Upgrade the fleet to Ubuntu 24' }).taskLike, true);
  });
});

describe('kr-task-like rule', () => {
  const text = okrFile(yaml`
    - id: GROW-1
      title: Turn more trials into happy customers
      key_results:
        - id: GROW-1.1
          title: Prepare a demo video   # a task
          owner: ivy
        - id: GROW-1.2
          title: Ship the self-service flow to all teams
          owner: ivy
          type: milestone
          done: false
        - id: GROW-1.3
          title: Increase trial sign-ups by 25%
          owner: ivy
          baseline: 800
          target: 1000
  `);

  it('reports the task-like KR at its title value with the ids a quick fix needs', () => {
    const findings = only(lint(text), 'kr-task-like');
    assert.equal(findings.length, 1);
    const [found] = findings;
    assert.equal(textAt(text, found.range), 'Prepare a demo video');
    assert.deepEqual(found.range, { start: { line: 8, character: 13 }, end: { line: 8, character: 33 } });
    assert.equal(found.severity, 'warning');
    assert.equal(found.file, 'test.okr.yaml');
    assert.deepEqual(found.data, { krId: 'GROW-1.1', objectiveId: 'GROW-1' });
    assert.match(found.message, /“Prepare a demo video” reads like a task, not an outcome/);
    assert.match(found.message, /`initiatives`/);
  });
});
