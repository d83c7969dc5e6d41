// Check-in and quick-fix edits as minimal text edits that keep comments, anchors and layout.
export type { EditResult, TextEdit } from './textEdit';
export { appendCheckin } from './checkin';
export type { CheckInEntry } from './checkin';
export { moveKrToInitiatives } from './moveKr';
export { insertTargetFields } from './targets';
export { renameId, suggestFreeId } from './ids';
export { renameEverywhere } from './rename';
