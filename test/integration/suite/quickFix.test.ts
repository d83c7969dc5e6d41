import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { applyCodeAction, findQuickFix } from '../helpers/codeActions';
import { ruleOf, ruleWithin, waitForDiagnostics, withRule } from '../helpers/diagnostics';
import { DUPLICATE_ID_TEXT } from '../helpers/fixtures';
import { linesOfItem, revertDirtyDocuments, showWorkspaceFile, writeWorkspaceFile } from '../helpers/workspace';

interface KeyResultShape {
  id: string;
  title: string;
  [field: string]: unknown;
}
interface ObjectiveShape {
  id: string;
  key_results?: KeyResultShape[];
  initiatives?: { title: string }[];
}

function objectives(text: string): ObjectiveShape[] {
  return (parse(text) as { objectives: ObjectiveShape[] }).objectives;
}

/** Waits until `rule` is reported on the key result `krId` (earlier reports may be for older text). */
async function diagnosticOnItem(document: vscode.TextDocument, rule: string, krId: string): Promise<vscode.Diagnostic> {
  const lines = linesOfItem(document.getText(), krId);
  const diagnostics = await waitForDiagnostics(document.uri, (current) => ruleWithin(current, rule, lines).length > 0);
  return ruleWithin(diagnostics, rule, lines)[0];
}

async function undoUntil(document: vscode.TextDocument, expected: string): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('undo');
  assert.strictEqual(document.getText(), expected, 'undo should restore the text before the quick fix');
}

describe('quick fixes', () => {
  afterEach(revertDirtyDocuments);

  it('"Move to initiatives" turns a task-like KR into an initiative, and undo restores it', async () => {
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    const original = document.getText();
    const onDemoVideo = await diagnosticOnItem(document, 'kr-task-like', 'PLAT-1.3');

    await applyCodeAction(await findQuickFix(document.uri, onDemoVideo, (title) => title === 'Move to initiatives'));

    const changed = document.getText();
    assert.notStrictEqual(changed, original);
    const plat1 = objectives(changed).find((objective) => objective.id === 'PLAT-1');
    assert.ok(plat1);
    assert.deepStrictEqual(plat1.key_results?.map((kr) => kr.id), ['PLAT-1.1', 'PLAT-1.2']);
    const initiativeTitles = plat1.initiatives?.map((initiative) => initiative.title) ?? [];
    assert.ok(initiativeTitles.includes('Parallelise CI'), 'the existing initiative must stay');
    assert.ok(
      initiativeTitles.includes('Prepare a demo video of the deploy flow'),
      `the KR's title should become an initiative; initiatives are ${JSON.stringify(initiativeTitles)}`,
    );
    assert.ok(changed.startsWith('# Platform team OKRs.'), 'the edit must keep the comments');
    assert.ok(
      changed.includes('\n      - title: Prepare a demo video of the deploy flow   # a task, not an outcome\n        owner: alice\n'),
      `the initiative must carry the KR's end-of-line comment:\n${changed}`,
    );
    assert.strictEqual(changed.split('# a task, not an outcome').length, 2, 'the comment is moved, not copied');
    await waitForDiagnostics(document.uri, (current) => !current.some((d) => ruleOf(d) === 'kr-task-like'));

    await undoUntil(document, original);
  });

  it('"Add baseline and target …" gives a KR without a target both fields', async () => {
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    const original = document.getText();
    const onAlerting = await diagnosticOnItem(document, 'kr-no-target', 'PLAT-2.2');

    await applyCodeAction(await findQuickFix(document.uri, onAlerting, (title) => title.startsWith('Add baseline')));

    const alerting = objectives(document.getText())
      .flatMap((objective) => objective.key_results ?? [])
      .find((kr) => kr.id === 'PLAT-2.2');
    assert.ok(alerting, 'PLAT-2.2 should still be a key result');
    assert.ok('baseline' in alerting && 'target' in alerting, `PLAT-2.2 is now ${JSON.stringify(alerting)}`);

    await undoUntil(document, original);
  });

  it('"Rename to …" makes a duplicate id unique', async () => {
    const uri = await writeWorkspaceFile('twins.okr.yaml', DUPLICATE_ID_TEXT);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const duplicate = (await waitForDiagnostics(uri, withRule('duplicate-id'))).find((d) => ruleOf(d) === 'duplicate-id');
    assert.ok(duplicate);

    const rename = await findQuickFix(uri, duplicate, (title) => title.startsWith('Rename to '));
    const proposedId = rename.title.slice('Rename to '.length).replace(/^[“"']|[”"']$/g, '').trim();
    await applyCodeAction(rename);

    const ids = objectives(document.getText()).flatMap((objective) => (objective.key_results ?? []).map((kr) => kr.id));
    assert.strictEqual(new Set(ids).size, ids.length, `ids should be unique now: ${ids.join(', ')}`);
    assert.ok(ids.includes(proposedId), `the title promised ${proposedId}; ids are ${ids.join(', ')}`);
    await waitForDiagnostics(uri, (current) => !current.some((d) => ruleOf(d) === 'duplicate-id'));
  });
});
