// Cascade: company → department → team alignment across OKR files (pure; no 'vscode').
export { buildCascade } from './model';
export type { Cascade, CascadeFile, CascadeNode } from './model';
export { CASCADE_RULES, cascadeFindings, findingsForCascade } from './findings';
export type { CascadeRuleInfo } from './findings';
export { blockedBy, rollupChildren, rollupResolver } from './rollup';
export { workspaceProgress } from './workspaceProgress';
export type { NodeProgress, WorkspaceProgress } from './workspaceProgress';
export { ALIGNMENT_GRAPH_CSS, escapeXml, renderAlignmentGraph } from './graph';
export { renderCascadeText } from './text';
export { canonicalKey, displayPaths, resolveRelative } from './paths';
