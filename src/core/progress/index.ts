// Progress, pace, status, score and rollups of OKRs, and the review report built on them.
export * from './types';
export { expectedProgress, isPeriodRunning, MAX_SCORE, paceStatus, scoreOf, zoneOf } from './pace';
export { checkinsByDate } from './checkins';
export { inferDirection, krProgress, metricProgress } from './kr';
export { fileProgress, objectiveProgress, periodProgress } from './rollup';
export type { PeriodProgress } from './rollup';
export * from './report';
export { renderReportJson } from './reportJson';
export { renderReportMarkdown } from './reportMarkdown';
export { renderReportText } from './reportText';
