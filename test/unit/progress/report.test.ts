import { strict as assert } from 'assert';
import { buildReport, renderReportJson } from '../../../src/core/progress';
import { checkin, keyResult, MID_Q4, milestone, objective, okrFile, percentKr } from './fixtures';
import { figuresOf, parseReportJson } from './fixtures';

const at = { today: MID_Q4 };

function sampleFiles() {
  return [
    okrFile('teams/a.okr.yaml', [
      objective('A-1', [
        percentKr(undefined, {
          id: 'A-1.1',
          title: 'Grow it',
          unit: '%',
          checkins: [
            checkin('2026-10-10', 20, { confidence: 0.5 }),
            checkin('2026-11-10', 45, { confidence: 0.7, note: 'Halfway there' }),
          ],
        }),
        keyResult({
          id: 'A-1.2',
          title: 'Ship it',
          type: 'milestone',
          checkins: [checkin('2026-10-01', false), checkin('2026-11-01', true)],
        }),
      ]),
    ]),
    okrFile(
      'teams/b.okr.yaml',
      [objective('B-1', [percentKr(undefined, { id: 'B-1.1' }), percentKr(110, { id: 'B-1.2' })])],
      {
        team: 'B-team',
      },
    ),
  ];
}

describe('progress/report', () => {
  describe('buildReport', () => {
    const report = buildReport(sampleFiles(), figuresOf(at));
    const [a, b] = report.teams;
    const [grow, ship] = a.objectives[0].keyResults;

    it('keeps the figures of every KR with its title and last check-in (without source ranges)', () => {
      assert.equal(report.today, MID_Q4);
      assert.equal(grow.title, 'Grow it');
      assert.equal(grow.unit, '%');
      assert.equal(grow.progress, 0.45);
      assert.equal(grow.current, 45);
      assert.equal(grow.confidence, 0.7);
      assert.deepEqual(grow.lastCheckin, { date: '2026-11-10', value: 45, confidence: 0.7, note: 'Halfway there' });
    });

    it('tells what changed since the check-in before: 20 → 45 is +25 and +0.25 progress', () => {
      assert.deepEqual(grow.change, { since: '2026-10-10', valueDelta: 25, progressDelta: 0.25 });
    });

    it('tells a milestone flipping to done as +1 progress, with no value delta', () => {
      assert.deepEqual(ship.change, { since: '2026-10-01', progressDelta: 1 });
    });

    it('has no change with fewer than two check-ins', () => {
      assert.equal(b.objectives[0].keyResults[1].change, undefined);
    });

    it('gives no value delta for milestones listed by name', () => {
      const file = okrFile('m', [
        objective('M-1', [
          keyResult({
            id: 'M-1.1',
            type: 'milestone',
            milestones: [milestone('a', true)],
            checkins: [checkin('2026-10-01', false), checkin('2026-11-01', true)],
          }),
        ]),
      ]);
      assert.equal(buildReport([file], figuresOf(at)).teams[0].objectives[0].keyResults[0].change, undefined);
    });

    it('counts KRs per zone per team, per period and overall (the quarter evaluation)', () => {
      // a: 0.45 commit, 1.0 stretch. b: 0 fail, 1.1 stretch.
      assert.deepEqual(a.zones, { fail: 0, commit: 1, target: 0, stretch: 1 });
      assert.deepEqual(b.zones, { fail: 1, commit: 0, target: 0, stretch: 1 });
      assert.deepEqual(report.zones, { fail: 1, commit: 1, target: 0, stretch: 2 });
      assert.equal(report.periods.length, 1);
      assert.deepEqual(report.periods[0].zones, report.zones);
    });

    it('rolls up teams and the period by objective', () => {
      // (0.45 + 1) / 2 = 0.725; B-1: (0 + 1) / 2 = 0.5.
      assert.equal(a.progress, 0.725);
      assert.equal(b.progress, 0.5);
      assert.equal(b.team, 'B-team');
      assert.equal(report.periods[0].progress, 0.6125);
      // Scores: A-1 (0.45 + 1) / 2 = 0.73 (0.725 rounded); B-1 (0 + 1.1) / 2 = 0.55.
      assert.equal(a.score, 0.73);
      assert.equal(b.score, 0.55);
      assert.equal(report.periods[0].score, 0.64);
    });

    it('is empty for no files', () => {
      const empty = buildReport([], figuresOf(at));
      assert.deepEqual(
        [empty.teams, empty.periods, empty.zones],
        [[], [], { fail: 0, commit: 0, target: 0, stretch: 0 }],
      );
    });
  });

  describe('renderReportJson', () => {
    const json = parseReportJson(renderReportJson(buildReport(sampleFiles(), figuresOf(at))));

    it('has one entry per objective with the documented keys, plus team, file and period', () => {
      assert.deepEqual(
        json.objectives.map((o) => [o.id, o.team, o.file, o.period]),
        [
          ['A-1', 'Team', 'teams/a.okr.yaml', '2026-Q4'],
          ['B-1', 'B-team', 'teams/b.okr.yaml', '2026-Q4'],
        ],
      );
      for (const key of ['id', 'title', 'progress', 'score', 'status', 'key_results']) {
        assert.ok(key in json.objectives[0], `objective has ${key}`);
      }
      assert.deepEqual(
        { ...json.objectives[0], key_results: undefined },
        {
          id: 'A-1',
          title: 'Objective A-1',
          team: 'Team',
          file: 'teams/a.okr.yaml',
          period: '2026-Q4',
          progress: 0.725,
          expected: 0.5,
          score: 0.73,
          zone: 'target',
          status: 'on-track',
          key_results: undefined,
        },
      );
    });

    it('gives every KR the documented keys, with null for what is unknown', () => {
      const [noCheckin, overshoot] = json.objectives[1].key_results;
      assert.deepEqual(noCheckin, {
        id: 'B-1.1',
        title: 'A key result',
        progress: 0,
        score: 0,
        zone: 'fail',
        status: 'no-checkin',
        expected: 0.5,
        current: null,
        stale: false,
        blocked_by: [],
        confidence: null,
        days_since_checkin: null,
        last_checkin: null,
        change: null,
      });
      assert.equal(overshoot.progress, 1.1);
      assert.equal(overshoot.score, 1.1);
      assert.equal(overshoot.zone, 'stretch');
      assert.equal(overshoot.status, 'done');
      assert.equal(overshoot.current, 110);
    });

    it('includes the last check-in and the change', () => {
      const grow = json.objectives[0].key_results[0];
      assert.deepEqual(grow.last_checkin, { date: '2026-11-10', value: 45, note: 'Halfway there' });
      assert.deepEqual(grow.change, { since: '2026-10-10', value_delta: 25, progress_delta: 0.25 });
    });

    it('adds the zone evaluation', () => {
      assert.deepEqual(json.zones, { fail: 1, commit: 1, target: 0, stretch: 2 });
      assert.deepEqual(json.periods, [
        { period: '2026-Q4', progress: 0.6125, expected: 0.5, score: 0.64, zone: 'commit', zones: json.zones },
      ]);
      assert.equal(json.today, MID_Q4);
    });
  });
});
