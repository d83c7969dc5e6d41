// The one status vocabulary: what the tree, the hovers, the panel, the status bar, the CLI and the
// review report call a KR's pace status and the two flags it may carry beside it. Pure. The looks
// (the tree's codicon and colour, the panel's chip class) are keyed by the same ids.
import type { Status } from './types';

/** A pace status, or a flag beside it: `stale` (check-in overdue), `blocked` (an off-track dependency). */
export type StatusWord = Status | 'stale' | 'blocked';

const WORDS: Record<StatusWord, string> = {
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'no-checkin': 'no check-in',
  done: 'done',
  stale: 'stale',
  blocked: 'blocked',
};

/** `at risk`: the word in running text (tooltips, the report, the status bar). */
export function statusWord(word: StatusWord): string {
  return WORDS[word];
}

/** `At risk`: the word where it stands alone (the panel's chips and filter). */
export function statusTitle(word: StatusWord): string {
  return capitalised(statusWord(word));
}

/** `blocked by PLAT-1.2`: the off-track dependencies that put a KR at risk; '' when none. Plain text. */
export function blockedLabel(blockedBy: readonly string[] | undefined): string {
  return blockedBy?.length ? `${statusWord('blocked')} by ${blockedBy.join(', ')}` : '';
}

/** `Blocked by PLAT-1.2: off track.`: the sentence of a tooltip; '' when nothing blocks. Callers escape the ids. */
export function blockedSentence(blockedBy: readonly string[] | undefined): string {
  const label = blockedLabel(blockedBy);
  return label && `${capitalised(label)}: ${statusWord('off-track')}.`;
}

/** `at risk, stale, blocked by PLAT-1.2`: a KR's status with its flags. */
export function statusPhrase(status: Status, stale: boolean, blockedBy: readonly string[] = []): string {
  return [statusWord(status), stale ? statusWord('stale') : '', blockedLabel(blockedBy)].filter(Boolean).join(', ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
