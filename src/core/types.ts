// Shared value types of the pure core. Positions are 0-based (like VS Code); the CLI prints 1-based.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

/** One problem found in a file: the core's diagnostic, rendered by the adapters and the CLI. */
export interface Finding {
  /** Stable kebab-case rule id, e.g. `kr-task-like`, `schema`, `yaml-syntax`. */
  rule: string;
  severity: Severity;
  message: string;
  /** The file the finding is in (the path or URI string the file was parsed with). */
  file: string;
  range: Range;
  related?: RelatedLocation[];
  /** Rule-specific data for quick fixes, e.g. `{ krId: 'PLAT-1.1' }`. */
  data?: Record<string, unknown>;
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export const ZERO_RANGE: Range = range(0, 0, 0, 0);
