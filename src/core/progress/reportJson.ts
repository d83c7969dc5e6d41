// `okr report --format json`: a stable, documented shape for scripts and dashboards.
import type { Report, ReportKeyResult, ReportObjective, ReportTeam } from './report';
import { roundTo } from './pace';

/**
 * `{today, zones, periods, objectives: [{id, title, team, file, period, progress, expected, score,
 * zone, status, key_results: [{id, title, progress, score, zone, status, expected, current, stale,
 * blocked_by, …}]}]}`.
 * Ratios are numbers where 1 = 100%, rounded to 4 decimals; absent values are `null` so every key
 * is always present.
 */
export function renderReportJson(report: Report): string {
  const json = {
    today: report.today,
    zones: report.zones,
    periods: report.periods.map((period) => ({
      period: period.period,
      progress: ratio(period.progress),
      expected: ratio(period.expected),
      score: period.score,
      zone: period.zone,
      zones: period.zones,
    })),
    objectives: report.teams.flatMap((team) => team.objectives.map((objective) => objectiveJson(team, objective))),
  };
  return JSON.stringify(json, null, 2);
}

function objectiveJson(team: ReportTeam, objective: ReportObjective) {
  return {
    id: objective.id,
    title: objective.title,
    team: team.team ?? null,
    file: team.file,
    period: team.period ?? null,
    progress: ratio(objective.progress),
    expected: ratio(objective.expected),
    score: objective.score,
    zone: objective.zone,
    status: objective.status,
    key_results: objective.keyResults.map(keyResultJson),
  };
}

function keyResultJson(kr: ReportKeyResult) {
  return {
    id: kr.id,
    title: kr.title,
    progress: ratio(kr.progress),
    score: kr.score,
    zone: kr.zone,
    status: kr.status,
    expected: ratio(kr.expected),
    current: kr.current ?? null,
    stale: kr.stale,
    blocked_by: kr.blockedBy ?? [],
    confidence: kr.confidence ?? null,
    days_since_checkin: kr.daysSinceCheckin ?? null,
    last_checkin: kr.lastCheckin
      ? {
          date: kr.lastCheckin.date,
          value: kr.lastCheckin.value ?? null,
          note: kr.lastCheckin.note ?? null,
        }
      : null,
    change: kr.change
      ? {
          since: kr.change.since,
          value_delta: kr.change.valueDelta ?? null,
          progress_delta: ratio(kr.change.progressDelta),
        }
      : null,
  };
}

function ratio(value: number): number {
  return roundTo(value, 4);
}
