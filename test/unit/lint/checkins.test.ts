import { strict as assert } from 'assert';
import { lint, okrFile, only, textAt, yaml } from './helpers';

function withCheckins(dates: string[], period = '2026-Q4'): string {
  const checkins = dates.map((date, i) => `          - date: ${date}\n            value: ${10 + i}\n`).join('');
  return okrFile(yaml`
    - id: O-1
      title: Make onboarding effortless
      key_results:
        - id: O-1.1
          title: Raise activation from 10% to 20%
          owner: ann
          baseline: 10
          target: 20
          checkins:
  ` + checkins).replace('period: 2026-Q4', `period: ${period}`);
}

describe('checkin-out-of-order', () => {
  it('flags a check-in dated before the one above it, at its date, related to the previous one', () => {
    const text = withCheckins(['2026-10-07', '2026-10-21', '2026-10-14']);
    const [found, ...rest] = only(lint(text), 'checkin-out-of-order');
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, found.range), '2026-10-14');
    assert.equal(found.range.start.line, 17);
    assert.equal(found.related?.length, 1);
    assert.equal(textAt(text, found.related[0].range), '2026-10-21');
    assert.equal(found.related[0].file, 'test.okr.yaml');
    assert.deepEqual(found.data, { krId: 'O-1.1', objectiveId: 'O-1', index: 2, date: '2026-10-14', previousDate: '2026-10-21' });
  });

  it('compares with the previous check-in only, and accepts same-day and ordered entries', () => {
    assert.equal(only(lint(withCheckins(['2026-10-01', '2026-12-01', '2026-10-15', '2026-10-22'])), 'checkin-out-of-order').length, 1);
    assert.deepEqual(only(lint(withCheckins(['2026-10-07', '2026-10-07', '2026-10-14'])), 'checkin-out-of-order'), []);
  });
});

describe('checkin-outside-period', () => {
  it('flags dates before the start and after the end, at the date', () => {
    const text = withCheckins(['2026-09-30', '2026-10-01', '2026-12-31', '2027-01-01']);
    const findings = only(lint(text), 'checkin-outside-period');
    assert.deepEqual(findings.map((found) => textAt(text, found.range)), ['2026-09-30', '2027-01-01']);
    assert.equal(findings[0].data?.periodStart, '2026-10-01');
    assert.equal(findings[0].data?.periodEnd, '2026-12-31');
  });

  it('uses explicit period dates', () => {
    const text = withCheckins(['2026-10-20'], '{ start: 2026-10-01, end: 2026-10-15 }');
    assert.equal(only(lint(text), 'checkin-outside-period').length, 1);
  });
});

describe('checkin-invalid-date', () => {
  it('flags an impossible calendar date the schema pattern lets through, and nothing else about it', () => {
    const text = withCheckins(['2026-10-07', '2026-11-31']);
    const findings = lint(text);
    const [found] = only(findings, 'checkin-invalid-date');
    assert.equal(textAt(text, found.range), '2026-11-31');
    assert.equal(found.severity, 'error');
    assert.deepEqual(only(findings, 'checkin-out-of-order'), []);
    assert.deepEqual(only(findings, 'checkin-outside-period'), []);
  });
});

describe('period-invalid', () => {
  it('flags an impossible start date at its value', () => {
    const text = withCheckins([], '{ start: 2026-02-30, end: 2026-03-31 }');
    const [found, ...rest] = only(lint(text), 'period-invalid');
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, found.range), '2026-02-30');
    assert.equal(found.severity, 'error');
  });

  it('flags a period that ends before it starts, at the end date', () => {
    const text = okrFile(yaml`
      - id: O-1
        title: Make onboarding effortless
        key_results: []
    `).replace('period: 2026-Q4', 'period:\n  start: 2026-12-31\n  end: 2026-10-01');
    const [found] = only(lint(text), 'period-invalid');
    assert.equal(textAt(text, found.range), '2026-10-01');
    assert.deepEqual(found.data, { start: '2026-12-31', end: '2026-10-01' });
    assert.match(found.message, /ends \(2026-10-01\) before it starts \(2026-12-31\)/);
  });

  it('leaves what the schema sees (a bad quarter, a malformed date) to the schema', () => {
    for (const period of ['2026-Q5', '{ start: 2026-1-1, end: 2026-03-31 }']) {
      const findings = lint(withCheckins([], period));
      assert.deepEqual(only(findings, 'period-invalid'), [], period);
      assert.ok(only(findings, 'schema').length > 0, period);
    }
    assert.deepEqual(only(lint(withCheckins([], '{ start: 2026-10-01, end: 2026-12-31 }')), 'period-invalid'), []);
  });
});
