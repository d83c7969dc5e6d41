// Progress, pace, status, score and rollups of OKRs, and the review report built on them.
export * from './types';
export { isPeriodRunning } from './pace';
export { checkinsByDate } from './checkins';
export { krProgress, metricProgress } from './kr';
export { fileProgress, objectiveProgress, periodProgress } from './rollup';
export * from './report';
export { milestonesText } from './reportFormat';
export { renderReportJson } from './reportJson';
export { renderReportMarkdown } from './reportMarkdown';
export { renderReportText } from './reportText';
