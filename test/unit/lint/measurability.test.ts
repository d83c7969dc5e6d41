import { strict as assert } from 'assert';
import { configWith, lint, okrFile, only, textAt, yaml } from './helpers';

function oneKr(fields: string, header = ''): string {
  return okrFile(
    yaml`
      - id: O-1
        title: Make onboarding effortless
        key_results:
          - id: O-1.1
            owner: ann
    ` + fields,
    header,
  );
}

/** KR fields at the indentation of `oneKr`. */
const kr = (lines: string) => lines.trim().split('\n').map((line) => `      ${line.trim()}\n`).join('');

describe('kr-vague', () => {
  it('flags "improve" with no number anywhere, at the title value', () => {
    const text = oneKr(kr('title: Improve alerting'));
    const [found, ...rest] = only(lint(text), 'kr-vague');
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, found.range), 'Improve alerting');
    assert.deepEqual(found.data, { krId: 'O-1.1', objectiveId: 'O-1', word: 'Improve' });
    assert.match(found.message, /not by how much/);
  });

  it('flags "faster" and "more" too', () => {
    assert.equal(only(lint(oneKr(kr('title: Faster onboarding for more teams'))), 'kr-vague').length, 1);
  });

  it('flags a title that opens with a verb of change but names no figure', () => {
    const [found, ...rest] = only(lint(oneKr(kr('title: Achieve the volume target in inbound demand'))), 'kr-vague');
    assert.equal(rest.length, 0);
    assert.equal((found.data as { word: string }).word, 'achieve');
    assert.deepEqual(only(lint(oneKr(kr('title: Achieve the volume target in inbound demand'))), 'kr-task-like'), []);
    assert.deepEqual(only(lint(oneKr(kr('title: Achieve 110% of the inbound demand plan'))), 'kr-vague'), []);
  });

  it('is satisfied by a number in the title, a baseline or a target', () => {
    assert.deepEqual(only(lint(oneKr(kr('title: Improve alert precision to 90%'))), 'kr-vague'), []);
    assert.deepEqual(only(lint(oneKr(kr('title: Improve alert precision\ntarget: 90'))), 'kr-vague'), []);
    assert.deepEqual(only(lint(oneKr(kr('title: Improve alert precision\nbaseline: 60'))), 'kr-vague'), []);
  });

  it('does not count a year as a number, and ignores milestones', () => {
    assert.equal(only(lint(oneKr(kr('title: Improve alerting in 2026'))), 'kr-vague').length, 1);
    assert.deepEqual(only(lint(oneKr(kr('title: Improve alerting\ntype: milestone\ndone: false'))), 'kr-vague'), []);
  });

  it('leaves a KR that reads like a task to kr-task-like, unless that rule is off', () => {
    const text = oneKr(kr('title: Build a better status page'));
    assert.deepEqual(only(lint(text), 'kr-vague'), []);
    assert.equal(only(lint(text), 'kr-task-like').length, 1);
    assert.equal(only(lint(text, { config: configWith({ 'kr-task-like': 'off' }) }), 'kr-vague').length, 1);
  });
});

