// The check-in prompts behind a small interface: the command uses VS Code's QuickPick and InputBox,
// integration tests pass stubs (`okr.checkIn` with `{prompts}`) to drive the same flow. Every
// prompt resolves to undefined on Escape. During the weekly walk (`navigation`) the pickers and the
// note carry Back and Skip buttons, which reject with a StepNavigation.
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

/** Thrown by a prompt when the person presses Back or Skip (the weekly walk). */
export class StepNavigation extends Error {
  constructor(readonly to: 'back' | 'skip') {
    super(to === 'back' ? 'Back' : 'Skip');
    this.name = 'StepNavigation';
  }
}

/** Where a StepNavigation goes; read by name, so scripted prompts from another bundle count too. */
export function navigationOf(error: unknown): 'back' | 'skip' | undefined {
  if (!(error instanceof Error) || error.name !== 'StepNavigation') return undefined;
  const to = (error as Partial<StepNavigation>).to;
  return to === 'back' || to === 'skip' ? to : undefined;
}

/** The answer of the key result picker when `okr.me` filters it and the person asks for every KR. */
export const SHOW_ALL = '\u0000show-all';

export interface CheckInPrompts {
  /**
   * Resolves to the chosen KR id; `me` is the `okr.me` name that filtered `groups` (the picker says
   * so and offers SHOW_ALL).
   */
  pickKeyResult(groups: CandidateGroup[], title: string, me?: string): Promise<string | undefined>;
  inputValue(prompt: ValuePrompt): Promise<number | undefined>;
  /** A milestone KR without listed milestones: done or not. */
  pickDone(title: string, current: boolean, navigation?: boolean): Promise<boolean | undefined>;
  /** A milestone KR with listed milestones: the indexes of the ones done now. */
  pickMilestones(title: string, milestones: readonly { title: string; done: boolean }[], navigation?: boolean): Promise<number[] | undefined>;
  /** Nothing is preselected without a `last` confidence: Enter must not mean "certain". */
  pickConfidence(title: string, last: number | undefined, navigation?: boolean): Promise<number | undefined>;
  /** '' when the person skips the note; `\n` typed as two characters is a line break. */
  inputNote(title: string, navigation?: boolean): Promise<string | undefined>;
}

const SKIP_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('debug-step-over'), tooltip: 'Skip this key result' };

/** Adds Back and Skip to a quick input; a press rejects through `fail` after hiding it. */
function withNavigation(input: vscode.QuickInput & { buttons: readonly vscode.QuickInputButton[]; onDidTriggerButton: vscode.Event<vscode.QuickInputButton> }, fail: (error: StepNavigation) => void): void {
  input.buttons = [vscode.QuickInputButtons.Back, SKIP_BUTTON];
  input.onDidTriggerButton((button) => fail(new StepNavigation(button === vscode.QuickInputButtons.Back ? 'back' : 'skip')));
}

/** A single or multiple choice quick pick with optional Back/Skip; undefined on Escape. */
function choose<T>(
  items: Item<T>[],
  options: { title: string; placeholder: string; canPickMany?: boolean; active?: Item<T>; noneActive?: boolean },
  navigation: boolean | undefined,
): Promise<Item<T>[] | undefined> {
  return new Promise((resolve, reject) => {
    const pick = vscode.window.createQuickPick<Item<T>>();
    pick.items = items;
    pick.title = options.title;
    pick.placeholder = options.placeholder;
    pick.canSelectMany = options.canPickMany ?? false;
    if (pick.canSelectMany) pick.selectedItems = items.filter((item) => item.picked);
    if (options.active) pick.activeItems = [options.active];
    else if (options.noneActive) pick.activeItems = [];
    pick.ignoreFocusOut = true;
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      pick.dispose();
      finish();
    };
    if (navigation) withNavigation(pick, (error) => settle(() => reject(error)));
    pick.onDidAccept(() => {
      const chosen = pick.canSelectMany ? [...pick.selectedItems] : [...pick.selectedItems].slice(0, 1);
      if (!pick.canSelectMany && chosen.length === 0) return;
      settle(() => resolve(chosen));
    });
    pick.onDidHide(() => settle(() => resolve(undefined)));
    pick.show();
  });
}

