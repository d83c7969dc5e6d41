// `okr.checkIn` and `okr.weeklyCheckIn` in a real VS Code, with the prompts stubbed through the
// command's `prompts` argument (the same flow the QuickPick and InputBox drive).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { OkrLensTestApi } from '../../../src/extension';
import type { CheckInOutcome } from '../../../src/vscode/checkin/flow';
import type { WeeklyOutcome } from '../../../src/vscode/checkin/weekly';
import type { CheckInPrompts } from '../../../src/vscode/checkin/prompts';
import { checkinCandidates } from '../../../src/core/view/checkinCandidates';
import { localToday } from '../../../src/core/today';
import { okrExtension, showWorkspaceFile, workspaceFile } from '../helpers/workspace';

type Prompts = Partial<CheckInPrompts>;

interface CheckinShape {
  date: string;
  value?: number | boolean;
  confidence?: number;
  note?: string;
}

function checkinsOf(text: string, krId: string): CheckinShape[] {
  const objectives = (parse(text) as { objectives: { key_results?: { id: string; checkins?: CheckinShape[] }[] }[] }).objectives;
  const kr = objectives.flatMap((o) => o.key_results ?? []).find((k) => k.id === krId);
  assert.ok(kr, `no ${krId} in the text`);
  return kr.checkins ?? [];
}

const answers = (value: number, confidence: number, note: string): Prompts => ({
  inputValue: async () => value,
  pickConfidence: async () => confidence,
  inputNote: async () => note,
});

/**
 * Puts every edited buffer back to the text on disk and saves it, so no check-in leaks into the
 * next test (other suites read these files too).
 */
async function restoreDocuments(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file')) {
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), onDisk);
    await vscode.workspace.applyEdit(edit);
    await document.save();
    assert.strictEqual(document.getText(), onDisk);
  }
}

