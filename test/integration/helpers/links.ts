// Helpers of the links/tree/editor/git integration tests. A `.test.ts` name only because of file
// ownership during parallel work: it declares no tests; it belongs in ../helpers/ (see the report).
import type { OkrLensTestApi } from '../../../src/extension';
import type { WorkNode } from '../../../src/core/view/okrTree';
import { okrExtension } from './workspace';

const TIMEOUT_MS = 10_000;

export async function linksApi(): Promise<OkrLensTestApi> {
  const api = (await okrExtension().activate()) as OkrLensTestApi;
  await api.ready;
  return api;
}

/** Resolves once `read()` returns something, re-checking on every change of the work model. Never sleeps. */
export function waitForWork<T>(links: OkrLensTestApi, read: () => T | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = read();
      if (value === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    };
    const subscription = links.workspace.onDidChange(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}`));
    }, TIMEOUT_MS);
    check();
  });
}

export function treeNodes(provider: { getChildren(node?: WorkNode): WorkNode[] }, parent?: WorkNode): WorkNode[] {
  return provider.getChildren(parent).flatMap((node) => [node, ...treeNodes(provider, node)]);
}
