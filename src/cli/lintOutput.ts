// Renders findings for the terminal, as JSON (1-based lines and columns) and as SARIF 2.1.0.
import * as path from 'path';
import { readmeSection, ruleDocsUrl } from '../core/docs';
import { RULES } from '../core/lint';
import { terminalSafe } from '../core/text/terminal';
import type { Finding } from '../core/types';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

export function toJsonFindings(findings: Finding[], cwd: string): JsonFinding[] {
  return findings.map((f) => ({
    file: displayPath(f.file, cwd),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
  }));
}

export function renderText(findings: Finding[], cwd: string, filesChecked: number): string {
  const lines: string[] = [];
  let current = '';
  for (const f of toJsonFindings(findings, cwd)) {
    if (f.file !== current) {
      if (current) lines.push('');
      lines.push(terminalSafe(f.file));
      current = f.file;
    }
    lines.push(`  ${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${terminalSafe(f.message)}  ${terminalSafe(f.rule)}`);
  }
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  if (lines.length) lines.push('');
  lines.push(
    findings.length === 0
      ? `No problems in ${plural(filesChecked, 'OKR file')}.`
      : `${plural(findings.length, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info) in ${plural(filesChecked, 'OKR file')}.`,
  );
  return lines.join('\n') + '\n';
}

export function renderSarif(findings: Finding[], cwd: string, version: string): string {
  const ruleIds = [...new Set([...RULES.map((r) => r.id), ...findings.map((f) => f.rule)])];
  const summaries = new Map(RULES.map((r) => [r.id, r.summary]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'okr-lens',
            version,
            informationUri: readmeSection('rules'),
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: summaries.get(id) ?? id },
              helpUri: ruleDocsUrl(id),
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(cwd) + '/' } },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: f.severity === 'info' ? 'note' : f.severity,
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriPath(displayPath(f.file, cwd)), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: f.range.start.line + 1,
                  startColumn: f.range.start.character + 1,
                  endLine: f.range.end.line + 1,
                  endColumn: f.range.end.character + 1,
                },
              },
            },
          ],
          relatedLocations: (f.related ?? []).map((r, index) => ({
            id: index,
            message: { text: r.message },
            physicalLocation: {
              artifactLocation: { uri: uriPath(displayPath(r.file, cwd)), uriBaseId: '%SRCROOT%' },
              region: { startLine: r.range.start.line + 1, startColumn: r.range.start.character + 1 },
            },
          })),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

export function displayPath(file: string, cwd: string): string {
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return relative.split(path.sep).join('/');
}

function pathToFileUri(folder: string): string {
  return 'file://' + uriPath(path.resolve(folder).split(path.sep).join('/'));
}

/** A `/`-separated path as a URI path per RFC 3986: each segment percent-encoded (`#` and `?` too). */
function uriPath(posixPath: string): string {
  return posixPath
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
