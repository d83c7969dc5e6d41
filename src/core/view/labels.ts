// Wording and icons of the sidebar: one place so the tree, the hovers and the CodeLens agree. Pure.
import type { Status } from '../progress';

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `45% · 3 TODOs · 1 branch`; counts of zero are left out. */
export function workSummary(progressRatio: number | undefined, todos: number, branches: number): string {
  const parts: string[] = [];
  if (progressRatio !== undefined) parts.push(`${Math.round(progressRatio * 100) || 0}%`);
  if (todos > 0) parts.push(plural(todos, 'TODO'));
  if (branches > 0) parts.push(plural(branches, 'branch', 'branches'));
  return parts.join(' · ');
}

/** `3 TODOs · 1 branch`, or `no linked work`: the CodeLens above a KR. */
export function linkSummary(todos: number, branches: number): string {
  return workSummary(undefined, todos, branches) || 'no linked work';
}

export interface StatusLook {
  /** Codicon id. */
  icon: string;
  /** Theme color id; none keeps the default foreground. */
  color?: string;
  label: string;
}

export const STATUS_LOOK: Record<Status, StatusLook> = {
  'on-track': { icon: 'pass-filled', color: 'charts.green', label: 'on track' },
  'at-risk': { icon: 'warning', color: 'charts.yellow', label: 'at risk' },
  'off-track': { icon: 'error', color: 'charts.red', label: 'off track' },
  'no-checkin': { icon: 'circle-large-outline', label: 'no check-in yet' },
  done: { icon: 'verified-filled', color: 'charts.blue', label: 'done' },
};

export function statusLabel(status: Status, stale: boolean): string {
  return stale ? `${STATUS_LOOK[status].label}, check-in overdue` : STATUS_LOOK[status].label;
}

/** `blocked by PLAT-1.2`: the off-track dependencies that put a KR at risk; '' when none. Plain text. */
export function blockedLabel(blockedBy: readonly string[] | undefined): string {
  return blockedBy?.length ? `blocked by ${blockedBy.join(', ')}` : '';
}

/** `rollup of 4`: a KR whose progress comes from what aligns to it; '' otherwise. */
export function rollupLabel(rollupOf: number | undefined): string {
  return rollupOf === undefined ? '' : `rollup of ${rollupOf}`;
}

/** User text inside Markdown tooltips and hovers: no emphasis, links or HTML sneak in. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Inline code in Markdown: escapes do not work inside backticks, so backticks are dropped instead. */
export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, '').replace(/\r?\n/g, ' ')}\``;
}

export function basename(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
