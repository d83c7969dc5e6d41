// The check-in prompts behind a small interface: the command uses VS Code's QuickPick and InputBox,
// integration tests pass stubs (`okr.checkIn` with `{prompts}`) to drive the same flow. Every
// prompt resolves to undefined on Escape.
import * as vscode from 'vscode';
import { CandidateGroup, describeCandidate } from '../../core/view/checkinCandidates';
import { AmbiguousNumber, CONFIDENCE_CHOICES, farOutsideRange, formatConfidence, formatValue, NumberReading, parseCheckinNumber, parseConfidence } from '../../core/view/values';

export interface ValuePrompt {
  title: string;
  /** The KR's id, named when a value is far outside its range. */
  id?: string;
  unit?: string;
  baseline?: number;
  target?: number;
  current?: number;
  /** A value given as text (the command argument) that reads two ways: ask which one. */
  ambiguous?: AmbiguousNumber & { input: string };
}

export interface CheckInPrompts {
  /** Resolves to the chosen KR id. */
  pickKeyResult(groups: CandidateGroup[], title: string): Promise<string | undefined>;
  inputValue(prompt: ValuePrompt): Promise<number | undefined>;
  /** A milestone KR without listed milestones: done or not. */
  pickDone(title: string, current: boolean): Promise<boolean | undefined>;
  /** A milestone KR with listed milestones: the indexes of the ones done now. */
  pickMilestones(title: string, milestones: readonly { title: string; done: boolean }[]): Promise<number[] | undefined>;
  pickConfidence(title: string, last: number | undefined): Promise<number | undefined>;
  /** '' when the person skips the note. */
  inputNote(title: string): Promise<string | undefined>;
}

type Item<T> = vscode.QuickPickItem & { value?: T };

