// Parses a `*.okr.yaml` text into the model with source ranges, and reports syntax, resource-limit
// and schema problems as findings. Never throws: bad input becomes a finding.
//
// Two parsers, one result. js-yaml reads well-formed files about 12× faster than the `yaml`
// package; `yaml` reads everything else (it reports every syntax error with a good range, and
// handles anchors, aliases and tags) and stays the reference both are tested against. The `yaml`
// Document, which only edits of unusual files and older callers need, is parsed on first access.
import { Document, LineCounter, parseDocument } from 'yaml';
import { Finding, Range, range as mkRange } from '../types';
import { buildModel } from './buildModel';
import { readFastTree } from './fastTree';
import { LineIndex } from './lineIndex';
import type { OkrFile } from './model';
import { checkSchema } from './schema';
import { eachNode, MapNode, SourceNode, toValue } from './sourceTree';
import { wholeFileProblem, yamlProblems } from './yamlMessages';
import { offsetsToRange } from './yamlRanges';
import { treeFromDocument } from './yamlTree';

export interface ParseOptions {
  /** Files larger than this many bytes are not parsed (default 5 MiB). */
  maxBytes?: number;
  /** More YAML aliases than this are treated as an alias bomb (default 1000). */
  maxAliasCount?: number;
  /** False reads with the `yaml` package only: the reference the fast path is tested and measured against. */
  fastPath?: boolean;
}

export interface ParsedOkrFile {
  file: string;
  text: string;
  /** Undefined when the file could not be read as YAML at all (too large, alias bomb, not a mapping). */
  model?: OkrFile;
  /**
   * Set when `model` is the file's last good state, kept while the text has a YAML syntax error
   * (0-based line of the first one): one typo must not make an objective vanish everywhere.
   */
  stale?: { line: number };
  findings: Finding[];
  /** The YAML as a tree of nodes with offsets: what rules and edits locate text with. */
  tree?: SourceNode;
  /** Offsets in `text` to positions and back. */
  lines: LineIndex;
  /** The `yaml` package's Document, parsed on first access; undefined when the text was not parsed. */
  readonly document?: Document.Parsed;
  readonly lineCounter: LineCounter;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

// `logLevel: 'error'`: problems become findings; `yaml` must not also print them on the console.
const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' } as const;

export function parseOkrText(text: string, file: string, options: ParseOptions = {}): ParsedOkrFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Length in UTF-16 units is a cheap lower bound on the byte size; avoid encoding huge strings.
  const bytes = text.length > maxBytes ? text.length : Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return oversizedFile(file, bytes, maxBytes);

  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  const finding = (rule: string, message: string, at: Range = mkRange(0, 0, 0, 0)): Finding => ({
    rule,
    severity: 'error',
    message,
    file,
    range: at,
  });
  if (text.includes('\uFFFD')) {
    const offset = text.indexOf('\uFFFD');
    findings.push(finding('encoding', 'This file is not valid UTF-8 (the bytes here could not be decoded). Save it as UTF-8.', lines.rangeOf(offset, offset + 1)));
  }
  if (text.trim() === '') {
    findings.push(finding('schema', 'This OKR file is empty. Start with `okr: 1`, a `period:` and a list of `objectives:`.'));
    return parsedFile({ file, text, findings, lines }, () => undefined);
  }

  const fast = options.fastPath === false ? undefined : readFastTree(text);
  if (fast?.kind === 'map') return resultOfFastRead({ file, text, lines, tree: fast }, findings);
  let read: YamlRead;
  if (fast) {
    read = { root: fast, clean: true, value: () => toValue(fast) };
  } else {
    const slow = readWithYaml(text, options, finding);
    findings.push(...slow.findings);
    read = slow;
  }
  const result = parsedFile({ file, text, findings, lines, tree: read.root }, read.document ?? (() => parseDocument(text, YAML_OPTIONS)));
  if (read.aborted) return result;

  const root = read.root;
  if (root?.kind !== 'map') {
    if (read.clean) {
      findings.push(
        finding(
          'schema',
          'An OKR file must be a mapping with `okr: 1`, `period:` and `objectives:` at the top level.',
          root ? lines.rangeOf(root.start, root.end) : mkRange(0, 0, 0, 0),
        ),
      );
    }
    return result;
  }
  if (read.clean) findings.push(...checkSchema(read.value(), root, lines, file));
  try {
    result.model = buildModel(root, lines, file);
  } catch (error) {
    // Structures too deep for recursion: keep the findings, drop the model.
    findings.push(structureFinding(file, error));
  }
  return result;
}

function structureFinding(file: string, error: unknown): Finding {
  return { rule: 'yaml-syntax', severity: 'error', message: `The file's structure could not be read: ${describe(error)}`, file, range: mkRange(0, 0, 0, 0) };
}

/** A text the fast path read as a mapping. */
interface FastRead {
  file: string;
  text: string;
  lines: LineIndex;
  tree: MapNode;
}

/** The result of a text the fast path read: schema findings and the model. */
function resultOfFastRead(read: FastRead, findings: Finding[]): ParsedOkrFile {
  const { file, text, lines, tree } = read;
  const result = parsedFile({ file, text, findings, lines, tree }, () => parseDocument(text, YAML_OPTIONS));
  findings.push(...checkSchema(toValue(tree), tree, lines, file));
  try {
    result.model = buildModel(tree, lines, file);
  } catch (error) {
    // Structures too deep for recursion: keep the findings, drop the model.
    findings.push(structureFinding(file, error));
  }
  return result;
}

