// How often a KR's progress is computed for one model change on the examples workspace, with every
// view the extension draws from a snapshot: the OKRs and Unlinked work trees, the Alignment view,
// the panel, the status bar, the check-in picker, the review report, and a hover on every id.
// The target is one `krProgress` per KR; before the workspace service it was about 7.
import { readFileSync } from 'fs';
import * as path from 'path';
import { buildAlignmentItems } from '../src/core/view/alignmentItems';
import { workspaceProgress } from '../src/core/cascade';
import { findOkrFiles } from '../src/core/files';
import { krProgress } from '../src/core/progress';
import { buildReport } from '../src/core/progress/report';
import { renderPanelParts } from '../src/core/render/panel';
import { takeSnapshot, WorkspaceSnapshot } from '../src/core/snapshot';
import { checkinCandidates } from '../src/core/view/checkinCandidates';
import { buildObjectiveTree, buildUnlinkedTree } from '../src/core/view/okrTree';
import { statusSummary } from '../src/core/view/statusSummary';
import { OkrWorkspace } from '../src/core/workspace';
import { BenchResult, runStandalone } from './stats';

const EXAMPLES = path.resolve(__dirname, '../examples');
const TODAY = '2026-11-20';

/** Every view of one snapshot, as the extension draws them after a change. */
export function drawEveryView(snapshot: WorkspaceSnapshot): void {
  const { progress, okrFiles, cascade } = snapshot;
  const input = { files: snapshot.files, work: snapshot.work, progress, displayPath: (file: string) => file };
  buildObjectiveTree(input);
  buildUnlinkedTree(input);
  buildAlignmentItems(cascade, (id) => progress.node(id));
  renderPanelParts(okrFiles, progress, cascade);
  statusSummary(okrFiles, progress);
  checkinCandidates(okrFiles, progress);
  buildReport(okrFiles, progress);
  for (const entry of snapshot.ids.values()) {
    if (entry.keyResult) progress.keyResult(entry.keyResult);
    else progress.objective(entry.objective);
  }
}

export async function run(): Promise<BenchResult[]> {
  const workspace = new OkrWorkspace();
  for (const file of await findOkrFiles(EXAMPLES)) workspace.update(file, readFileSync(file, 'utf8'));
  const krs = workspace.all().reduce((sum, parsed) => sum + (parsed.model?.objectives ?? []).reduce((n, o) => n + o.key_results.length, 0), 0);
  let calls = 0;
  const counting: typeof krProgress = (...args) => {
    calls++;
    return krProgress(...args);
  };
  const results: BenchResult[] = [];
  for (const change of ['first pass', 'after a check-in in one file']) {
    if (change !== 'first pass') {
      const platform = workspace.all().find((parsed) => parsed.file.endsWith('platform.okr.yaml'))!;
      workspace.update(platform.file, platform.text.replace(/checkins:\n/, `checkins:\n          - date: ${TODAY}\n            value: 9\n`));
    }
    calls = 0;
    const snapshot = takeSnapshot(workspace, [], [], TODAY);
    // The extension's snapshot takes its figures from the workspace; here they are counted.
    Object.defineProperty(snapshot, 'progress', { value: workspaceProgress(snapshot.cascade, { today: TODAY }, counting) });
    drawEveryView(snapshot);
    results.push({ name: `krProgress calls per KR, ${change} (${krs} KRs, every view)`, median: calls / krs, unit: 'calls/KR' });
  }
  return results;
}

if (require.main === module) runStandalone('progress', run);
