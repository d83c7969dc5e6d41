// OKR texts for the panel, check-in and status tests, parsed with the real parser.
import type { Cascade, WorkspaceProgress } from '../../../src/core/cascade';
import { renderPanelParts } from '../../../src/core/render/panel';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { OkrFile } from '../../../src/core/format/model';
import { parseOkrText } from '../../../src/core/format/parse';
import { OkrWorkspace } from '../../../src/core/workspace';

export const EXAMPLES = path.resolve(__dirname, '../../../examples');

export function modelOf(text: string, file = 'test.okr.yaml'): OkrFile {
  const parsed = parseOkrText(text, file);
  if (!parsed.model) throw new Error(`fixture did not parse: ${parsed.findings.map((f) => f.message).join('; ')}`);
  return parsed.model;
}

export function exampleModels(): OkrFile[] {
  return ['company.okr.yaml', 'teams/platform.okr.yaml', 'teams/growth.okr.yaml'].map((name) =>
    modelOf(readFileSync(path.join(EXAMPLES, name), 'utf8'), name),
  );
}

export const XSS = {
  script: '<script>window.__pwned = 1</script>',
  img: '<img src=x onerror="window.__pwned = 2">',
  style: '</style><style>body{display:none}</style>',
  link: '[click me](javascript:window.__pwned=3)',
};

/** Every string a person can type into an OKR file, made hostile. */
export const HOSTILE = `okr: 1
team: '${XSS.img}'
period: 2026-Q4
objectives:
  - id: EVIL-1
    title: '${XSS.script}'
    owner: '"><svg onload=window.__pwned=4>'
    key_results:
      - id: EVIL-1.1
        title: '${XSS.style}'
        owner: "mallory' onmouseover='window.__pwned=5"
        unit: '<b>u</b>'
        baseline: 0
        target: 10
        checkins:
          - date: 2026-10-05
            value: 2
            confidence: 0.5
            note: "${XSS.link} <script>window.__pwned=6</script> and [a site](https://example.com)"
      - id: EVIL-1.2
        title: Milestone <iframe src="javascript:window.__pwned=7">
        type: milestone
        done: false
`;

export function hostileModel(): OkrFile {
  return modelOf(HOSTILE, 'evil.okr.yaml');
}

/** Every examples file (engineering too, so CO-2.1 rolls up four KRs) plus `extra` files, keyed by relative path. */
export function exampleWorkspace(extra: Record<string, string> = {}): OkrWorkspace {
  const workspace = new OkrWorkspace();
  for (const name of ['company.okr.yaml', 'engineering.okr.yaml', 'teams/platform.okr.yaml', 'teams/growth.okr.yaml']) {
    workspace.update(name, readFileSync(path.join(EXAMPLES, name), 'utf8'));
  }
  for (const [name, text] of Object.entries(extra)) workspace.update(name, text);
  return workspace;
}

export function modelsOf(workspace: OkrWorkspace): OkrFile[] {
  return workspace.all().map((parsed) => parsed.model!);
}

/** On 2026-12-20 PLAT-1.2 (half its milestone weight done, 88% of Q4 gone) is off track; OPS-1.1 on its own is on track. */
export const LATE_Q4 = '2026-12-20';
export const BLOCKED_OPS = `okr: 1
team: Ops
period: 2026-Q4
objectives:
  - id: OPS-1
    title: Run deploys for everyone
    key_results:
      - id: OPS-1.1
        title: Onboard teams to the pager rota
        baseline: 0
        target: 100
        depends_on: [PLAT-1.2]
        checkins:
          - date: 2026-12-18
            value: 85
`;

/** The whole of #root in one string, every card in the page: what the webview shows once all are in. */
export function wholeBody(files: readonly OkrFile[], figures: WorkspaceProgress, cascade?: Cascade): string {
  return renderPanelParts(files, figures, cascade, Infinity).html;
}
