import { strict as assert } from 'assert';
import * as path from 'path';
import { linkWork } from '../../../src/core/links/linkedWork';
import { buildObjectiveTree, buildUnlinkedTree, describeFilter, filterChoices, indexNodes, WorkNode } from '../../../src/core/view/okrTree';
import { OkrWorkspace } from '../../../src/core/workspace';
import { EXAMPLES, exampleInput } from './fixtures';

const walk = (nodes: WorkNode[]): WorkNode[] => nodes.flatMap((n) => [n, ...walk(n.children)]);
const byId = (nodes: WorkNode[], id: string) => walk(nodes).find((n) => n.id === id && (n.kind === 'kr' || n.kind === 'objective'));

describe('objective tree', () => {
  const tree = buildObjectiveTree(exampleInput());

  it('groups files by team, then objectives, then KRs', () => {
    assert.deepEqual(tree.map((n) => n.label), ['Acme', 'Growth', 'Platform']);
    const platform = tree.find((n) => n.label === 'Platform')!;
    assert.deepEqual(platform.children.map((n) => n.id), ['PLAT-1', 'PLAT-2']);
    assert.deepEqual(platform.children[0].children.filter((n) => n.kind === 'kr').map((n) => n.id), ['PLAT-1.1', 'PLAT-1.2', 'PLAT-1.3']);
    assert.match(platform.description, /^2026-Q4 · \d+%$/);
  });

  it('shows a KR with its progress, TODO and branch counts, and its references and branches as children', () => {
    const kr = byId(tree, 'PLAT-1.1')!;
    assert.equal(kr.description, '45% · 2 TODOs · 2 branches · stale', 'from 10 to 9.1 of 10 to 8 days; last check-in over 7 days ago');
    assert.deepEqual(kr.children.map((n) => [n.kind, n.label]), [
      ['reference', 'cache.ts:3'],
      ['reference', 'cache.ts:8'],
      ['branch', 'feature/PLAT-1.1-build-cache'],
      ['branch', 'origin/feature/plat-1.1-build-cache'],
    ]);
    assert.equal(kr.children[0].description, 'cache docker layers as well, not only node_modules');
    assert.deepEqual(kr.children[0].range, { start: { line: 2, character: 10 }, end: { line: 2, character: 18 } });
    assert.equal(kr.children[2].description, 'last commit 2026-11-02');
    assert.match(kr.children[0].tooltip, /^`TODO\(PLAT-1\.1\)` in src\/ci\/cache\\\.ts:3$/m);
  });

  it('adds the KR counts up on the objective', () => {
    assert.match(byId(tree, 'PLAT-1')!.description, /^\d+% · 3 TODOs · 2 branches$/);
  });

  it('colours KRs by status and gives each kind its context value for menus', () => {
    const kr = byId(tree, 'PLAT-1.1')!;
    assert.equal(kr.contextValue, 'okr.kr');
    assert.ok(['charts.green', 'charts.yellow', 'charts.red'].includes(kr.color!), kr.color);
    assert.equal(byId(tree, 'PLAT-1.3')!.icon, 'circle-large-outline', 'no check-in yet');
    assert.equal(byId(tree, 'PLAT-1')!.contextValue, 'okr.objective');
    const kinds = new Set(walk(tree).map((n) => `${n.kind}=${n.contextValue}`));
    assert.ok(kinds.has('reference=okr.reference') && kinds.has('branch=okr.branch'), [...kinds].join());
  });

  it('selects the id in the YAML when a KR is clicked', () => {
    const kr = byId(tree, 'PLAT-1.1')!;
    assert.ok(kr.file!.endsWith(path.join('teams', 'platform.okr.yaml')));
    assert.deepEqual(kr.range, { start: { line: 13, character: 12 }, end: { line: 13, character: 20 } });
  });

  it('gives every node a unique, stable key and a parent that leads back to the root', () => {
    const nodes = walk(tree);
    assert.equal(new Set(nodes.map((n) => n.key)).size, nodes.length);
    const again = walk(buildObjectiveTree(exampleInput()));
    assert.deepEqual(again.map((n) => n.key), nodes.map((n) => n.key));
    const index = indexNodes(tree);
    const reference = nodes.find((n) => n.kind === 'reference')!;
    const chain: string[] = [];
    for (let node: WorkNode | undefined = reference; node; node = node.parentKey ? index.get(node.parentKey) : undefined) chain.push(node.kind);
    assert.deepEqual(chain, ['reference', 'kr', 'objective', 'file']);
  });

  it('writes a Markdown tooltip with user text escaped', () => {
    const tooltip = byId(tree, 'PLAT-1.1')!.tooltip;
    assert.match(tooltip, /^\*\*PLAT\\-1\\\.1\*\* Cut project lead time from 10 to 8 days/);
    assert.match(tooltip, /Owner: bob/);
    assert.match(tooltip, /2 TODOs · 2 branches/);
  });

  it('keeps Markdown and HTML in titles as plain text', () => {
    const workspace = new OkrWorkspace();
    const text = 'okr: 1\nteam: T\nperiod: 2026-Q4\nobjectives:\n  - id: T-1\n    title: "**Big** [click](command:x) <img src=x>"\n    key_results: []\n';
    workspace.update('/ws/t.okr.yaml', text);
    const nodes = buildObjectiveTree(exampleInput({ files: workspace.all(), work: linkWork(workspace.idIndex(), [], []) }));
    const tooltip = walk(nodes).find((n) => n.id === 'T-1')!.tooltip;
    assert.ok(tooltip.includes('\\*\\*Big\\*\\* \\[click\\]\\(command:x\\) \\<img src=x\\>'), tooltip);
  });

  it('shows a file that cannot be parsed as one node without children', () => {
    const workspace = new OkrWorkspace();
    workspace.update('/ws/broken.okr.yaml', '- not\n- a mapping\n');
    const nodes = buildObjectiveTree(exampleInput({ files: workspace.all(), work: linkWork(new Map(), [], []) }));
    assert.equal(nodes.length, 1);
    assert.equal(nodes[0].icon, 'error');
    assert.deepEqual(nodes[0].children, []);
  });
});

