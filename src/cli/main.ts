// `okr lint | report | links`: the same checks as the extension, headless, for CI.
// Exit codes: 0 clean, 1 problems (errors, or more warnings than --max-warnings), 2 usage or I/O error.
import { parseArgs } from 'util';
import { CONFIG_FILE_NAME } from '../core/config';
import { terminalSafe } from '../core/text/terminal';
import { localToday } from '../core/today';
import { CliIo, UsageError } from './io';
import { loadWorkspace, maxBytesOption } from './load';
import { renderSarif, toJsonFindings, writeText } from './lintOutput';
import { runLinks, codeFindings } from './links';
import { runReport } from './report';
import { runCheckin } from './checkin';

export const VERSION = '0.1.0';

const HELP = `okr — OKR Lens on the command line

Usage:
  okr lint [paths…] [--format text|json|sarif] [--max-warnings N] [--today YYYY-MM-DD] [--no-code] [--max-file-size MB]
  okr report [paths…] [--format text|md|json] [--today YYYY-MM-DD] [--tree] [--max-file-size MB]
  okr links [paths…] [--format text|json] [--max-file-size MB]
  okr checkin <id> <value> [--confidence C] [--note TEXT] [--date YYYY-MM-DD] [--force] [paths…]

Paths are OKR files or folders (default: the current folder). Folders are searched for
*.okr.yaml files, honouring .gitignore. Settings come from ${CONFIG_FILE_NAME} in the current folder.

Exit codes: 0 clean, 1 problems found, 2 usage or I/O error.
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await runLint(rest, io);
      case 'report':
        return await runReport(rest, io);
      case 'links':
        return await runLinks(rest, io);
      case 'checkin':
        return await runCheckin(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || isArgError(error)) {
      io.stderr(`okr: ${terminalSafe((error as Error).message)}\nRun "okr --help" for usage.\n`);
      return 2;
    }
    io.stderr(`okr: ${terminalSafe(error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
}

async function runLint(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'max-warnings': { type: 'string' },
      'no-code': { type: 'boolean', default: false },
      today: { type: 'string' },
      'max-file-size': { type: 'string' },
    },
  });
  const format = values.format;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings takes a whole number');

  const loaded = await loadWorkspace(positionals, io, values.today ?? localToday(), maxBytesOption(values['max-file-size']));
  const findings = loaded.files.flatMap((file) => loaded.workspace.findings(file.file));
  if (!values['no-code']) findings.push(...(await codeFindings(loaded, io)));

  if (format === 'json') io.stdout(JSON.stringify(toJsonFindings(findings, io.cwd), null, 2) + '\n');
  else if (format === 'sarif') io.stdout(renderSarif(findings, io.cwd, VERSION));
  else writeText(findings, io.cwd, loaded.files.length, io.stdout);

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`okr: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function isArgError(error: unknown): boolean {
  return error instanceof TypeError && /^ERR_PARSE_ARGS/.test(String((error as { code?: string }).code));
}
