// Small inline OKR files for the cascade tests.
import { buildCascade, findingsForCascade } from '../../../src/core/cascade';
import { parseOkrText, ParsedOkrFile } from '../../../src/core/format/parse';
import type { Finding } from '../../../src/core/types';

export interface KrSpec {
  id: string;
  title?: string;
  baseline?: number;
  target?: number;
  value?: number;
  weight?: number;
  aligns?: string[];
  depends?: string[];
  rollup?: boolean;
}

export interface ObjectiveSpec {
  id: string;
  title?: string;
  aligns?: string[];
  krs?: KrSpec[];
}

export interface FileSpec {
  team?: string;
  period?: string;
  parent?: string;
  objectives: ObjectiveSpec[];
}

/** YAML text of an OKR file; KR check-ins are dated inside 2026-Q4. */
export function okrYaml(spec: FileSpec): string {
  const lines = ['okr: 1', `team: ${spec.team ?? 'Team'}`, `period: ${spec.period ?? '2026-Q4'}`];
  if (spec.parent !== undefined) lines.push(`parent: ${spec.parent}`);
  lines.push('objectives:');
  for (const objective of spec.objectives) {
    lines.push(`  - id: ${objective.id}`, `    title: ${JSON.stringify(objective.title ?? `Objective ${objective.id}`)}`);
    if (objective.aligns) lines.push(`    aligns_to: [${objective.aligns.join(', ')}]`);
    lines.push('    key_results:');
    for (const kr of objective.krs ?? []) {
      lines.push(`      - id: ${kr.id}`, `        title: ${JSON.stringify(kr.title ?? `Raise metric ${kr.id} from 0 to 100`)}`);
      lines.push(`        baseline: ${kr.baseline ?? 0}`, `        target: ${kr.target ?? 100}`);
      if (kr.weight !== undefined) lines.push(`        weight: ${kr.weight}`);
      if (kr.aligns) lines.push(`        aligns_to: [${kr.aligns.join(', ')}]`);
      if (kr.depends) lines.push(`        depends_on: [${kr.depends.join(', ')}]`);
      if (kr.rollup) lines.push('        rollup: children');
      if (kr.value !== undefined) lines.push('        checkins:', '          - date: 2026-10-10', `            value: ${kr.value}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function parseAll(files: Record<string, string | FileSpec>): ParsedOkrFile[] {
  return Object.entries(files).map(([file, content]) =>
    parseOkrText(typeof content === 'string' ? content : okrYaml(content), file),
  );
}

/** The 0-based line of the first line containing `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`"${needle}" not in text`);
  return line;
}

/** The cascade rules' findings over parsed files. */
export function cascadeFindings(files: ParsedOkrFile[]): Finding[] {
  return findingsForCascade(buildCascade(files));
}
