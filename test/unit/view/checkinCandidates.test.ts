import { strict as assert } from 'assert';
import { checkinCandidates, describeCandidate, sinceText } from '../../../src/core/view/checkinCandidates';
import { exampleModels, modelOf } from '../render/fixtures';
import { figuresOf } from '../progress/fixtures';

const TEAM = `okr: 1
team: T
period: 2026-Q4
objectives:
  - id: A
    title: Objective A
    owner: ann
    key_results:
      - id: A.1
        title: Fresh
        baseline: 0
        target: 10
        checkins: [{date: 2026-11-18, value: 5}]
      - id: A.2
        title: Old
        owner: bob
        baseline: 0
        target: 10
        checkins: [{date: 2026-10-01, value: 1}]
  - id: B
    title: Objective B
    owner: bob
    key_results:
      - id: B.1
        title: Never checked in
        baseline: 0
        target: 10
      - id: B.2
        title: Done already
        baseline: 0
        target: 10
        checkins: [{date: 2026-10-02, value: 10}]
`;

describe('check-in candidates', () => {
  const today = '2026-11-20';
  const ids = (groups: ReturnType<typeof checkinCandidates>) => groups.map((g) => [g.objective.id, g.candidates.map((c) => c.keyResult.id)]);

  it('groups by objective, stalest first inside and across groups; done KRs last', () => {
    const groups = checkinCandidates([modelOf(TEAM)], figuresOf({ today }));
    assert.deepEqual(ids(groups), [
      ['B', ['B.1', 'B.2']],
      ['A', ['A.2', 'A.1']],
    ]);
  });

  it('filters to an owner (a KR without owner belongs to its objective owner), case-insensitively', () => {
    assert.deepEqual(ids(checkinCandidates([modelOf(TEAM)], figuresOf({ today }), { owner: 'BOB' })), [
      ['B', ['B.1', 'B.2']],
      ['A', ['A.2']],
    ]);
    assert.deepEqual(ids(checkinCandidates([modelOf(TEAM)], figuresOf({ today }), { owner: 'ann' })), [['A', ['A.1']]]);
    assert.deepEqual(checkinCandidates([modelOf(TEAM)], figuresOf({ today }), { owner: 'nobody' }), []);
  });

  it('keeps only due KRs (stale or never checked in) for the weekly walk', () => {
    assert.deepEqual(ids(checkinCandidates([modelOf(TEAM)], figuresOf({ today, cadenceDays: 7 }), { dueOnly: true })), [
      ['B', ['B.1']],
      ['A', ['A.2']],
    ]);
  });

  it('describes a KR with progress, value and days since its check-in', () => {
    const [platform] = checkinCandidates(exampleModels().slice(1, 2), figuresOf({ today: '2026-11-04' }));
    const leadTime = platform.candidates.find((c) => c.keyResult.id === 'PLAT-1.1')!;
    // (9.1 - 10) / (8 - 10) = 45%
    assert.equal(describeCandidate(leadTime), '45% · 9.1 days · 7 days ago');
    assert.equal(sinceText(undefined), 'never checked in');
    assert.equal(sinceText(0), 'checked in today');
    assert.equal(sinceText(1), '1 day ago');
  });
});
