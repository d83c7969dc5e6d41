// Wording and icons of the sidebar: one place so the tree, the hovers and the CodeLens agree. Pure.
import type { Status } from '../progress';
import { statusPhrase, statusWord } from '../progress/statusWords';

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

/** The tree's look of each status: its codicon and colour beside the one wording. */
export const STATUS_LOOK: Record<Status, StatusLook> = {
  'on-track': { icon: 'pass-filled', color: 'charts.green', label: statusWord('on-track') },
  'at-risk': { icon: 'warning', color: 'charts.yellow', label: statusWord('at-risk') },
  'off-track': { icon: 'error', color: 'charts.red', label: statusWord('off-track') },
  'no-checkin': { icon: 'circle-large-outline', label: statusWord('no-checkin') },
  done: { icon: 'verified-filled', color: 'charts.blue', label: statusWord('done') },
};

/** `on track, stale`: a KR's status and whether its check-in is overdue. */
export function statusLabel(status: Status, stale: boolean): string {
  return statusPhrase(status, stale);
}

export { blockedLabel } from '../progress/statusWords';

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
