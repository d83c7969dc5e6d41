// The review report model: every team, objective and KR with its figures, last check-in and what
// changed since the check-in before, plus the zone evaluation. Renderers live in report*.ts.
import type { CheckIn, Direction, KeyResult, OkrFile } from '../format/model';
import { isBoolean, isNumber } from './checkins';
import { metricProgress } from './kr';
import { periodProgress } from './rollup';
import { FileProgress, KrProgress, ProgressFigures, Rollup, Status, Zone, ZONES } from './types';

export interface ReportCheckin {
  date: string;
  value?: number | boolean;
  confidence?: number;
  note?: string;
}

/** From the check-in before the last one to the last one. */
export interface ReportChange {
  since: string;
  /** Numeric values only. */
  valueDelta?: number;
  progressDelta: number;
}

export interface ReportKeyResult {
  id: string;
  title: string;
  owner?: string;
  type: KeyResult['type'];
  unit?: string;
  baseline?: number;
  target?: number;
  direction?: Direction;
  progress: number;
  progressClamped: number;
  score: number;
  zone: Zone;
  status: Status;
  stale: boolean;
  expected: number;
  current?: number | boolean;
  confidence?: number;
  daysSinceCheckin?: number;
  milestones?: KrProgress['milestones'];
  lastCheckin?: ReportCheckin;
  change?: ReportChange;
  /** Off-track dependencies that put this KR at risk. */
  blockedBy?: string[];
  /** Progress rolled up from this many aligned objectives and KRs. */
  rollupOf?: number;
}

export interface ReportObjective {
  id: string;
  title: string;
  owner?: string;
  progress: number;
  expected: number;
  score: number;
  zone: Zone;
  status: Status;
  keyResults: ReportKeyResult[];
}

export interface ReportTeam extends Rollup {
  file: string;
  team?: string;
  period?: string;
  objectives: ReportObjective[];
  counts: Record<Status, number>;
  staleCount: number;
  /** How many KRs score in each zone. */
  zones: Record<Zone, number>;
}

export interface ReportPeriod extends Rollup {
  period: string;
  zones: Record<Zone, number>;
}

export interface Report {
  today: string;
  teams: ReportTeam[];
  /** The quarter evaluation, one entry per period label. */
  periods: ReportPeriod[];
  zones: Record<Zone, number>;
}

export function buildReport(files: readonly OkrFile[], figures: ProgressFigures): Report {
  const progress = files.map((file) => figures.file(file));
  const teams = files.map((file, i) => reportTeam(file, progress[i]));
  const periods = periodProgress(progress).map(({ files: _files, ...rollup }) => ({
    ...rollup,
    zones: sumZones(teams.filter((team) => (team.period ?? '') === rollup.period).map((team) => team.zones)),
  }));
  return { today: figures.today, teams, periods, zones: sumZones(teams.map((team) => team.zones)) };
}

function reportTeam(file: OkrFile, progress: FileProgress): ReportTeam {
  const objectives: ReportObjective[] = file.objectives.map((objective, i) => {
    const computed = progress.objectives[i];
    return {
      id: objective.id,
      title: objective.title,
      ...(objective.owner !== undefined && { owner: objective.owner }),
      progress: computed.progress,
      expected: computed.expected,
      score: computed.score,
      zone: computed.zone,
      status: computed.status,
      keyResults: objective.key_results.map((kr, j) => reportKeyResult(kr, computed.keyResults[j])),
    };
  });
  const { objectives: _computed, ...figures } = progress;
  return { ...figures, objectives, zones: countZones(objectives.flatMap((o) => o.keyResults)) };
}

function reportKeyResult(kr: KeyResult, computed: KrProgress): ReportKeyResult {
  const { lastCheckin, previousCheckin, ...figures } = computed;
  const result: ReportKeyResult = { ...figures, title: kr.title, type: kr.type };
  if (kr.owner !== undefined) result.owner = kr.owner;
  if (kr.unit !== undefined) result.unit = kr.unit;
  if (kr.baseline !== undefined) result.baseline = kr.baseline;
  if (kr.target !== undefined) result.target = kr.target;
  if (lastCheckin) result.lastCheckin = plainCheckin(lastCheckin);
  const change = lastCheckin && previousCheckin ? changeBetween(kr, previousCheckin, lastCheckin) : undefined;
  if (change) result.change = change;
  return result;
}

/** Only when both check-ins carry a value of the KR's kind (a number, or a milestone's boolean). */
function changeBetween(kr: KeyResult, before: CheckIn, after: CheckIn): ReportChange | undefined {
  if (kr.type === 'metric' && isNumber(before.value) && isNumber(after.value)) {
    return {
      since: before.date,
      valueDelta: denoise(after.value - before.value),
      progressDelta: denoise(metricProgress(kr, after.value) - metricProgress(kr, before.value)),
    };
  }
  if (kr.type === 'milestone' && !kr.milestones?.length && isBoolean(before.value) && isBoolean(after.value)) {
    return { since: before.date, progressDelta: Number(after.value) - Number(before.value) };
  }
  return undefined;
}

function plainCheckin({ date, value, confidence, note }: CheckIn): ReportCheckin {
  const plain: ReportCheckin = { date };
  if (value !== undefined) plain.value = value;
  if (confidence !== undefined) plain.confidence = confidence;
  if (note !== undefined) plain.note = note;
  return plain;
}

function countZones(keyResults: readonly ReportKeyResult[]): Record<Zone, number> {
  const zones = emptyZones();
  for (const kr of keyResults) zones[kr.zone]++;
  return zones;
}

function sumZones(all: readonly Record<Zone, number>[]): Record<Zone, number> {
  const zones = emptyZones();
  for (const counts of all) for (const zone of ZONES) zones[zone] += counts[zone];
  return zones;
}

function emptyZones(): Record<Zone, number> {
  return { fail: 0, commit: 0, target: 0, stretch: 0 };
}

/** 9.1 − 9.5 is −0.4 to a reader, not −0.40000000000000036. */
function denoise(value: number): number {
  return Number(value.toPrecision(12));
}
