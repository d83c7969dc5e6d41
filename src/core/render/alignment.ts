// The panel's "Alignment" section: the core's SVG goal tree (company goals on top, team objectives
// under what they align to, KRs under their objective), coloured by the same statuses as the cards.
// Clicking a node posts the panel's `reveal` message (src/webview/panel.ts reads the node's `data-id`).
import { Cascade, renderAlignmentGraph, WorkspaceProgress } from '../cascade';
import { STATUSES } from '../progress';
import { statusChip } from './cards';
import { escapeHtml } from './html';

export const ALIGNMENT_HEADING = 'Alignment';

export function alignmentSection(cascade: Cascade, progress: WorkspaceProgress): string {
  if (cascade.nodes.size === 0) return '';
  const graph = renderAlignmentGraph(cascade, (id) => progress.node(id)?.status);
  const legend = STATUSES.map((status) => statusChip(status)).join(' ');
  return [
    `<section class="alignment" id="alignment" aria-labelledby="alignment-heading">`,
    `<header class="alignment-head"><h2 id="alignment-heading">${escapeHtml(ALIGNMENT_HEADING)}</h2>`,
    `<button type="button" class="graph-fit" data-graph-fit aria-pressed="false">Fit to width</button></header>`,
    `<p class="muted alignment-help">Each objective sits under the goal it aligns to, each key result under its objective; ` +
      `dashed lines are further alignments. Click a box to show it in its OKR file.</p>`,
    `<div class="alignment-legend">${legend}</div>`,
    `<div class="alignment-graph">${graph}</div>`,
    `</section>`,
  ].join('');
}
