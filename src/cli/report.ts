// `okr report`: progress, score, zone and status per objective and KR, as text, Markdown or JSON.
import { parseArgs } from 'util';
import type { OkrFile } from '../core/format/model';
import { renderCascadeText } from '../core/cascade';
import { buildReport, renderReportJson, renderReportMarkdown, renderReportText } from '../core/progress';
import { terminalSafe } from '../core/text/terminal';
import { localToday } from '../core/today';
import { CliIo, UsageError } from './io';
import { loadWorkspace, maxBytesOption } from './load';

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      today: { type: 'string' },
      tree: { type: 'boolean', default: false },
      'max-file-size': { type: 'string' },
    },
  });
  const format = values.format;
  if (!['text', 'md', 'json'].includes(format)) throw new UsageError(`--format must be text, md or json, not "${format}"`);
  if (values.tree && format !== 'text') throw new UsageError(`--tree prints text only; leave out --format ${format}`);
  const today = values.today ?? localToday();
  const loaded = await loadWorkspace(positionals, io, today, maxBytesOption(values['max-file-size']));
  const models: OkrFile[] = [];
  for (const parsed of loaded.files) {
    if (parsed.model) models.push(parsed.model);
    else io.stderr(`okr: skipped ${terminalSafe(parsed.file)}: ${terminalSafe(parsed.findings[0]?.message ?? 'not readable')}\n`);
  }
  const progress = loaded.workspace.progress(today);
  if (values.tree) {
    // The renderers put titles and notes on lines of their own: each line is guarded as a whole.
    io.stdout(terminalSafe(renderCascadeText(loaded.workspace.cascade(), (id) => progress.node(id)), { lines: true }));
    return 0;
  }
  const report = buildReport(models, progress);
  if (format === 'json') io.stdout(renderReportJson(report) + '\n');
  else if (format === 'md') io.stdout(terminalSafe(renderReportMarkdown(report), { lines: true }));
  else io.stdout(terminalSafe(renderReportText(report), { lines: true }));
  return 0;
}
