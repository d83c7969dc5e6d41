// The check-in flow: choose a KR, ask for what is missing, and append the entry to the document as
// one undoable WorkspaceEdit (works on unsaved buffers; saves only with `okr.checkin.autoSave`).
// Escape at any step writes nothing; a file with a syntax error is never written.
import * as vscode from 'vscode';
import { appendCheckin, CheckInEntry, TextEdit } from '../../core/edit';
import type { KeyResult } from '../../core/format/model';
import type { ParsedOkrFile } from '../../core/format/parse';
import { localToday } from '../../core/today';
import { myOwnerName } from '../common/me';
import type { WorkspaceService } from '../workspace/workspaceService';
import { checkinCandidates, rollupRefusal, takesCheckins } from '../../core/view/checkinCandidates';
import { rollupChildren } from '../../core/cascade';
import { milestoneDoneEdits } from '../../core/edit/milestones';
import { CheckInPrompts, navigationOf, SHOW_ALL, vscodePrompts } from './prompts';
import { checkConfidence, checkValue, farOutsideRange, formatConfidence, formatValue, parseCheckinNumber } from '../../core/view/values';

/** Arguments of `okr.checkIn`: whatever is given is not asked for. */
export interface CheckInRequest {
  krId?: string;
  /** A number, a milestone's done flag, or text read like typed text (`1,450` by the KR's scale). */
  value?: number | boolean | string;
  /** For a KR with listed milestones: the indexes of the ones done now. */
  milestonesDone?: number[];
  confidence?: number;
  /** '' for no note. */
  note?: string;
  /** Replaces some or all prompts (tests, scripted flows). */
  prompts?: Partial<CheckInPrompts>;
  /** Shown in the prompts' titles during the weekly walk, e.g. `2 of 5`. */
  step?: string;
  /** The weekly walk: the prompts carry Back and Skip. */
  navigation?: boolean;
}

export type CheckInOutcome =
  | { status: 'written'; krId: string; uri: string; entry: CheckInEntry }
  | { status: 'cancelled' }
  | { status: 'refused'; message: string }
  /** Back or Skip pressed during the weekly walk. */
  | { status: 'back' }
  | { status: 'skipped' };

const cancelled: CheckInOutcome = { status: 'cancelled' };
const refused = (message: string): CheckInOutcome => ({ status: 'refused', message });

export async function runCheckIn(workspace: WorkspaceService, request: CheckInRequest = {}): Promise<CheckInOutcome> {
  const prompts: CheckInPrompts = { ...vscodePrompts, ...request.prompts };
  const suffix = request.step ? ` (${request.step})` : '';
  let krId = request.krId;
  if (krId === undefined) {
    const { okrFiles, progress } = workspace.snapshot();
    const me = myOwnerName();
    const mine = checkinCandidates(okrFiles, progress, { owner: me });
    const all = me ? checkinCandidates(okrFiles, progress, {}) : mine;
    if (all.length === 0) return refused('No key results that take check-ins in this workspace yet.');
    // okr.me filters the picker, and the picker says so and offers every KR.
    krId = mine.length > 0 ? await prompts.pickKeyResult(mine, 'OKR: Check In', me) : SHOW_ALL;
    if (krId === SHOW_ALL) {
      krId = await prompts.pickKeyResult(all, mine.length > 0 ? 'OKR: Check In (all key results)' : `OKR: Check In (none owned by "${me}", setting okr.me; all key results)`);
    }
    if (krId === undefined) return cancelled;
  }

  const file = workspace.snapshot().ids.get(krId)?.file;
  if (!file) return refused(`No key result ${krId} in this workspace.`);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
  const first = currentKeyResult(workspace, document, krId);
  if ('error' in first) return refused(first.error);
  const { keyResult } = first;
  if (!takesCheckins(keyResult)) {
    const children = rollupChildren(workspace.snapshot().cascade, keyResult.id).map((child) => child.id);
    return refused(rollupRefusal(keyResult, children));
  }
  const title = `Check in ${keyResult.id}${suffix}: ${keyResult.title}`;
  const last = workspace.snapshot().progress.keyResult(keyResult);

  // Back goes to the previous step (from the first, to the previous KR of the weekly walk); Skip leaves this KR.
  let answers: Extract<ValueAnswer, { cancelled: false }> | undefined;
  let confidence: number | undefined;
  let note = '';
  for (let stage = 0; stage < 3; ) {
    try {
      if (stage === 0) {
        const answer = await askValue(keyResult, request, prompts, title, last.current);
        if ('error' in answer) return refused(answer.error);
        if (answer.cancelled) return cancelled;
        answers = answer;
      } else if (stage === 1) {
        const picked = request.confidence ?? (await prompts.pickConfidence(title, last.confidence, request.navigation));
        if (picked === undefined) return cancelled;
        const checked = checkConfidence(picked);
        if ('error' in checked) return refused(checked.error);
        confidence = checked.value;
      } else {
        // Escape on the optional note keeps the value and confidence: the check-in is written without one.
        note = request.note ?? (await prompts.inputNote(title, request.navigation)) ?? '';
      }
      stage++;
    } catch (error) {
      const to = navigationOf(error);
      if (!to) throw error;
      if (to === 'skip') return { status: 'skipped' };
      if (stage === 0) return { status: 'back' };
      stage--;
    }
  }
  if (!answers || confidence === undefined) return cancelled;

  // The person may have typed in the file while the prompts were open: edit the text as it is now.
  const now = currentKeyResult(workspace, document, krId);
  if ('error' in now) return refused(now.error);
  const entry: CheckInEntry = { date: localToday(), value: answers.value, confidence };
  if (note.trim()) entry.note = note.trim();
  const appended = appendCheckin(now.parsed, krId, entry);
  if ('error' in appended) return refused(appended.error);
  const edits: TextEdit[] = [...appended.edits];
  if (answers.milestonesDone) {
    const flips = milestoneDoneEdits(now.keyResult, new Set(answers.milestonesDone));
    if ('error' in flips) return refused(flips.error);
    edits.push(...flips.edits);
  }
  if (!(await workspace.applyEdit(document.uri, edits))) {
    return refused(`The check-in for ${krId} could not be written to ${vscode.workspace.asRelativePath(document.uri)}.`);
  }
  if (vscode.workspace.getConfiguration('okr').get<boolean>('checkin.autoSave', false)) await document.save();
  vscode.window.setStatusBarMessage(
    `$(check) Checked in ${krId}: ${formatValue(answers.value, keyResult.unit)}, confidence ${formatConfidence(confidence)}`,
    5000,
  );
  return { status: 'written', krId, uri: document.uri.toString(), entry };
}

