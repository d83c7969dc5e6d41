// Each structural cue of the weak-KR classifier, with the reason a person reads in the finding.
import { strict as assert } from 'assert';
import { assessTaskLike, vagueWordIn } from '../../../src/core/lint/taskLike';

const weak = (title: string, reason: RegExp) => {
  const verdict = assessTaskLike({ title });
  assert.equal(verdict.taskLike, true, `${title}: ${verdict.reason}`);
  assert.match(verdict.reason, reason, title);
};
const outcome = (title: string, reason: RegExp) => {
  const verdict = assessTaskLike({ title });
  assert.equal(verdict.taskLike, false, `${title}: ${verdict.reason}`);
  assert.equal(vagueWordIn(title), undefined, title);
  assert.match(verdict.reason, reason, title);
};

describe('weak-KR cues', () => {
  it('keeps the seeds’ examples right', () => {
    weak('Send a Welcome email to all new customers', /“send”, an activity/);
    weak('Submit customer satisfaction survey', /“submit”, an activity/);
    weak('Prepare a demo video', /“prepare”, an activity/);
    outcome('Decrease response time from 2 hours to 1 hour', /quantity \(2 hours\)/);
    outcome('Decrease customer onboarding time from 4 sessions to 2 sessions', /from–to change/);
    outcome('Customer support tickets are solved in 2 days', /quantity \(2 days\)/);
    outcome('1,000 new members', /count of members/);
    outcome('Obtain a trial conversion rate of more than 40%', /quantity \(40%\)/);
  });

  it('a count after a task verb is a quota of the team’s own work, unless it counts outside parties', () => {
    weak('Publish 4 posts', /“publish”, an activity/);
    weak('Fix 50% of the asserts', /“fix 50% …” counts the team's own work, a quota of effort/);
    weak('Deliver 100% of committed issues', /“deliver 100% …” counts the team's own work/);
    weak('Post 30 times on the company account', /“post 30 …” counts the team's own work/);
    outcome('Sign 15 new customers', /count of customers/);
    outcome('Add 30 companies from the Fortune 100', /count of companies/);
  });

  it('a share of the team itself is effort, unless a second figure sets the level it reaches', () => {
    weak('100% of the team completes training', /“100% of the team” counts the team's own people/);
    outcome('70% of engineers are at 70% of their goal', /70%/);
  });

  it('who a bare count is about: outside parties are a result, outputs and staff are not', () => {
    outcome('500 registrants', /count of registrants/);
    weak('3 blog posts by the engineering team', /output \(“post”\)|no measure/);
    weak('Hire 5 engineers', /“hire”, an activity/);
    weak('Grow the team', /grows the team's own capacity/);
  });

  it('a time limit or a rate turns a process statement into a service level', () => {
    outcome('Fix every P0 within one release', /time limit on every case/);
    outcome('Answer all partner questions within 2 business days', /time limit on every case|threshold/);
    outcome('Deploy at least 5 times per week', /rate/);
    outcome('Reduce complaints from 20/month to 5/month', /rate/);
    weak('Every issue gets triaged', /states no measure/);
  });

  it('absolute thresholds, multiples and data sizes are measures', () => {
    outcome('No customer is blocked from upgrading', /absolute threshold \(“No”\)/);
    outcome('The daemon always finds its peers', /absolute threshold \(“always”\)/);
    outcome('Revenue doubles year over year', /multiple/);
    outcome('Handle 1TB of data in the browser', /quantity \(1TB\)/);
  });

  it('a title with no measure and no outcome verb is not a key result yet', () => {
    weak('Peerpad supports an ACL', /what the product is or does \(“supports”\)/);
    weak('Search on trunk', /states no measure/);
    weak('Dark mode for the dashboard', /output \(“dashboard”\)/);
    weak('Double down on what works', /“double down”, an activity/);
  });

  it('an outcome verb or a comparative without a figure is vague, for kr-vague to report', () => {
    assert.equal(vagueWordIn('Achieve the volume target'), 'achieve');
    assert.equal(vagueWordIn('Faster onboarding for more teams'), 'Faster');
    assert.equal(assessTaskLike({ title: 'Faster onboarding for more teams' }).taskLike, false);
    assert.match(assessTaskLike({ title: 'Faster onboarding for more teams' }).reason, /without a figure, which kr-vague reports/);
    assert.equal(vagueWordIn('Achieve 85% test coverage'), undefined);
  });
});