type Item<T> = vscode.QuickPickItem & { value?: T };

export const vscodePrompts: CheckInPrompts = {
  async pickKeyResult(groups, title, me) {
    const showAll: Item<string>[] = me
      ? [{ label: '$(list-flat) Show all key results', description: `only those of "${me}" are listed (setting okr.me)`, value: SHOW_ALL, alwaysShow: true }]
      : [];
    const items: Item<string>[] = groups.flatMap((group) => [
      { label: `${group.objective.id} ${group.objective.title}`, kind: vscode.QuickPickItemKind.Separator },
      ...group.candidates.map((candidate) => ({
        label: `${candidate.progress.stale ? '$(warning) ' : ''}${candidate.keyResult.id} ${candidate.keyResult.title}`,
        description: candidate.keyResult.owner ?? group.objective.owner ?? '',
        detail: describeCandidate(candidate),
        value: candidate.keyResult.id,
      })),
    ]);
    items.push(...showAll);
    const picked = await vscode.window.showQuickPick(items, {
      title,
      placeHolder: me ? `Which of ${me}'s key results? (stalest first; okr.me filters this list)` : 'Which key result? (stalest first)',
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

  async pickDone(title, current, navigation) {
    const items: Item<boolean>[] = [
      { label: '$(pass) Done', value: true, description: current ? 'as before' : '' },
      { label: '$(circle-large-outline) Not done yet', value: false, description: current ? '' : 'as before' },
    ];
    return (await choose(items, { title, placeholder: 'Is it done?' }, navigation))?.[0]?.value;
  },

  async pickMilestones(title, milestones, navigation) {
    const items: Item<number>[] = milestones.map((milestone, i) => ({ label: milestone.title, picked: milestone.done, value: i }));
    const picked = await choose(items, { title, placeholder: 'Tick the milestones that are done', canPickMany: true }, navigation);
    return picked?.map((item) => item.value as number);
  },

  pickConfidence(title, last, navigation) {
    return new Promise((resolve, reject) => {
      const pick = vscode.window.createQuickPick<Item<number> | Item<'other'>>();
      const choices: Item<number>[] = CONFIDENCE_CHOICES.map((choice) => ({
        label: formatConfidence(choice.value),
        description: choice.label + (last !== undefined && formatConfidence(last) === formatConfidence(choice.value) ? ' · last time' : ''),
        value: choice.value,
      }));
      const other: Item<'other'> = { label: 'Other…', description: 'type a value from 0.1 to 1.0', value: 'other' };
      pick.items = [...choices, other];
      const lastItem = choices.find((item) => last !== undefined && formatConfidence(last) === item.label);
      pick.activeItems = lastItem ? [lastItem] : [];
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
      if (navigation) {
        withNavigation(pick, (error) => {
          if (settled) return;
          settled = true;
          pick.dispose();
          reject(error);
        });
      }
      pick.onDidHide(() => finish(undefined));
      pick.show();
    });
  },

  inputNote(title, navigation) {
    return new Promise((resolve, reject) => {
      const box = vscode.window.createInputBox();
      box.title = title;
      box.prompt = 'A note for the team (Markdown, optional; type \\n for a new line). Press Enter to skip.';
      box.placeholder = 'What changed, what blocks you?';
      box.ignoreFocusOut = true;
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        box.dispose();
        finish();
      };
      if (navigation) withNavigation(box, (error) => settle(() => reject(error)));
      box.onDidAccept(() => settle(() => resolve(noteLines(box.value))));
      box.onDidHide(() => settle(() => resolve(undefined)));
      box.show();
    });
  },
};

/** A one-line input as note text: `\n` typed as two characters is a line break (`\\n` stays `\n`). */
function noteLines(input: string): string {
  return input.replace(/\\(\\|n)/g, (_, char: string) => (char === 'n' ? '\n' : '\\'));
}

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
