// The commented starter file `okr.createFile` writes. Pure.
import { readmeSection } from '../docs';

export const TEMPLATE_FILE_NAME = 'okrs.okr.yaml';

export function okrFileTemplate(team: string, period: string): string {
  return `# OKRs of ${team.replace(/[\r\n]+/g, ' ')}. One objective per outcome, 2-5 measurable key results each.
# Format: ${readmeSection('file-format')}
okr: 1
team: ${yamlScalar(team)}
period: ${period}                 # "YYYY-Qn", or { start: YYYY-MM-DD, end: YYYY-MM-DD }
# parent: ../company.okr.yaml     # the file this one cascades from, if any
objectives:
  - id: TEAM-1                    # unique across the workspace; reference it in code as TODO(TEAM-1.1)
    title: Describe the outcome you want, not the work
    owner: your-name
    key_results:
      - id: TEAM-1.1
        title: Raise the metric that shows the outcome from 40 to 60
        owner: your-name
        unit: "%"
        baseline: 40
        target: 60                # direction is inferred; or direction: increase|decrease|at_least|at_most
        checkins: []              # add one with "OKR: Check in" as the numbers move
      - id: TEAM-1.2
        title: Ship the thing that proves it to all customers
        type: milestone
        done: false
    initiatives:                  # the work that serves the key results (not key results themselves)
      - title: The first project
        serves: [TEAM-1.1]
`;
}

/** `2026-Q4` for a date in October 2026. */
export function quarterOf(date: Date): string {
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

/** A plain scalar when it is safe, else a double-quoted one (JSON strings are valid YAML). */
function yamlScalar(text: string): string {
  return /^[A-Za-z][A-Za-z0-9 _.-]*$/.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}