async function withSetting<T>(key: string, value: unknown, body: () => Thenable<T>): Promise<T> {
  const settings = vscode.workspace.getConfiguration('okr');
  await settings.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await settings.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

function checkIn(argument: unknown): Thenable<CheckInOutcome> {
  return vscode.commands.executeCommand<CheckInOutcome>('okr.checkIn', argument);
}

describe('check-in command', () => {
  let api: OkrLensTestApi;

  before(async () => {
    api = (await okrExtension().activate()) as OkrLensTestApi;
    await api.ready;
  });
  afterEach(restoreDocuments);

  it('appends the check-in to the unsaved buffer, keeps the layout, and undo restores it', async () => {
    const editor = await showWorkspaceFile('teams/platform.okr.yaml');
    const document = editor.document;
    const original = document.getText();

    const outcome = await checkIn({ krId: 'PLAT-1.1', prompts: answers(8.7, 0.7, 'Cache **hit** rate: up') });

    assert.strictEqual(outcome.status, 'written', JSON.stringify(outcome));
    const changed = document.getText();
    assert.ok(document.isDirty, 'the check-in is an unsaved edit (okr.checkin.autoSave is off)');
    assert.deepStrictEqual(checkinsOf(changed, 'PLAT-1.1').at(-1), {
      date: localToday(),
      value: 8.7,
      confidence: 0.7,
      note: 'Cache **hit** rate: up',
    });
    assert.strictEqual(checkinsOf(changed, 'PLAT-1.1').length, checkinsOf(original, 'PLAT-1.1').length + 1);
    // a pure insertion: everything before and after the new lines is byte for byte the same
    const inserted = changed.length - original.length;
    const at = [...original].findIndex((ch, i) => ch !== changed[i]);
    assert.strictEqual(changed.slice(0, at) + changed.slice(at + inserted), original);
    assert.ok(changed.includes('title: Prepare a demo video of the deploy flow   # a task, not an outcome'));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
  });

  it('writes nothing when Escape is pressed at the picker, the value or the confidence; Escape on the note keeps them', async () => {
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    const original = document.getText();
    const escapes: Prompts[] = [
      { pickKeyResult: async () => undefined },
      { inputValue: async () => undefined, pickConfidence: async () => assert.fail('asked on after Escape') },
      { ...answers(9, 0.5, ''), pickConfidence: async () => undefined },
    ];
    for (const prompts of escapes) {
      const request = prompts.pickKeyResult ? { prompts } : { krId: 'PLAT-1.1', prompts };
      assert.deepStrictEqual(await checkIn(request), { status: 'cancelled' });
      assert.strictEqual(document.getText(), original);
      assert.strictEqual(document.isDirty, false);
    }
    // The note is optional: the value and confidence already given are written without one.
    const outcome = await checkIn({ krId: 'PLAT-1.1', prompts: { ...answers(9, 0.5, ''), inputNote: async () => undefined } });
    assert.strictEqual(outcome.status, 'written', JSON.stringify(outcome));
    const last = checkinsOf(document.getText(), 'PLAT-1.1').at(-1);
    assert.deepStrictEqual([last?.value, last?.confidence, last?.note], [9, 0.5, undefined]);
  });

  it('offers the KRs grouped by objective, stalest first, and checks in the one picked', async () => {
    let offered: string[][] = [];
    const prompts: Prompts = {
      ...answers(98.9, 0.9, ''),
      pickKeyResult: async (groups) => {
        offered = groups.map((group) => group.candidates.map((c) => c.keyResult.id));
        return 'PLAT-2.1';
      },
    };
    const outcome = await checkIn({ prompts });
    assert.strictEqual(outcome.status, 'written', JSON.stringify(outcome));
    const { okrFiles, progress } = api.workspace.snapshot();
    const expected = checkinCandidates(okrFiles, progress);
    assert.ok(offered.flat().includes('PLAT-1.1') && offered.flat().includes('GROW-1.1'), offered.join(' | '));
    // the KRs offered are every KR of the workspace, in the order of the pure ordering rules
    assert.deepStrictEqual(offered.flat().sort(), expected.flatMap((g) => g.candidates.map((c) => c.keyResult.id)).sort());
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    assert.deepStrictEqual(checkinsOf(document.getText(), 'PLAT-2.1').at(-1), { date: localToday(), value: 98.9, confidence: 0.9 });
  });

  it('ticks listed milestones and records whether all are done', async () => {
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    const outcome = await checkIn({
      krId: 'PLAT-1.2',
      prompts: { pickMilestones: async () => [0, 1, 2], pickConfidence: async () => 1, inputNote: async () => 'Everyone is on it' },
    });
    assert.strictEqual(outcome.status, 'written', JSON.stringify(outcome));
    const objectives = parse(document.getText()).objectives as { key_results: { id: string; milestones?: { done: boolean }[] }[] }[];
    const kr = objectives[0].key_results.find((k) => k.id === 'PLAT-1.2');
    assert.deepStrictEqual(kr?.milestones?.map((m) => m.done), [true, true, true]);
    assert.deepStrictEqual(checkinsOf(document.getText(), 'PLAT-1.2').at(-1), { date: localToday(), value: true, confidence: 1, note: 'Everyone is on it' });
  });

  it('refuses NaN, Infinity and an out-of-range confidence without writing', async () => {
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    const original = document.getText();
    for (const request of [
      { krId: 'PLAT-1.1', value: Number.NaN, confidence: 0.5, note: '' },
      { krId: 'PLAT-1.1', value: Number.POSITIVE_INFINITY, confidence: 0.5, note: '' },
      { krId: 'PLAT-1.1', value: 'nine', confidence: 0.5, note: '' },
      { krId: 'PLAT-1.1', value: 900, confidence: 0.5, note: '' },
      { krId: 'PLAT-1.1', value: 9, confidence: 1.5, note: '' },
      { krId: 'PLAT-1.1', value: 9, confidence: 0, note: '' },
    ]) {
      const outcome = await checkIn(request);
      assert.strictEqual(outcome.status, 'refused', JSON.stringify(request));
      assert.strictEqual(document.getText(), original);
    }
    assert.deepStrictEqual(await checkIn({ krId: 'NOPE-9.9' }), { status: 'refused', message: 'No key result NOPE-9.9 in this workspace.' });
  });

  it('reads 1,450 on CO-2.2 (from 1,200 to 1,800) as 1450, never 1.45', async () => {
    const { document } = await showWorkspaceFile('company.okr.yaml');
    const kr = api.workspace.snapshot().okrFiles.flatMap((f) => f.objectives).flatMap((o) => o.key_results).find((k) => k.id === 'CO-2.2');
    assert.deepStrictEqual([kr?.baseline, kr?.target], [1200, 1800]);
    let asked = false;
    const outcome = await checkIn({
      krId: 'CO-2.2',
      value: '1,450',
      prompts: { inputValue: async () => ((asked = true), undefined), pickConfidence: async () => 0.7, inputNote: async () => '' },
    });
    assert.strictEqual(outcome.status, 'written', JSON.stringify(outcome));
    assert.ok(!asked, 'its scale says 1450: nothing to ask');
    assert.deepStrictEqual(checkinsOf(document.getText(), 'CO-2.2').at(-1), { date: localToday(), value: 1450, confidence: 0.7 });
  });

  it('asks back a number that reads two ways, and records the reading picked', async () => {
    // platform.okr.yaml, not growth.okr.yaml: the diagnostics suite needs growth.okr.yaml unopened.
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    const original = document.getText();
    let offered: unknown;
    const pick = (index: 0 | 1): Prompts => ({
      inputValue: async (prompt) => {
        offered = prompt.ambiguous;
        return prompt.ambiguous?.ambiguous[index];
      },
      pickConfidence: async () => 0.6,
      inputNote: async () => '',
    });
    // PLAT-1.1 runs from 10 to 8 days: neither 1.45 nor 1450 lies on its scale, so the person picks.
    const outcome = await checkIn({ krId: 'PLAT-1.1', value: '1,450', prompts: pick(0) });
    assert.strictEqual(outcome.status, 'written', JSON.stringify(outcome));
    assert.deepStrictEqual((offered as { input: string; ambiguous: number[] }).input, '1,450');
    assert.deepStrictEqual((offered as { input: string; ambiguous: number[] }).ambiguous, [1.45, 1450]);
    assert.match((offered as { message: string }).message, /could be 1450 .* or 1\.45/);
    assert.deepStrictEqual(checkinsOf(document.getText(), 'PLAT-1.1').at(-1), { date: localToday(), value: 1.45, confidence: 0.6 });
    // Escape at the pick writes nothing.
    await restoreDocuments();
    const escaped = await checkIn({ krId: 'PLAT-1.1', value: '1,450', prompts: { ...pick(1), inputValue: async () => undefined } });
    assert.strictEqual(escaped.status, 'cancelled');
    assert.strictEqual(document.getText(), original);
  });

  it('rollup KRs take no check-in: absent from the picker, refused by id with the ids they roll up', async () => {
    let offered: string[] = [];
    const prompts: Prompts = {
      pickKeyResult: async (groups) => {
        offered = groups.flatMap((g) => g.candidates.map((c) => c.keyResult.id));
        return undefined;
      },
    };
    await checkIn({ prompts });
    assert.ok(offered.includes('CO-2.2'), offered.join(' '));
    assert.ok(!offered.includes('CO-2.1'), 'CO-2.1 (rollup: children) is offered');
    const { document } = await showWorkspaceFile('company.okr.yaml');
    const original = document.getText();
    const outcome = await checkIn({ krId: 'CO-2.1', value: 16, confidence: 0.5, note: '' });
    assert.strictEqual(outcome.status, 'refused');
    assert.match((outcome as { message: string }).message, /^CO-2\.1 is a rollup \(rollup: children\): its value comes from .*PLAT-1\.1/);
    assert.strictEqual(document.getText(), original);
  });

  it('refuses a file with a YAML syntax error and never writes into it', async () => {
    const editor = await showWorkspaceFile('teams/platform.okr.yaml');
    const document = editor.document;
    await editor.edit((builder) => builder.insert(document.lineAt(document.lineCount - 1).range.end, '\n  - id: [broken\n'));
    const broken = document.getText();
    const outcome = await checkIn({ krId: 'PLAT-1.1', prompts: answers(9, 0.5, '') });
    assert.strictEqual(outcome.status, 'refused');
    assert.match((outcome as { message: string }).message, /YAML error .*nothing was written/);
    assert.strictEqual(document.getText(), broken);
  });

  it('saves the file after the check-in when okr.checkin.autoSave is on', async () => {
    // A file of its own: saving must not change the examples other suites read.
    const uri = workspaceFile('teams/autosave-checkin.okr.yaml');
    const text = 'okr: 1\nteam: Saved\nperiod: 2026-Q4\nobjectives:\n  - id: SAV-1\n    title: Keep it saved\n    key_results:\n      - id: SAV-1.1\n        title: Raise saves from 0 to 10\n        baseline: 0\n        target: 10\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      api.workspace.refresh(document); // known to the workspace before the command runs
      const outcome = await withSetting('checkin.autoSave', true, () => checkIn({ krId: 'SAV-1.1', value: 1, confidence: 0.5, note: 'saved' }));
      assert.strictEqual(outcome.status, 'written', JSON.stringify(outcome));
      assert.strictEqual(document.isDirty, false);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.deepStrictEqual(checkinsOf(onDisk, 'SAV-1.1'), [{ date: localToday(), value: 1, confidence: 0.5, note: 'saved' }]);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('walks through my due KRs in one flow and stops at Escape', async () => {
    // carol's KRs are all in platform.okr.yaml (other suites need growth.okr.yaml unopened)
    await withSetting('me', 'carol', async () => {
      const snapshot = api.workspace.snapshot();
      const due = checkinCandidates(snapshot.okrFiles, snapshot.progress, { owner: 'carol', dueOnly: true }).flatMap(
        (g) => g.candidates.map((c) => c.keyResult.id),
      );
      let confidences = 0;
      const outcome = await vscode.commands.executeCommand<WeeklyOutcome>('okr.weeklyCheckIn', {
        prompts: { ...answers(1, 0.5, 'first'), pickConfidence: async () => (++confidences === 1 ? 0.5 : undefined) },
      });
      assert.deepStrictEqual(outcome.due, due);
      assert.ok(due.every((id) => id.startsWith('PLAT-2')), due.join());
      if (due.length === 0) return; // after the examples' quarter nothing is due
      assert.deepStrictEqual(outcome.written, [due[0]], JSON.stringify(outcome));
      assert.strictEqual(outcome.cancelled, due.length > 1);
      const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
      assert.strictEqual(checkinsOf(document.getText(), due[0]).at(-1)?.note, 'first');
    });
  });

  it('weekly walk: Skip leaves a KR, Back returns to the previous step and KR, an Escaped note still writes', async () => {
    await withSetting('me', 'carol', async () => {
      const snapshot = api.workspace.snapshot();
      const due = checkinCandidates(snapshot.okrFiles, snapshot.progress, { owner: 'carol', dueOnly: true }).flatMap(
        (g) => g.candidates.map((c) => c.keyResult.id),
      );
      if (due.length < 2) return; // after the examples' quarter nothing is due
      const navigate = (to: 'back' | 'skip') => Object.assign(new Error(to), { name: 'StepNavigation', to });
      const steps: string[] = [];
      let values = 0;
      let notes = 0;
      const prompts: Prompts = {
        // KR 1: value 10; KR 2: Skip at the value; then Back (to KR 2 … and Back again to KR 1 …)
        inputValue: async (prompt) => {
          values++;
          steps.push(`value ${prompt.title.split(':')[0]}`);
          if (values === 2) throw navigate('skip');
          return 10 + values;
        },
        pickConfidence: async (_title, last) => {
          steps.push(`confidence last=${String(last)}`);
          return 0.7;
        },
        inputNote: async () => {
          notes++;
          steps.push(`note ${notes}`);
          if (notes === 1) throw navigate('back'); // back to the confidence of KR 1
          return notes === 2 ? undefined : 'line one\nline two'; // Escape on the note: written without one
        },
      };
      const outcome = await vscode.commands.executeCommand<WeeklyOutcome>('okr.weeklyCheckIn', { prompts });
      assert.deepStrictEqual(outcome.written.slice(0, 1), [due[0]], JSON.stringify({ outcome, steps }));
      assert.ok(outcome.skipped.includes(due[1]), JSON.stringify({ outcome, steps }));
      assert.deepStrictEqual(steps.slice(0, 5), [`value Check in ${due[0]} (1 of ${due.length})`, steps[1], 'note 1', steps[1], 'note 2'], JSON.stringify(steps));
      assert.strictEqual(steps[5], `value Check in ${due[1]} (2 of ${due.length})`);
      const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
      const first = checkinsOf(document.getText(), due[0]).at(-1);
      assert.deepStrictEqual([first?.value, first?.confidence, first?.note], [11, 0.7, undefined], 'the Escaped note keeps value and confidence');
      if (due.length > 2) {
        const third = checkinsOf(document.getText(), due[2]).at(-1);
        assert.strictEqual(third?.note, 'line one\nline two', 'a multi-line note is kept');
      }
    });
  });
});
