// Setting which listed milestones are done: each flip replaces only the `true`/`false` token of an
// existing `done:` field, so comments and layout stay as they are. Pure.
import type { KeyResult } from '../format/model';
import type { EditResult, TextEdit } from './';

export function milestoneDoneEdits(kr: KeyResult, doneIndexes: ReadonlySet<number>): EditResult {
  const edits: TextEdit[] = [];
  for (const [i, milestone] of (kr.milestones ?? []).entries()) {
    const done = doneIndexes.has(i);
    if (done === milestone.done) continue;
    const range = milestone.ranges.values.done;
    if (!range) {
      return { error: `Milestone "${milestone.title}" of ${kr.id} has no \`done:\` field to set. Add \`done: false\` to it in the file, then check in again.` };
    }
    edits.push({ range, newText: String(done) });
  }
  return { edits };
}
