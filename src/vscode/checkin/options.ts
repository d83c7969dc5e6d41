// The OKR files the progress views list. Their figures come from `model.progressOptions(localToday())`.
import type { OkrFile } from '../../core/format/model';
import type { OkrWorkspace } from '../../core/workspace';

/** The files that parsed into a model, in a stable order (the index keeps insertion order). */
export function okrFilesOf(model: OkrWorkspace): OkrFile[] {
  return model
    .all()
    .flatMap((parsed) => (parsed.model ? [parsed.model] : []))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
