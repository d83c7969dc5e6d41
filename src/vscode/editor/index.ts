// Editor features for ids: hover, Go to Definition and Rename (F2) in any file, completion after a comment tag,
// and a CodeLens above each KR in the OKR files.
import * as vscode from 'vscode';
import type { WorkspaceService } from '../workspace/workspaceService';
import type { WorkNode } from '../../core/view/okrTree';
import { KeyResultCodeLensProvider, SHOW_REFERENCES_COMMAND, showReferences } from './codeLens';
import { ID_TRIGGER_CHARACTERS, IdCompletionProvider } from './completion';
import { IdDefinitionProvider } from './definition';
import { IdHoverProvider } from './hover';
import { IdRenameProvider } from './rename';

const ANY_FILE: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }];
const OKR_FILES: vscode.DocumentSelector = [{ pattern: '**/*.okr.yaml' }];

export function registerEditor(context: vscode.ExtensionContext, workspace: WorkspaceService): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(ANY_FILE, new IdHoverProvider(workspace)),
    vscode.languages.registerDefinitionProvider(ANY_FILE, new IdDefinitionProvider(workspace)),
    vscode.languages.registerCompletionItemProvider(ANY_FILE, new IdCompletionProvider(workspace), ...ID_TRIGGER_CHARACTERS),
    vscode.languages.registerCodeLensProvider(OKR_FILES, new KeyResultCodeLensProvider(workspace)),
    vscode.languages.registerRenameProvider(ANY_FILE, new IdRenameProvider(workspace)),
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, (target: WorkNode | string) =>
      showReferences(workspace, typeof target === 'string' ? target : target.id ?? ''),
    ),
  );
}
