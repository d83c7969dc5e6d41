// `okr checkin <id> <value>`: the extension's check-in for scripts and CI. The same number parser,
// range check, rollup and milestone rules, and the same comment-keeping edit (core/edit
// appendCheckin), written to the file in place. Exit codes: 0 written, 1 refused (with the reason),
// 2 usage.
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { rollupChildren } from '../core/cascade';
import { appendCheckin, CheckInEntry, TextEdit } from '../core/edit';
import { milestoneDoneEdits } from '../core/edit/milestones';
import { applyEdits } from '../core/edit/textEdit';
import type { KeyResult } from '../core/format/model';
import { isValidDate } from '../core/format/period';
import { terminalSafe } from '../core/text/terminal';
import { localToday } from '../core/today';
import { rollupRefusal, takesCheckins } from '../core/view/checkinCandidates';
import { farOutsideRange, formatConfidence, formatValue, parseCheckinNumber, parseConfidence } from '../core/view/values';
import { CliIo, UsageError } from './io';
import { loadWorkspace } from './load';

const BOM = '\ufeff';

export async function runCheckin(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      confidence: { type: 'string' },
      note: { type: 'string' },
      date: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const [krId, valueText, ...paths] = positionals;
  if (!krId || valueText === undefined) throw new UsageError('okr checkin takes a key result id and a value: okr checkin PLAT-1.1 8.5');
  const date = values.date ?? localToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValidDate(date)) throw new UsageError('--date takes a date YYYY-MM-DD');
  let confidence: number | undefined;
  if (values.confidence !== undefined) {
    const parsed = parseConfidence(values.confidence);
    if ('error' in parsed) throw new UsageError(`--confidence: ${parsed.error}`);
    confidence = parsed.value;
  }

  const refuse = (reason: string): number => {
    io.stderr(`okr checkin: ${terminalSafe(reason)} Nothing was written.\n`);
    return 1;
  };
  const loaded = await loadWorkspace(paths, io);
  const parsed = loaded.files.find((file) => file.model?.objectives.some((o) => o.key_results.some((kr) => kr.id === krId)));
  const keyResult = parsed?.model?.objectives.flatMap((o) => o.key_results).find((kr) => kr.id === krId);
  if (!parsed || !keyResult) return refuse(`No key result ${krId} in ${loaded.files.length} OKR file${loaded.files.length === 1 ? '' : 's'}.`);
  if (!takesCheckins(keyResult)) {
    return refuse(rollupRefusal(keyResult, rollupChildren(loaded.workspace.cascade(), krId).map((child) => child.id)));
  }

  const answer = readAnswer(keyResult, valueText, values.force);
  if ('error' in answer) return refuse(answer.error);
  const entry: CheckInEntry = { date, value: answer.value };
  if (confidence !== undefined) entry.confidence = confidence;
  if (values.note?.trim()) entry.note = values.note.trim();
  const appended = appendCheckin(parsed, krId, entry);
  if ('error' in appended) return refuse(appended.error);
  const edits: TextEdit[] = [...appended.edits];
  if (answer.milestonesDone) {
    const flips = milestoneDoneEdits(keyResult, answer.milestonesDone);
    if ('error' in flips) return refuse(flips.error);
    edits.push(...flips.edits);
  }

  const full = path.resolve(io.cwd, parsed.file);
  const bytes = await fs.readFile(full);
  const onDisk = new TextDecoder('utf-8').decode(bytes);
  // The file changed between the read and now (or decodes differently): edit nothing rather than the wrong place.
  if (onDisk !== parsed.text) return refuse(`${parsed.file} changed while it was read.`);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? BOM : '';
  await fs.writeFile(full, bom + applyEdits(parsed.text, edits));
  const said = [formatValue(answer.value, keyResult.unit), ...(confidence !== undefined ? [`confidence ${formatConfidence(confidence)}`] : [])];
  io.stdout(terminalSafe(`Checked in ${krId} on ${date}: ${said.join(', ')} (${parsed.file})`) + '\n');
  return 0;
}

type Answer = { value: number | boolean; milestonesDone?: ReadonlySet<number> } | { error: string };

/** A metric takes a number; a milestone KR `done`/`not-done`, or the title of one of its milestones. */
function readAnswer(kr: KeyResult, text: string, force: boolean): Answer {
  if (kr.type === 'milestone') return readMilestone(kr, text.trim());
  const last = kr.checkins.map((c) => c.value).filter((v): v is number => typeof v === 'number').at(-1);
  const read = parseCheckinNumber(text, { baseline: kr.baseline, target: kr.target, last, unit: kr.unit }, cliLocale());
  if ('error' in read) return { error: `${kr.id}: ${read.error}` };
  if ('ambiguous' in read) return { error: `${kr.id}: ${read.message}` };
  const far = farOutsideRange(read.value, kr);
  if (far && !force) return { error: `${far} Pass --force to record it anyway.` };
  return { value: read.value };
}

function readMilestone(kr: KeyResult, text: string): Answer {
  const word = text.toLowerCase();
  const milestones = kr.milestones ?? [];
  if (milestones.length === 0) {
    if (word === 'done') return { value: true };
    if (word === 'not-done') return { value: false };
    return { error: `${kr.id} is a milestone key result: give done or not-done, not "${text}".` };
  }
  const titles = milestones.map((m) => `"${m.title}"`).join(', ');
  const done = new Set(milestones.flatMap((m, i) => (m.done ? [i] : [])));
  if (word === 'done') milestones.forEach((_, i) => done.add(i));
  else {
    const index = milestones.findIndex((m) => m.title.trim().toLowerCase() === word);
    if (index < 0) {
      const notDone = word === 'not-done' ? ' To undo a milestone, set its done: false in the file.' : '';
      return { error: `${kr.id} has no milestone "${text}". Give one of ${titles}, or done when all are.${notDone}` };
    }
    done.add(index);
  }
  return { value: done.size === milestones.length, milestonesDone: done };
}

/** The locale the person reads numbers in: LC_ALL, LC_NUMERIC or LANG (`de_DE.UTF-8` → `de-DE`). */
function cliLocale(): string | undefined {
  const raw = process.env.LC_ALL || process.env.LC_NUMERIC || process.env.LANG;
  const tag = raw?.split(/[.@]/)[0].replace('_', '-');
  return tag && tag !== 'C' && tag !== 'POSIX' ? tag : undefined;
}
