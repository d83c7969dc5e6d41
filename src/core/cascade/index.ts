// Cascade: company → department → team alignment across OKR files (pure; no 'vscode').
export { buildCascade } from './model';
export type { Cascade, CascadeFile, CascadeNode } from './model';
export { findingsForCascade } from './findings';
export { rollupChildren } from './rollup';
export { workspaceProgress } from './workspaceProgress';
export type { NodeProgress, WorkspaceProgress } from './workspaceProgress';
export { ALIGNMENT_GRAPH_CSS, renderAlignmentGraph } from './graph';
export { renderCascadeText } from './text';
