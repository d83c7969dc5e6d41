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

/**
 * The findings for a terminal, written in chunks of about 64 KB: a hostile repository's tens of
 * thousands of findings never sit in memory as one string (nor as its UTF-8 copy).
 */
export function writeText(findings: Finding[], cwd: string, filesChecked: number, write: (text: string) => void): void {
  let chunk = '';
  const line = (text: string) => {
    chunk += text + '\n';
    if (chunk.length >= 64 * 1024) {
      write(chunk);
      chunk = '';
    }
  };
  let current: string | undefined;
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    const file = displayPath(f.file, cwd);
    if (file !== current) {
      if (current !== undefined) line('');
      line(terminalSafe(file));
      current = file;
    }
    line(`  ${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity.padEnd(7)}  ${terminalSafe(f.message)}  ${terminalSafe(f.rule)}`);
  }
  if (findings.length) line('');
  line(
    findings.length === 0
      ? `No problems in ${plural(filesChecked, 'OKR file')}.`
      : `${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${findings.length - errors - warnings} info) in ${plural(filesChecked, 'OKR file')}.`,
  );
  if (chunk) write(chunk);
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