type ValueAnswer = { cancelled: true } | { cancelled: false; value: number | boolean; milestonesDone?: number[] } | { error: string };

async function askValue(
  kr: KeyResult,
  request: CheckInRequest,
  prompts: CheckInPrompts,
  title: string,
  current: number | boolean | undefined,
): Promise<ValueAnswer> {
  if (kr.type === 'milestone' && kr.milestones?.length) {
    const milestones = kr.milestones;
    const done = request.milestonesDone ?? (await prompts.pickMilestones(title, milestones, request.navigation));
    if (done === undefined) return { cancelled: true };
    if (done.some((i) => !Number.isInteger(i) || i < 0 || i >= milestones.length)) return { error: `${kr.id} has ${milestones.length} milestones.` };
    return { cancelled: false, value: done.length === milestones.length, milestonesDone: done };
  }
  const valuePrompt = { title, id: kr.id, unit: kr.unit, baseline: kr.baseline, target: kr.target, current: typeof current === 'number' ? current : undefined };
  let value = request.value;
  if (typeof value === 'string' && kr.type === 'metric') {
    const read = parseCheckinNumber(value, { ...valuePrompt, last: valuePrompt.current }, vscode.env.language);
    if ('error' in read) return read;
    if ('ambiguous' in read) {
      // The prompt asks which reading, and confirms a value far out of range itself.
      const picked = await prompts.inputValue({ ...valuePrompt, ambiguous: { input: value.trim(), ...read } });
      if (picked === undefined) return { cancelled: true };
      const checked = checkValue(picked, kr.type);
      return 'error' in checked ? checked : { cancelled: false, value: checked.value };
    }
    value = read.value;
  }
  // A value given with the command is checked here; one typed at the prompt was confirmed there.
  if (typeof value === 'number' && kr.type === 'metric') {
    const far = farOutsideRange(value, kr);
    if (far) return { error: `${far} Nothing was written: enter it at the prompt to confirm it.` };
  }
  value ??= kr.type === 'milestone' ? await prompts.pickDone(title, current === true, request.navigation) : await prompts.inputValue(valuePrompt);
  if (value === undefined) return { cancelled: true };
  const checked = checkValue(value, kr.type);
  return 'error' in checked ? checked : { cancelled: false, value: checked.value };
}

/** Parses the document's current text into the index and finds the KR; refuses broken files. */
function currentKeyResult(
  workspace: WorkspaceService,
  document: vscode.TextDocument,
  krId: string,
): { parsed: ParsedOkrFile; keyResult: KeyResult } | { error: string } {
  const parsed = workspace.refresh(document);
  if (!parsed) return { error: `${vscode.workspace.asRelativePath(document.uri)} is not an OKR file.` };
  const name = vscode.workspace.asRelativePath(document.uri);
  const syntax = parsed.findings.find((f) => f.rule === 'yaml-syntax' || f.rule === 'duplicate-key');
  if (syntax || !parsed.model) {
    const where = syntax ? ` (line ${syntax.range.start.line + 1}: ${syntax.message})` : '';
    return { error: `${name} has a YAML error${where}. Fix it first: nothing was written.` };
  }
  const keyResult = parsed.model.objectives.flatMap((o) => o.key_results).find((kr) => kr.id === krId);
  return keyResult ? { parsed, keyResult } : { error: `No key result ${krId} in ${name}.` };
}
