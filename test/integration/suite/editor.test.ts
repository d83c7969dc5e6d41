import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyCodeAction, findQuickFix } from '../helpers/codeActions';
import { ruleOf, waitForDiagnostics } from '../helpers/diagnostics';
import { revertDirtyDocuments, workspaceFile, writeWorkspaceFile } from '../helpers/workspace';
import { linksApi, waitForWork } from '../helpers/links';

const CACHE_TS = 'src/ci/cache.ts';
/** `  // TODO(PLAT-1.1): …` is line 3 (0-based 2); the id starts at column 10. */
const ID_IN_CACHE_TS = new vscode.Position(2, 12);

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

describe('editor features for ids', () => {
  before(() => linksApi());

  it('hover on an id in code shows the KR: title, owner, progress, links', async () => {
    const uri = workspaceFile(CACHE_TS);
    await vscode.workspace.openTextDocument(uri);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, ID_IN_CACHE_TS));
    assert.match(text, /PLAT\\-1\\\.1\*\* Cut project lead time from 10 to 8 days/);
    assert.match(text, /Owner: bob/);
    assert.match(text, /\d+% \(expected \d+%\)/);
    assert.match(text, /2 TODOs/);
  });

  it('shows nothing for an id-shaped word that is no KR', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'encoded as UTF-8 and NOPE-1.1' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 23));
    assert.doesNotMatch(hoverText(hovers), /Owner|TODO/);
  });

  it('Go to Definition jumps to the id in the OKR file', async () => {
    const uri = workspaceFile(CACHE_TS);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, ID_IN_CACHE_TS);
    const ours = locations.map((l) => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetRange) : l)).filter((l) => l.uri.path.endsWith('.okr.yaml'));
    assert.strictEqual(ours.length, 1, JSON.stringify(locations));
    assert.strictEqual(ours[0].uri.toString(), workspaceFile('teams/platform.okr.yaml').toString());
    const yaml = await vscode.workspace.openTextDocument(ours[0].uri);
    assert.strictEqual(yaml.getText(ours[0].range), 'PLAT-1.1');
  });

  it('completes ids after "TODO(", with the title as detail', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: '// TODO(PLA' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 11), '(');
    const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
    const kr = list.items.find((item) => label(item) === 'PLAT-1.1');
    assert.ok(kr, `items: ${list.items.map(label).slice(0, 20).join(', ')}`);
    assert.strictEqual(kr.detail, 'Cut project lead time from 10 to 8 days');
    assert.ok(list.items.some((item) => label(item) === 'PLAT-1'), 'objectives are offered too');
    assert.deepStrictEqual((kr.range as vscode.Range).start, new vscode.Position(0, 8), 'replaces what was typed of the id');
  });

  it('offers no ids outside a tag', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: 'call(' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 5), '(');
    assert.ok(!list.items.some((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'PLAT-1.1'));
  });

  it('puts a CodeLens with the linked work above each KR; a click lists the TODOs', async () => {
    const uri = workspaceFile('teams/platform.okr.yaml');
    const yaml = await vscode.workspace.openTextDocument(uri);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const line = yaml.getText().split('\n').findIndex((text) => /- id: PLAT-1\.1\s*$/.test(text));
    const lens = lenses.find((l) => l.range.start.line === line);
    assert.ok(lens?.command, `lenses at ${lenses.map((l) => `${l.range.start.line}:${l.command?.title}`).join(', ')}`);
    assert.match(lens.command.title, /^2 TODOs\b/);
    assert.strictEqual(lens.command.command, 'okr.showReferences');
    const unlinked = lenses.find((l) => l.range.start.line === yaml.getText().split('\n').findIndex((text) => /- id: PLAT-1\.3\s*$/.test(text)));
    assert.strictEqual(unlinked?.command?.title, 'no linked work');
  });

  it('F2 on an id in code renames it in its definition, in another OKR file and in code, in one edit; a typo gets "did you mean"', async () => {
    const files = {
      a: 'renamed/zzr-a.okr.yaml',
      b: 'renamed/zzr-b.okr.yaml',
      code: 'renamed/probe.ts',
    };
    const texts = {
      a: 'okr: 1\nteam: Z\nperiod: 2026-Q4\nobjectives:\n  - id: ZZR-1\n    title: Zed\n    key_results:\n      - id: ZZR-1.1   # keep me\n        title: Zed metric\n        baseline: 1\n        target: 2\n',
      b:
        'okr: 1\nteam: Y\nperiod: 2026-Q4\nobjectives:\n  - id: ZZY-1\n    title: Why\n    aligns_to: [ZZR-1.1]\n    key_results:\n' +
        "      - id: ZZY-1.1\n        title: Why metric\n        baseline: 1\n        target: 2\n        depends_on:\n          - 'ZZR-1.1'\n",
      code: '// TODO(ZZR-1.1): probe the rename\n// TODO(ZZR-1.11): a typo\n',
    };
    const links = await linksApi();
    const uris = { a: await writeWorkspaceFile(files.a, texts.a), b: await writeWorkspaceFile(files.b, texts.b), code: await writeWorkspaceFile(files.code, texts.code) };
    try {
      await vscode.workspace.openTextDocument(uris.code); // code actions need the document's model
      await vscode.commands.executeCommand('okr.refresh'); // the new files, read now rather than when the watcher fires
      await waitForWork(
        links,
        () => {
          const snapshot = links.workspace.snapshot();
          return snapshot.lookup('ZZY-1.1') && snapshot.work.referencesTo('ZZR-1.1').length === 1 ? true : undefined;
        },
        'the temp OKR files and the TODO',
      );
      const typo = (await waitForDiagnostics(uris.code, (current) => current.some((d) => ruleOf(d) === 'unknown-kr-reference'))).find(
        (d) => ruleOf(d) === 'unknown-kr-reference',
      )!;
      const didYouMean = await findQuickFix(uris.code, typo, (title) => title.startsWith('Did you mean ZZR-1.1?'));

      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uris.code, new vscode.Position(0, 10), 'ZZR-1.5');
      // The provider marks its edits for the preview; apply them as the preview's "Apply" does.
      const plain = new vscode.WorkspaceEdit();
      for (const [uri, edits] of edit.entries()) for (const e of edits) plain.replace(uri, e.range, e.newText);
      assert.deepStrictEqual(edit.entries().map(([uri]) => uri.path.split('/').pop()).sort(), ['probe.ts', 'zzr-a.okr.yaml', 'zzr-b.okr.yaml']);
      assert.ok(await vscode.workspace.applyEdit(plain));
      const textOf = async (uri: vscode.Uri) => (await vscode.workspace.openTextDocument(uri)).getText();
      assert.strictEqual(await textOf(uris.a), texts.a.replace('id: ZZR-1.1   # keep me', 'id: ZZR-1.5   # keep me'));
      assert.strictEqual(await textOf(uris.b), texts.b.replace('aligns_to: [ZZR-1.1]', 'aligns_to: [ZZR-1.5]').replace("- 'ZZR-1.1'", "- 'ZZR-1.5'"));
      assert.strictEqual(await textOf(uris.code), texts.code.replace('TODO(ZZR-1.1)', 'TODO(ZZR-1.5)'));

      // The quick fix computed before the rename still names the id it was offered for.
      await applyCodeAction(didYouMean);
      assert.strictEqual(await textOf(uris.code), '// TODO(ZZR-1.5): probe the rename\n// TODO(ZZR-1.1): a typo\n');

      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uris.a, new vscode.Position(4, 10), 'ZZY-1')),
        /ZZY-1 already exists/,
      );
    } finally {
      await revertDirtyDocuments();
      await vscode.workspace.fs.delete(workspaceFile('renamed'), { recursive: true });
    }
  });

  it('contributes the injection grammar that scopes ids in comments', () => {
    const grammars = vscode.extensions.getExtension('okr-lens.okr-lens')!.packageJSON.contributes.grammars;
    const injection = grammars.find((g: { scopeName: string }) => g.scopeName === 'okr.references.injection');
    assert.ok(injection && injection.injectTo.includes('source.ts') && injection.injectTo.includes('source.python'));
  });
});