/** The source tree of a YAML text that reads without any YAML problem, or undefined. */
export function readYamlTree(text: string): SourceNode | undefined {
  const fast = readFastTree(text);
  if (fast) return fast;
  try {
    const doc = parseDocument(text, YAML_OPTIONS);
    if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
    const tree = treeFromDocument(doc, text);
    let unresolved = false;
    // `yaml` reports an alias without its anchor only when converting to data; that is a problem too.
    eachNode(tree, (node) => {
      if (node.kind === 'alias' && !node.target) unresolved = true;
    });
    return unresolved ? undefined : tree;
  } catch {
    return undefined;
  }
}

/**
 * The result for a file too large to read: callers that can stat first need not load it at all.
 * `sizeKnob` names what raises the limit where the user is (the CLI has no VS Code settings).
 */
export function oversizedFile(file: string, bytes: number, maxBytes = DEFAULT_MAX_BYTES, sizeKnob = 'the `okr.maxFileSizeMB` setting'): ParsedOkrFile {
  const finding: Finding = {
    rule: 'file-too-large',
    severity: 'error',
    message:
      // A reader that stops one byte past the limit knows no more than that.
      `This OKR file is ${bytes > maxBytes + 1 ? `${formatBytes(bytes)}, over` : 'over'} the ${formatBytes(maxBytes)} limit, so it was not checked. ` +
      `Split it into one file per team, or raise ${sizeKnob}.`,
    file,
    range: mkRange(0, 0, 0, 0),
  };
  return parsedFile({ file, text: '', findings: [finding], lines: new LineIndex('') }, () => undefined);
}

/**
 * A file OKR Lens failed on through a bug of its own: one finding that says so, instead of the file
 * silently disappearing from every view.
 */
export function internalErrorFile(file: string, detail: string): ParsedOkrFile {
  const finding: Finding = {
    rule: 'internal-error',
    severity: 'error',
    message: `OKR Lens could not check this file: ${detail}. This is a bug in OKR Lens; the OKR Lens output channel has the details.`,
    file,
    range: mkRange(0, 0, 0, 0),
  };
  return parsedFile({ file, text: '', findings: [finding], lines: new LineIndex('') }, () => undefined);
}

interface YamlRead {
  root?: SourceNode;
  /** False when the YAML has errors: schema findings would only repeat them. */
  clean: boolean;
  /** True when nothing past the YAML findings can be read (the parser gave up, an alias bomb). */
  aborted?: boolean;
  /** The file as plain data, for the schema. */
  value: () => unknown;
  /** The `yaml` Document when this read made one (undefined: parse it when asked). */
  document?: () => Document.Parsed | undefined;
}

type MakeFinding = (rule: string, message: string, at?: Range) => Finding;

/** The fallback: the `yaml` package, with every error and warning as a finding. */
function readWithYaml(text: string, options: ParseOptions, finding: MakeFinding): YamlRead & { findings: Finding[] } {
  const findings: Finding[] = [];
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  } catch (error) {
    findings.push(finding('yaml-syntax', `The YAML parser gave up on this file: ${describe(error)}`));
    return { findings, clean: false, aborted: true, value: () => undefined, document: () => undefined };
  }
  const document = () => doc;
  const wholeFile = wholeFileProblem(text);
  if (wholeFile) {
    findings.push(finding('yaml-syntax', wholeFile.message, offsetsToRange(lineCounter, wholeFile.start, wholeFile.end)));
    return { findings, clean: false, aborted: true, value: () => undefined, document };
  }
  const otherErrors: typeof doc.errors = [];
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      // The parser points at the key's first character; widen the range to the whole key.
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(error.pos[0], error.pos[0] + 500))![1].trimEnd();
      const name = key.replace(/^["']|["']$/g, '');
      findings.push(
        finding(
          'duplicate-key',
          `The key "${name}" appears twice in this mapping; YAML keeps only one of them. Remove or rename the other.`,
          offsetsToRange(lineCounter, error.pos[0], error.pos[0] + Math.max(1, key.length)),
        ),
      );
    } else {
      otherErrors.push(error);
    }
  }
  for (const problem of yamlProblems(text, otherErrors)) {
    findings.push(finding('yaml-syntax', problem.message, offsetsToRange(lineCounter, problem.start, problem.end)));
  }
  for (const warning of doc.warnings) {
    findings.push({
      ...finding('yaml-syntax', firstLine(warning.message), offsetsToRange(lineCounter, warning.pos[0], warning.pos[1])),
      severity: 'warning',
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 1000 });
  } catch (error) {
    const isBomb = error instanceof ReferenceError && /alias/i.test(String(error.message));
    findings.push(
      finding(
        isBomb ? 'yaml-aliases' : 'yaml-syntax',
        isBomb
          ? 'This file expands YAML aliases (*name) too many times, as an "alias bomb" would, so it was not checked.'
          : `This YAML could not be read: ${describe(error)}`,
      ),
    );
    return { findings, clean: false, aborted: true, value: () => undefined, document };
  }
  return { findings, root: treeFromDocument(doc, text), clean: doc.errors.length === 0, value: () => value, document };
}

/** The result object, with `document` and `lineCounter` computed when first read, then kept. */
function parsedFile(
  fields: Omit<ParsedOkrFile, 'document' | 'lineCounter'>,
  parse: () => Document.Parsed | undefined,
): ParsedOkrFile {
  let document: { value: Document.Parsed | undefined } | undefined;
  let lineCounter: LineCounter | undefined;
  return Object.defineProperties(fields, {
    document: {
      enumerable: true,
      get: () => (document ??= { value: parse() }).value,
    },
    lineCounter: {
      enumerable: true,
      get: () => (lineCounter ??= lineCounterFor(fields.text)),
    },
  }) as ParsedOkrFile;
}

function lineCounterFor(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply.';
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
