// The day and thresholds every progress figure in the extension is computed with.
import type { OkrFile } from '../../core/format/model';
import type { ProgressOptions } from '../../core/progress';
import type { OkrWorkspace } from '../../core/workspace';

/** Today in the person's own time zone: a check-in on Thursday evening is Thursday's. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function progressOptionsOf(model: OkrWorkspace, today = localToday()): ProgressOptions {
  return { today, cadenceDays: model.configuration.checkinCadenceDays };
}

/** The files that parsed into a model, in a stable order (the index keeps insertion order). */
export function okrFilesOf(model: OkrWorkspace): OkrFile[] {
  return model
    .all()
    .flatMap((parsed) => (parsed.model ? [parsed.model] : []))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
