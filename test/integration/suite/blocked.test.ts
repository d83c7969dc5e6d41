// "Blocked by" across the views in a real VS Code: a KR on track on its own, whose `depends_on` KR is
// off track, shows as at risk and blocked by it in the OKR tree, and in the exported review report.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { localToday } from '../../../src/core/today';
import type { WorkNode } from '../../../src/core/view/okrTree';
import { linksApi, treeNodes, waitForWork } from '../helpers/links';
import { writeWorkspaceFile } from '../helpers/workspace';

const FILE = 'blocked.okr.yaml';

function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A 100-day period around today, whatever day the tests run: 51% of it has elapsed. BLK-1.2 at 0%
 * is 51 points behind (off track); BLK-1.1 at 50% is 1 point behind (on track on its own).
 */
function blockedFile(today: string): string {
  return [
    'okr: 1',
    'team: Blocked team',
    `period: { start: ${shiftDays(today, -50)}, end: ${shiftDays(today, 49)} }`,
    'objectives:',
    '  - id: BLK-1',
    '    title: Show what waits for what',
    '    key_results:',
    '      - id: BLK-1.1',
    '        title: Raise adoption from 0 to 100 percent',
    '        baseline: 0',
    '        target: 100',
    '        depends_on: [BLK-1.2]',
    `        checkins: [{ date: ${today}, value: 50 }]`,
    '      - id: BLK-1.2',
    '        title: Raise readiness from 0 to 100 percent',
    '        baseline: 0',
    '        target: 100',
    `        checkins: [{ date: ${today}, value: 0 }]`,
    '',
  ].join('\n');
}

const krNode = (nodes: WorkNode[], id: string) => nodes.find((node) => node.kind === 'kr' && node.id === id);

describe('blocked by an off-track dependency', () => {
  it('shows the blocked KR at risk, "blocked by" in the OKR tree and in the review report', async () => {
    const links = await linksApi();
    const provider = links.trees.objectives;
    const shown = waitForWork(links, () => krNode(treeNodes(provider), 'BLK-1.1'), 'BLK-1.1 in the OKR tree');
    const uri = await writeWorkspaceFile(FILE, blockedFile(localToday()));
    try {
      const node = await shown;
      const item = provider.getTreeItem(node);
      assert.strictEqual(item.description, '50% · blocked by BLK-1.2');
      const icon = item.iconPath as vscode.ThemeIcon;
      assert.strictEqual(icon.id, 'warning');
      assert.deepStrictEqual(icon.color, new vscode.ThemeColor('charts.yellow'));
      const tooltip = (item.tooltip as vscode.MarkdownString).value;
      assert.match(tooltip, /at risk/);
      assert.ok(tooltip.includes('Blocked by BLK\\-1\\.2: off track.'), tooltip);

      const dependency = provider.getTreeItem(krNode(treeNodes(provider), 'BLK-1.2')!);
      assert.strictEqual((dependency.iconPath as vscode.ThemeIcon).id, 'error', 'the dependency is off track');
      assert.strictEqual(dependency.description, '0%');

      const reportUri = await vscode.commands.executeCommand<string>('okr.exportReport', 'untitled');
      const report = vscode.workspace.textDocuments.find((document) => document.uri.toString() === reportUri)!.getText();
      const row = report.split('\n').find((line) => line.startsWith('| BLK-1.1 |'));
      assert.ok(row?.includes('| at risk, blocked by BLK-1.2 |'), row);
    } finally {
      const gone = waitForWork(links, () => (krNode(treeNodes(provider), 'BLK-1.1') ? undefined : true), 'BLK-1.1 to leave the tree');
      await vscode.workspace.fs.delete(uri);
      await gone;
    }
  });
});