export const vscodePrompts: CheckInPrompts = {
  async pickKeyResult(groups, title) {
    const items: Item<string>[] = groups.flatMap((group) => [
      { label: `${group.objective.id} ${group.objective.title}`, kind: vscode.QuickPickItemKind.Separator },
      ...group.candidates.map((candidate) => ({
        label: `${candidate.progress.stale ? '$(warning) ' : ''}${candidate.keyResult.id} ${candidate.keyResult.title}`,
        description: candidate.keyResult.owner ?? group.objective.owner ?? '',
        detail: describeCandidate(candidate),
        value: candidate.keyResult.id,
      })),
    ]);
    const picked = await vscode.window.showQuickPick(items, {
      title,
      placeHolder: 'Which key result? (stalest first)',
      matchOnDescription: true,
      matchOnDetail: true,
      ignoreFocusOut: true,
    });
    return picked?.value;
  },

  async inputValue(prompt) {
    const scale = { baseline: prompt.baseline, target: prompt.target, last: prompt.current, unit: prompt.unit };
    const locale = vscode.env.language;
    const known = [
      prompt.baseline !== undefined ? `baseline ${formatValue(prompt.baseline, prompt.unit)}` : '',
      prompt.target !== undefined ? `target ${formatValue(prompt.target, prompt.unit)}` : '',
      prompt.current !== undefined ? `last ${formatValue(prompt.current, prompt.unit)}` : '',
    ].filter(Boolean);
    let text = prompt.ambiguous?.input ?? '';
    let read: NumberReading | undefined = prompt.ambiguous;
    // Until a value is typed, read one way (picked when it reads two ways) and, when far out of range, confirmed.
    for (;;) {
      if (!read) {
        const typed = await vscode.window.showInputBox({
          title: prompt.title,
          prompt: `Current value${prompt.unit ? ` in ${prompt.unit}` : ''}${known.length ? ` (${known.join(', ')})` : ''}`,
          placeHolder: prompt.current !== undefined ? String(prompt.current) : 'a number',
          value: text,
          ignoreFocusOut: true,
          validateInput: (input) => {
            const parsed = parseCheckinNumber(input, scale, locale);
            return 'error' in parsed ? parsed.error : undefined;
          },
        });
        if (typed === undefined) return undefined;
        text = typed;
        read = parseCheckinNumber(typed, scale, locale);
      }
      if ('error' in read) return undefined;
      const value = 'ambiguous' in read ? await pickReading(prompt.title, read, prompt.unit) : read.value;
      read = undefined;
      if (value === undefined) continue; // back to the input box, with the text as typed
      const far = farOutsideRange(value, prompt);
      if (far && (await vscode.window.showWarningMessage(far, { modal: true }, 'Record it')) !== 'Record it') continue;
      return value;
    }
  },

  async pickDone(title, current) {
    const items: Item<boolean>[] = [
      { label: '$(pass) Done', value: true, description: current ? 'as before' : '' },
      { label: '$(circle-large-outline) Not done yet', value: false, description: current ? '' : 'as before' },
    ];
    return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Is it done?', ignoreFocusOut: true }))?.value;
  },

  async pickMilestones(title, milestones) {
    const items: Item<number>[] = milestones.map((milestone, i) => ({ label: milestone.title, picked: milestone.done, value: i }));
    const picked = await vscode.window.showQuickPick(items, {
      title,
      placeHolder: 'Tick the milestones that are done',
      canPickMany: true,
      ignoreFocusOut: true,
    });
    return picked?.map((item) => item.value as number);
  },

  pickConfidence(title, last) {
    return new Promise((resolve) => {
      const pick = vscode.window.createQuickPick<Item<number> | Item<'other'>>();
      const choices: Item<number>[] = CONFIDENCE_CHOICES.map((choice) => ({
        label: formatConfidence(choice.value),
        description: choice.label + (last !== undefined && formatConfidence(last) === formatConfidence(choice.value) ? ' · last time' : ''),
        value: choice.value,
      }));
      const other: Item<'other'> = { label: 'Other…', description: 'type a value from 0.1 to 1.0', value: 'other' };
      pick.items = [...choices, other];
      const lastItem = choices.find((item) => last !== undefined && formatConfidence(last) === item.label);
      if (lastItem) pick.activeItems = [lastItem];
      pick.title = title;
      pick.placeholder = 'How confident are you of reaching the target?';
      pick.ignoreFocusOut = true;
      let settled = false;
      const finish = (value: number | undefined) => {
        if (settled) return;
        settled = true;
        pick.dispose();
        resolve(value);
      };
      pick.onDidAccept(async () => {
        const chosen = pick.selectedItems[0];
        if (!chosen) return;
        if (typeof chosen.value === 'number') return finish(chosen.value);
        settled = true; // hiding the pick for the input box must not resolve as Escape
        pick.dispose();
        resolve(await inputConfidence(title, last));
      });
      pick.onDidHide(() => finish(undefined));
      pick.show();
    });
  },

  async inputNote(title) {
    return vscode.window.showInputBox({
      title,
      prompt: 'A note for the team (Markdown, optional). Press Enter to skip.',
      placeHolder: 'What changed, what blocks you?',
      ignoreFocusOut: true,
    });
  },
};

async function pickReading(title: string, read: AmbiguousNumber, unit: string | undefined): Promise<number | undefined> {
  const [asDecimal, asGrouped] = read.ambiguous;
  const items: Item<number>[] = [
    { label: formatValue(asGrouped, unit), description: 'the mark separates thousands', value: asGrouped },
    { label: formatValue(asDecimal, unit), description: 'the mark is a decimal mark', value: asDecimal },
  ];
  return (await vscode.window.showQuickPick(items, { title, placeHolder: read.message, ignoreFocusOut: true }))?.value;
}

async function inputConfidence(title: string, last: number | undefined): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title,
    prompt: 'Confidence from 0.1 to 1.0',
    value: last !== undefined ? String(last) : '',
    ignoreFocusOut: true,
    validateInput: (input) => {
      const parsed = parseConfidence(input);
      return 'error' in parsed ? parsed.error : undefined;
    },
  });
  if (text === undefined) return undefined;
  const parsed = parseConfidence(text);
  return 'value' in parsed ? parsed.value : undefined;
}
