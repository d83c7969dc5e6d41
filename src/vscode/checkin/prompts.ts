// The check-in prompts behind a small interface: the command uses VS Code's QuickPick and InputBox,
// integration tests pass stubs (`okr.checkIn` with `{prompts}`) to drive the same flow. Every
// prompt resolves to undefined on Escape.
import * as vscode from 'vscode';
import { CandidateGroup, describeCandidate } from '../../core/view/checkinCandidates';
import { CONFIDENCE_CHOICES, formatConfidence, formatValue, parseCheckinNumber, parseConfidence } from '../../core/view/values';

export interface ValuePrompt {
  title: string;
  unit?: string;
  baseline?: number;
  target?: number;
  current?: number;
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
    const known = [
      prompt.baseline !== undefined ? `baseline ${formatValue(prompt.baseline, prompt.unit)}` : '',
      prompt.target !== undefined ? `target ${formatValue(prompt.target, prompt.unit)}` : '',
      prompt.current !== undefined ? `last ${formatValue(prompt.current, prompt.unit)}` : '',
    ].filter(Boolean);
    const text = await vscode.window.showInputBox({
      title: prompt.title,
      prompt: `Current value${prompt.unit ? ` in ${prompt.unit}` : ''}${known.length ? ` (${known.join(', ')})` : ''}`,
      placeHolder: prompt.current !== undefined ? String(prompt.current) : 'a number',
      ignoreFocusOut: true,
      validateInput: (input) => {
        const parsed = parseCheckinNumber(input);
        return 'error' in parsed ? parsed.error : undefined;
      },
    });
    if (text === undefined) return undefined;
    const parsed = parseCheckinNumber(text);
    return 'value' in parsed ? parsed.value : undefined;
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
