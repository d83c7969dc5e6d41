// The shipped example, parsed for real, with every figure worked out by hand at 2026-11-15
// (day 46 of Q4's 92 days: 0.5 expected).
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseOkrText } from '../../../src/core/format/parse';
import { buildReport, fileProgress, renderReportJson } from '../../../src/core/progress';
import { figuresOf, parseReportJson } from './fixtures';

const path = join(__dirname, '../../../examples/teams/platform.okr.yaml');
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≉ ${expected}`);

function platform() {
  const parsed = parseOkrText(readFileSync(path, 'utf8'), 'examples/teams/platform.okr.yaml');
  assert.ok(parsed.model, 'the example parses');
  return parsed.model;
}

describe('progress on examples/teams/platform.okr.yaml at 2026-11-15', () => {
  const progress = fileProgress(platform(), { today: '2026-11-15' });
  const [plat1, plat2] = progress.objectives;
  const kr = (id: string) => [...plat1.keyResults, ...plat2.keyResults].find((k) => k.id === id)!;

  it('PLAT-1.1, lead time 10 → 8 days at 9.1: 0.45, on pace but 18 days without a check-in', () => {
    const k = kr('PLAT-1.1');
    assert.equal(k.direction, 'decrease');
    assert.equal(k.current, 9.1);
    close(k.progress, 0.45);
    assert.equal(k.expected, 0.5);
    assert.equal(k.status, 'on-track');
    assert.equal(k.stale, true);
    assert.equal(k.daysSinceCheckin, 18);
    assert.equal(k.confidence, 0.6);
    assert.equal(k.score, 0.45);
    assert.equal(k.zone, 'commit');
    assert.equal(k.previousCheckin?.date, '2026-10-07');
  });

  it('PLAT-1.2, milestones of weight 1 + 2 done out of 6: 0.5', () => {
    const k = kr('PLAT-1.2');
    assert.equal(k.progress, 0.5);
    assert.equal(k.status, 'on-track');
    assert.equal(k.stale, false);
  });

  it('PLAT-1.3 and PLAT-2.2, never checked in: 0 and no-checkin', () => {
    for (const id of ['PLAT-1.3', 'PLAT-2.2']) {
      assert.equal(kr(id).progress, 0);
      assert.equal(kr(id).status, 'no-checkin');
    }
  });

  it('PLAT-2.1, at least 98% at 98.6%: held, done, score 1.0 (stretch)', () => {
    const k = kr('PLAT-2.1');
    assert.equal(k.progress, 1);
    assert.equal(k.status, 'done');
    assert.equal(k.score, 1);
    assert.equal(k.zone, 'stretch');
  });

  it('PLAT-1 is (0.45 + 0.5 + 0) / 3 = 0.3167, 18 points behind: at-risk, score 0.32', () => {
    close(plat1.progress, 0.95 / 3);
    assert.equal(plat1.status, 'at-risk');
    assert.equal(plat1.score, 0.32);
    assert.equal(plat1.zone, 'commit');
  });

  it('PLAT-2 is (1 + 0) / 2 = 0.5: on-track, score 0.5', () => {
    assert.equal(plat2.progress, 0.5);
    assert.equal(plat2.status, 'on-track');
    assert.equal(plat2.score, 0.5);
  });

  it('the team is (0.3167 + 0.5) / 2 = 0.4083, score (0.32 + 0.5) / 2 = 0.41', () => {
    close(progress.progress, (0.95 / 3 + 0.5) / 2);
    assert.equal(progress.score, 0.41);
    assert.equal(progress.zone, 'commit');
    assert.deepEqual(progress.counts, { done: 1, 'no-checkin': 2, 'off-track': 0, 'at-risk': 0, 'on-track': 2 });
    assert.equal(progress.staleCount, 1);
  });

  it('the JSON report carries the same figures', () => {
    const json = parseReportJson(renderReportJson(buildReport([platform()], figuresOf({ today: '2026-11-15' }))));
    assert.deepEqual(
      json.objectives.map((o) => [
        o.id,
        o.progress,
        o.score,
        o.status,
      ]),
      [
        ['PLAT-1', 0.3167, 0.32, 'at-risk'],
        ['PLAT-2', 0.5, 0.5, 'on-track'],
      ],
    );
    const lead = json.objectives[0].key_results[0];
    assert.deepEqual(
      { id: lead.id, progress: lead.progress, current: lead.current, change: lead.change },
      {
        id: 'PLAT-1.1',
        progress: 0.45,
        current: 9.1,
        change: { since: '2026-10-07', value_delta: -0.4, progress_delta: 0.2 },
      },
    );
  });
});
