// What VS Code hands a webview's script, typed to the panel's protocol: the script can post only a
// `FromWebview` and save only a `PanelState`. What it reads back (`getState`) is whatever an older
// version saved, so it stays `unknown` until `parsePanelState` has checked it.
import type { FromWebview, PanelState } from '../core/render/protocol';

export interface PanelApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: PanelState): void;
}

/** Provided by the webview host; callable once per page. */
declare function acquireVsCodeApi(): PanelApi;

export function panelApi(): PanelApi {
  return acquireVsCodeApi();
}