describe('kr-no-target', () => {
  it('flags a metric KR without baseline and target at its id, listing what is missing', () => {
    const text = oneKr(kr('title: Reduce alert noise'));
    const [found] = only(lint(text), 'kr-no-target');
    assert.equal(textAt(text, found.range), 'O-1.1');
    assert.deepEqual(found.data, { krId: 'O-1.1', objectiveId: 'O-1', missing: ['baseline', 'target', 'unit'] });
    assert.equal(found.severity, 'warning');
  });

  it('flags a missing target alone, and leaves out unit when it is there', () => {
    const [found] = only(lint(oneKr(kr('title: Cut pages per week\nunit: pages\nbaseline: 40'))), 'kr-no-target');
    assert.deepEqual(found.data?.missing, ['target']);
    assert.match(found.message, /has no target/);
  });

  it('needs only a target for at_least and at_most', () => {
    assert.deepEqual(only(lint(oneKr(kr('title: Keep uptime high\nunit: "%"\ntarget: 99.9\ndirection: at_least'))), 'kr-no-target'), []);
    const [found] = only(lint(oneKr(kr('title: Keep uptime high\nunit: "%"\ndirection: at_most'))), 'kr-no-target');
    assert.deepEqual(found.data?.missing, ['target']);
  });

  it('flags a target equal to the baseline, at the target value', () => {
    const text = oneKr(kr('title: Cut lead time\nunit: days\nbaseline: 10\ntarget: 10'));
    const [found] = only(lint(text), 'kr-no-target');
    assert.equal(textAt(text, found.range), '10');
    assert.equal(found.range.start.line, 12);
    assert.match(found.message, /equal to its baseline/);
  });

  it('accepts a complete metric KR and ignores milestones', () => {
    assert.deepEqual(only(lint(oneKr(kr('title: Cut lead time\nunit: days\nbaseline: 10\ntarget: 8'))), 'kr-no-target'), []);
    assert.deepEqual(only(lint(oneKr(kr('title: Ship the flow\ntype: milestone\ndone: false'))), 'kr-no-target'), []);
  });

  it('leaves task-like KRs to kr-task-like', () => {
    assert.deepEqual(only(lint(oneKr(kr('title: Prepare a demo video'))), 'kr-no-target'), []);
  });
});

describe('kr-not-ambitious', () => {
  it('flags a target that is no better than the baseline for the declared direction, at the target', () => {
    const text = oneKr(kr('title: Grow weekly demos\nunit: demos\nbaseline: 10\ntarget: 8\ndirection: increase'));
    const [found] = only(lint(text), 'kr-not-ambitious');
    assert.equal(textAt(text, found.range), '8');
    assert.equal(found.severity, 'info');
    assert.deepEqual(found.data, { krId: 'O-1.1', objectiveId: 'O-1' });
  });

  it('covers decrease and the thresholds a baseline already meets', () => {
    const flagged = (fields: string) => only(lint(oneKr(kr(fields))), 'kr-not-ambitious').length;
    assert.equal(flagged('title: Cut churn\nunit: "%"\nbaseline: 3\ntarget: 4\ndirection: decrease'), 1);
    assert.equal(flagged('title: Keep uptime\nunit: "%"\nbaseline: 99.95\ntarget: 99.9\ndirection: at_least'), 1);
    assert.equal(flagged('title: Keep p95 low\nunit: ms\nbaseline: 150\ntarget: 200\ndirection: at_most'), 1);
    assert.equal(flagged('title: Keep p95 low\nunit: ms\nbaseline: 250\ntarget: 200\ndirection: at_most'), 0);
    // Without a declared direction, the numbers define it: nothing to contradict.
    assert.equal(flagged('title: Cut lead time\nunit: days\nbaseline: 10\ntarget: 8'), 0);
  });

  const allMet = okrFile(yaml`
    - id: O-1
      title: Make onboarding effortless
      key_results:
        - id: O-1.1
          title: Cut setup time from 30 to 20 minutes
          owner: ann
          baseline: 30
          target: 20
          checkins:
            - date: 2026-10-20
              value: 18
        - id: O-1.2
          title: Raise activation from 40% to 50%
          owner: ann
          baseline: 40
          target: 50
          checkins:
            - date: 2026-10-20
              value: 50
  `);

  it('flags an objective whose every KR is already at target in the first half, at its id', () => {
    const [found, ...rest] = only(lint(allMet, { today: '2026-10-25' }), 'kr-not-ambitious');
    assert.equal(rest.length, 0);
    assert.equal(textAt(allMet, found.range), 'O-1');
    assert.deepEqual(found.data, { objectiveId: 'O-1' });
    assert.match(found.message, /Always scoring 100% means the KRs are not ambitious enough/);
  });

  it('stays quiet in the second half, without today, or when one KR is short of its target', () => {
    assert.deepEqual(only(lint(allMet, { today: '2026-11-20' }), 'kr-not-ambitious'), []);
    assert.deepEqual(only(lint(allMet), 'kr-not-ambitious'), []);
    const oneShort = allMet.replace('value: 50', 'value: 49');
    assert.deepEqual(only(lint(oneShort, { today: '2026-10-25' }), 'kr-not-ambitious'), []);
  });
});
