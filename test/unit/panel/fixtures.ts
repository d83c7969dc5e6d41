// OKR texts for the panel, check-in and status tests, parsed with the real parser.
import { readFileSync } from 'fs';
import * as path from 'path';
import type { OkrFile } from '../../../src/core/format/model';
import { parseOkrText } from '../../../src/core/format/parse';

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
