// The progress panel's webview: one panel at a time, rendered from the index and re-rendered when
// an OKR file changes; survives reloads through a serializer (activation `onWebviewPanel:okr.progress`).
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { WorkspaceSnapshot } from '../../core/snapshot';
import { revealId } from '../common/reveal';
import type { WorkspaceService } from '../workspace/workspaceService';
import { isSafeLink } from '../../core/render/markdown';
import { FromWebview, parseFromWebview, ToWebview } from '../../core/render/protocol';
import { PANEL_TITLE, PanelBody, renderPanelPage, renderPanelParts } from '../../core/render/panel';

export const PANEL_VIEW_TYPE = 'okr.progress';

export class ProgressPanel implements vscode.Disposable {
  private static current: ProgressPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private renderQueued = false;
  /** The body built for one snapshot (one model version and day): rebuilt only when it moves on. */
  private built: { body: PanelBody; snapshot: WorkspaceSnapshot } | undefined;
  /** What the webview has been sent since it last (re)loaded its page. */
  private sent: PanelBody | undefined;

  static show(extensionUri: vscode.Uri, workspace: WorkspaceService): ProgressPanel {
    if (ProgressPanel.current) {
      ProgressPanel.current.panel.reveal();
      return ProgressPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, PANEL_TITLE, vscode.ViewColumn.Beside, webviewOptions(extensionUri));
    return new ProgressPanel(panel, extensionUri, workspace);
  }

  /** A panel VS Code restored after a reload; its webview state comes back through getState. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, workspace: WorkspaceService): ProgressPanel {
    ProgressPanel.current?.dispose();
    panel.webview.options = webviewOptions(extensionUri);
    return new ProgressPanel(panel, extensionUri, workspace);
  }

  static get open(): ProgressPanel | undefined {
    return ProgressPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly workspace: WorkspaceService,
  ) {
    ProgressPanel.current = this;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'okr-lens.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message) => this.receive(parseFromWebview(message))),
      workspace.onDidChange(() => this.scheduleRender()),
    );
    void this.load();
  }

  dispose(): void {
    if (ProgressPanel.current === this) ProgressPanel.current = undefined;
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
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
    const snapshot = this.workspace.snapshot();
    if (this.built?.snapshot !== snapshot) {
      this.built = { body: renderPanelParts(snapshot.okrFiles, snapshot.progress, snapshot.cascade), snapshot };
    }
    return this.built.body;
  }

  /** The page, once its script and stylesheet are read; a restored panel may open before the first pass ends. */
  private async load(): Promise<void> {
    const media = await panelMedia(this.extensionUri);
    await this.workspace.filesRead;
    if (ProgressPanel.current !== this) return;
    this.panel.webview.html = renderPanelPage(
      { cspSource: this.panel.webview.cspSource, nonce: randomBytes(16).toString('base64'), ...media },
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
        await revealId(this.workspace.snapshot(), message.id);
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

let media: Promise<{ script: string; style: string }> | undefined;

/** The webview's script (bundled from src/webview) and stylesheet, read once: the page carries them inline. */
function panelMedia(extensionUri: vscode.Uri): Promise<{ script: string; style: string }> {
  const read = async (...path: string[]) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...path)));
  media ??= Promise.all([read('dist', 'panel.js'), read('media', 'panel.css')]).then(([script, style]) => ({ script, style }));
  return media;
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')], retainContextWhenHidden: false };
}
