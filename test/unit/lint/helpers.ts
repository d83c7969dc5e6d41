// Small helpers for the lint tests: inline YAML without its indentation, lint it, and read back
// the source text a finding's range covers.
import { DEFAULT_CONFIG, OkrConfig } from '../../../src/core/config';
import { parseOkrText, ParsedOkrFile } from '../../../src/core/format/parse';
import { lintFile } from '../../../src/core/lint';
import type { Finding, Range } from '../../../src/core/types';

/** Template tag: strips the indentation common to all lines and the first and last blank lines. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n') + '\n';
}

/** A valid file header followed by the given `objectives:` items (a block sequence may start at column 0). */
export function okrFile(objectives: string, header = ''): string {
  return `okr: 1\nteam: Test\nperiod: 2026-Q4\n${header}objectives:\n${objectives}`;
}

export function parse(text: string, file = 'test.okr.yaml'): ParsedOkrFile {
  return parseOkrText(text, file);
}

/** Lints a fixture; a fixture that is not even valid YAML is a mistake in the test, so it throws. */
export function lint(text: string, options: { config?: OkrConfig; today?: string; file?: string } = {}): Finding[] {
  const parsed = parse(text, options.file);
  const broken = parsed.findings.find((found) => found.rule === 'yaml-syntax' || found.rule === 'duplicate-key');
  if (broken) throw new Error(`Test fixture is not valid YAML: ${broken.message}\n${text}`);
  return lintFile(parsed, options.config ?? DEFAULT_CONFIG, options.today);
}

export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((found) => found.rule === rule);
}

export function configWith(rules: OkrConfig['rules']): OkrConfig {
  return { ...DEFAULT_CONFIG, rules };
}

/** The source text a range covers. */
export function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [
    lines[range.start.line].slice(range.start.character),
    ...lines.slice(range.start.line + 1, range.end.line),
    lines[range.end.line].slice(0, range.end.character),
  ].join('\n');
}
