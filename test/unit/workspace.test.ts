import { strict as assert } from 'assert';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { OkrWorkspace } from '../../src/core/workspace';

const FILE = 'file:///ws/teams/platform.okr.yaml';

const TEXT = [
  'okr: 1',
  'team: Platform',
  'period: 2026-Q4',
  'objectives:',
  '  - id: PLAT-1',
  '    title: Release value faster',
  '    key_results:',
  '      - id: PLAT-1.1',
  '        title: Cut lead time from 10 to 8 days',
  '        owner: bob',
  '        baseline: 10',
  '        target: 8',
  '        checkins:',
  '          - date: 2026-10-07',
  '            value: 9.5',
  '  - id: PLAT-2',
  '    title: Keep customers happy',
  '    key_results:',
  '      - id: PLAT-2.1',
  '        title: Prepare a demo video',
  '',
].join('\n');

describe('OkrWorkspace.update after an edit', () => {
  it('reports what a fresh workspace reports', () => {
    const workspace = new OkrWorkspace(undefined, {}, '2026-11-22');
    workspace.update(FILE, TEXT);
    const edited = TEXT.replace('Keep customers happy', 'Keep customers happy 100%').replace('Prepare a demo video', 'Prepare a demo video\n        owner: carol');
    const second = workspace.update(FILE, edited);

    const fresh = new OkrWorkspace(undefined, {}, '2026-11-22');
    fresh.update(FILE, edited);
    assert.deepStrictEqual(second.model, fresh.get(FILE)!.model);
    assert.deepStrictEqual(workspace.findings(FILE), fresh.findings(FILE));
    assert.ok(workspace.findings(FILE).some((finding) => finding.rule === 'objective-has-metric'), 'the edit is linted');
    assert.equal(workspace.idIndex().get('PLAT-2.1')!.keyResult!.owner, 'carol');
  });

  it('leaves the previous result as it was, for whoever still holds it', () => {
    const workspace = new OkrWorkspace();
    const first = workspace.update(FILE, TEXT);
    const before = structuredClone({ tree: first.tree, model: first.model, findings: first.findings });
    workspace.update(FILE, TEXT.replace('            value: 9.5\n', '            value: 9.5\n          - date: 2026-10-14\n            value: 9\n'));
    assert.deepStrictEqual({ tree: first.tree, model: first.model, findings: first.findings }, before);
    assert.equal(first.model!.objectives[0].key_results[0].checkins.length, 1);
  });
});

describe('OkrWorkspace per-folder configuration and internal errors', () => {
  it('lints each file with its own folder config, cross-file rules included', () => {
    const other = 'file:///other/teams/platform.okr.yaml';
    const workspace = new OkrWorkspace();
    const quiet = { ...DEFAULT_CONFIG, rules: { 'kr-task-like': 'off' as const, 'parent-missing': 'off' as const } };
    workspace.configure(DEFAULT_CONFIG, {}, '2026-11-15', (file) => (file.startsWith('file:///other/') ? quiet : DEFAULT_CONFIG));
    workspace.update(FILE, TEXT + 'parent: ../missing.okr.yaml\n');
    workspace.update(other, (TEXT + 'parent: ../missing.okr.yaml\n').replace(/PLAT-/g, 'OTH-'));
    const rules = (file: string) => workspace.findings(file).map((f) => f.rule);
    assert.ok(rules(FILE).includes('kr-task-like') && rules(FILE).includes('parent-missing'), rules(FILE).join());
    assert.ok(!rules(other).includes('kr-task-like') && !rules(other).includes('parent-missing'), rules(other).join());
    assert.equal(workspace.configurationOf(other), quiet);
  });

  it('shows a failure of its own on the file as one internal-error finding, not a missing file', () => {
    const workspace = new OkrWorkspace();
    workspace.update(FILE, TEXT);
    workspace.setInternalError(FILE, 'boom');
    assert.equal(workspace.all().length, 1);
    const [finding] = workspace.findings(FILE);
    assert.equal(finding.rule, 'internal-error');
    assert.match(finding.message, /boom.*bug in OKR Lens/);
  });
});

describe('OkrWorkspace while a file has a syntax error', () => {
  const broken = TEXT.replace('    title: Keep customers happy', '    title: Keep: customers: happy "quote"');

  it('keeps the last good model, marked stale, and reports only the syntax error', () => {
    const workspace = new OkrWorkspace(DEFAULT_CONFIG, {}, '2026-11-15');
    const good = workspace.update(FILE, TEXT);
    const stale = workspace.update(FILE, broken);
    assert.equal(stale.model, good.model);
    assert.deepEqual(stale.stale, { line: 16 }); // the PLAT-2 title
    assert.deepEqual(workspace.findings(FILE).map((f) => f.rule), ['yaml-syntax']);
    assert.deepEqual(stale.model!.objectives.map((o) => [o.id, o.title, o.key_results.length]), [['PLAT-1', 'Release value faster', 1], ['PLAT-2', 'Keep customers happy', 1]]);
  });

  it('reads the file afresh once it parses again, and has no last good state to keep when it never parsed', () => {
    const workspace = new OkrWorkspace(DEFAULT_CONFIG, {}, '2026-11-15');
    workspace.update(FILE, TEXT);
    workspace.update(FILE, broken);
    const fixed = workspace.update(FILE, TEXT.replace('Keep customers happy', 'Keep customers happier'));
    assert.equal(fixed.stale, undefined);
    assert.equal(fixed.model!.objectives[1].title, 'Keep customers happier');
    assert.ok(workspace.findings(FILE).some((f) => f.rule === 'kr-task-like'));
    const fresh = new OkrWorkspace().update(FILE, broken);
    assert.equal(fresh.stale, undefined);
  });
});