describe('objective tree filters', () => {
  it('"mine" keeps the KRs I own (or whose objective I own) and drops the rest', () => {
    const tree = buildObjectiveTree(exampleInput(), { kind: 'owner', owner: 'BOB' });
    const krs = walk(tree).filter((n) => n.kind === 'kr').map((n) => n.id);
    assert.deepEqual(krs, ['PLAT-1.1']);
    assert.deepEqual(tree.map((n) => n.label), ['Platform']);
  });

  it('an objective I own keeps all its KRs', () => {
    const tree = buildObjectiveTree(exampleInput(), { kind: 'owner', owner: 'carol' });
    assert.deepEqual(walk(tree).filter((n) => n.kind === 'kr').map((n) => n.id), ['PLAT-2.1', 'PLAT-2.2']);
  });

  it('team keeps one file', () => {
    const tree = buildObjectiveTree(exampleInput(), { kind: 'team', team: 'growth' });
    assert.deepEqual(tree.map((n) => n.label), ['Growth']);
  });

  it('status keeps the KRs with that status', () => {
    const all = walk(buildObjectiveTree(exampleInput())).filter((n) => n.kind === 'kr');
    const noCheckin = walk(buildObjectiveTree(exampleInput(), { kind: 'status', status: 'no-checkin' })).filter((n) => n.kind === 'kr');
    assert.ok(noCheckin.length > 0 && noCheckin.length < all.length);
    assert.ok(noCheckin.every((n) => n.icon === 'circle-large-outline'));
    assert.ok(noCheckin.some((n) => n.id === 'PLAT-1.3'));
  });

  it('offers me, each team and each status, and describes the active filter', () => {
    const labels = filterChoices(exampleInput().files, 'alice').map((c) => c.label);
    assert.deepEqual(labels.slice(0, 5), ['Everything', 'Mine (alice)', 'Team: Acme', 'Team: Growth', 'Team: Platform']);
    assert.ok(labels.includes('Status: at risk'));
    assert.ok(!filterChoices(exampleInput().files, undefined).some((c) => c.label.startsWith('Mine')));
    assert.equal(describeFilter({ kind: 'owner', owner: 'alice' }), 'owner: alice');
    assert.equal(describeFilter({ kind: 'all' }), undefined);
  });
});

describe('unlinked work tree', () => {
  const tree = buildUnlinkedTree(exampleInput());
  const group = (label: string) => tree.find((n) => n.label === label);

  it('lists the dangling PLAT-9.9 reference in flow.py', () => {
    const dangling = group('Dangling references')!;
    assert.equal(dangling.description, '1');
    assert.equal(dangling.children[0].label, 'PLAT-9.9 in flow.py:6');
    assert.equal(dangling.children[0].reference!.file, path.join(EXAMPLES, 'src/deploy/flow.py'));
  });

  it('lists KRs that no TODO or branch names, and not the linked ones', () => {
    const ids = group('Key results without linked work')!.children.map((n) => n.id);
    assert.ok(ids.includes('PLAT-1.3') && ids.includes('GROW-1.1'));
    assert.ok(!ids.includes('PLAT-1.1') && !ids.includes('PLAT-1.2'));
  });

  it('lists kr/ branches that name no KR', () => {
    assert.deepEqual(group('Branches matching no key result')!.children.map((n) => n.label), ['kr/PLAT-7.7-typo', 'kr/GROW-1.10-not-1.1']);
  });

  it('leaves out empty groups', () => {
    const none = buildUnlinkedTree(exampleInput({ work: linkWork(new Map(), [], []), files: [] }));
    assert.deepEqual(none, []);
  });
});
