// The progress panel's webview: one panel at a time, rendered from the index and re-rendered when
// an OKR file changes; survives reloads through a serializer (activation `onWebviewPanel:okr.progress`).
import { randomBytes } from 'crypto';
import { readFileSync } from 'fs';
import * as vscode from 'vscode';
import type { OkrIndex } from '../workspace/okrFiles';
import { localToday } from '../../core/today';
import { okrFilesOf } from '../checkin/options';
import { toRange } from '../common/convert';
import { isSafeLink } from '../../core/render/markdown';
import { FromWebview, parseFromWebview, ToWebview } from '../../core/render/protocol';
import { PANEL_TITLE, PanelBody, renderPanelPage, renderPanelParts } from '../../core/render/panel';

export const PANEL_VIEW_TYPE = 'okr.progress';

export class ProgressPanel implements vscode.Disposable {
  private static current: ProgressPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private renderQueued = false;
  /** The body built for the model as it is and the day it is: rebuilt only when either moves on. */
  private built: { body: PanelBody; today: string } | undefined;
  /** What the webview has been sent since it last (re)loaded its page. */
  private sent: PanelBody | undefined;

  static show(extensionUri: vscode.Uri, index: OkrIndex): ProgressPanel {
    if (ProgressPanel.current) {
      ProgressPanel.current.panel.reveal();
      return ProgressPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, PANEL_TITLE, vscode.ViewColumn.Beside, webviewOptions(extensionUri));
    return new ProgressPanel(panel, extensionUri, index);
  }

  /** A panel VS Code restored after a reload; its webview state comes back through getState. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, index: OkrIndex): ProgressPanel {
    ProgressPanel.current?.dispose();
    panel.webview.options = webviewOptions(extensionUri);
    return new ProgressPanel(panel, extensionUri, index);
  }

  static get open(): ProgressPanel | undefined {
    return ProgressPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly index: OkrIndex,
  ) {
    ProgressPanel.current = this;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'okr-lens.svg');
    panel.webview.html = this.page();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message) => this.receive(parseFromWebview(message))),
      index.onDidChange(() => {
        this.built = undefined;
        this.scheduleRender();
      }),
    );
    // The first workspace pass may still be running when a restored panel opens.
    void index.start().then(() => this.scheduleRender());
  }

  dispose(): void {
    if (ProgressPanel.current === this) ProgressPanel.current = undefined;
    this.panel.dispose();
    this.disposables.forEach((d) => d.dispose());
    this.disposables.length = 0;
  }

  /** Coalesces a burst of file changes into one render; a hidden panel renders when shown again. */
  private scheduleRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      const body = this.body();
      if (body === this.sent) return;
      this.sent = body;
      void this.post({ type: 'render', ...body });
    });
  }

  private post(message: ToWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  private body(): PanelBody {
    const today = localToday();
    if (this.built?.today !== today) {
      const model = this.index.model;
      this.built = { body: renderPanelParts(okrFilesOf(model), model.progressOptions(today), model.cascade()), today };
    }
    return this.built.body;
  }

  private page(): string {
    return renderPanelPage(
      { cspSource: this.panel.webview.cspSource, nonce: randomBytes(16).toString('base64'), ...panelMedia(this.extensionUri) },
      // The first cards only: the page paints at once, and its 'ready' brings every card.
      this.body().html,
    );
  }

  private async receive(message: FromWebview | undefined): Promise<void> {
    switch (message?.type) {
      case 'ready':
        // A webview hidden and shown again reloads from the HTML set at creation: send the latest.
        this.sent = undefined;
        this.scheduleRender();
        return;
      case 'reveal':
        await revealId(this.index, message.id);
        return;
      case 'checkIn':
        await vscode.commands.executeCommand('okr.checkIn', { krId: message.krId });
        return;
      case 'openLink':
        if (isSafeLink(message.href)) await vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        return;
    }
  }
}

let media: { script: string; style: string } | undefined;

/** The webview's script and stylesheet, read once: the page carries them inline. */
function panelMedia(extensionUri: vscode.Uri): { script: string; style: string } {
  const read = (name: string) => readFileSync(vscode.Uri.joinPath(extensionUri, 'media', name).fsPath, 'utf8');
  media ??= { script: read('panel.js'), style: read('panel.css') };
  return media;
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')], retainContextWhenHidden: false };
}

/** Opens the OKR file with the objective's or KR's id selected. */
export async function revealId(index: OkrIndex, id: string): Promise<vscode.TextEditor | undefined> {
  const entry = index.model.idIndex().get(id);
  if (!entry) {
    void vscode.window.showWarningMessage(`${id} is no longer in the OKR files.`);
    return undefined;
  }
  const ranges = entry.keyResult?.ranges ?? entry.objective.ranges;
  const range = toRange(ranges.values.id ?? ranges.node);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entry.file));
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: range });
}
