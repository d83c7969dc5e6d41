// Small builders for hand-made models: only the fields a test cares about, the rest defaulted.
import type { CheckIn, KeyResult, Milestone, Objective, OkrFile, Period } from '../../../src/core/format/model';
import { buildCascade, workspaceProgress, WorkspaceProgress } from '../../../src/core/cascade';
import type { ProgressOptions } from '../../../src/core/progress';
import { ZERO_RANGE } from '../../../src/core/types';

const ranges = () => ({ node: ZERO_RANGE, keys: {}, values: {} });

/** 2026-10-01 .. 2026-12-31: 92 days, so 2026-11-15 is day 46 and exactly half of it. */
export const Q4: Period = { label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' };
export const MID_Q4 = '2026-11-15';

export function checkin(date: string, value?: number | boolean, extra: Partial<CheckIn> = {}): CheckIn {
  return { date, value, ranges: ranges(), ...extra };
}

export function milestone(title: string, done: boolean, weight = 1): Milestone {
  return { title, done, weight, ranges: ranges() };
}

export function keyResult(fields: Partial<KeyResult> = {}): KeyResult {
  return {
    id: 'KR-1',
    title: 'A key result',
    type: 'metric',
    weight: 1,
    checkins: [],
    aligns_to: [],
    depends_on: [],
    index: 0,
    ranges: ranges(),
    ...fields,
  };
}

/** A 0 → 100 metric KR whose latest check-in is `value`: its progress is value / 100. */
export function percentKr(value: number | undefined, fields: Partial<KeyResult> = {}): KeyResult {
  return keyResult({
    baseline: 0,
    target: 100,
    checkins: value === undefined ? [] : [checkin('2026-11-14', value)],
    ...fields,
  });
}

export function objective(id: string, key_results: KeyResult[], fields: Partial<Objective> = {}): Objective {
  return {
    id,
    title: `Objective ${id}`,
    aligns_to: [],
    key_results,
    initiatives: [],
    index: 0,
    ranges: ranges(),
    ...fields,
  };
}

export function okrFile(file: string, objectives: Objective[], fields: Partial<OkrFile> = {}): OkrFile {
  return { file, team: 'Team', period: Q4, objectives, ranges: ranges(), ...fields };
}

/** Figures for hand-made files outside any workspace: no cascade, so no rollups and no blockers. */
export function figuresOf(options: ProgressOptions): WorkspaceProgress {
  return workspaceProgress(buildCascade([]), options);
}

type JsonObject = Record<string, unknown>;

/** `okr report --format json` as the tests read it: objectives and their KRs as plain records. */
export interface ReportJson {
  today: unknown;
  zones: unknown;
  periods: unknown;
  objectives: (JsonObject & { key_results: JsonObject[] })[];
}

export const parseReportJson = (text: string): ReportJson => JSON.parse(text) as ReportJson;
