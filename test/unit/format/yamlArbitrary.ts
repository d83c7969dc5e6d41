// fast-check arbitraries for YAML texts in every style the two parsers must agree on: block and
// flow collections, indentless lists, plain / quoted / block scalars with chomping and indentation
// indicators, values that resolve to numbers, booleans and null, comments and blank lines at any
// indent, trailing spaces, CRLF, and files with or without a final line break.
import fc from 'fast-check';

type Tree = { scalar: string } | { block: string[]; header: string } | { map: Array<[string, Tree]>; flow: boolean } | { seq: Tree[]; flow: boolean };

const PLAIN = ['alice', 'PLAT-1.1', '2026-10-07', '10', '-0', '0x1F', '0o17', '1e3', '.5', '1.50', '.inf', '-.Inf', '.nan', 'true', 'False', 'yes',
  'null', '~', 'NULL', 'a b  c', 'Cut: lead time', 'x#y', 'über', '**bold**', '12:30', '1_000', '+5', '@home'];
const QUOTED = ['"double"', '"esc \\" \\\\ \\n \\t \\u00e9"', "'single'", "'it''s'", '""', "''", '"# not a comment"', '"multi\n  line"', "'two\n\n  paras'",
  '"\\/ \\N \\_ \\L \\P \\e \\a \\v \\0 \\  \\x41 \\U0001F600"', '"escaped \\\n  break"', '"a\n\n\n  b  "', "'  a \n   b\n\n  c  '", 'plain\n  over\n\n  lines'];
const KEYS = ['id', 'title', 'okr', 'note', '"quoted key"', "'single key'", '1', 'true', 'a b', 'x.y', 'owner', '1.0', '01', 'FALSE'];
const COMMENTS = ['', '', '', ' # note', '   # spaced', ' #'];
const BLOCK_LINES = ['text', '  indented more', '', 'last # not a comment', '   ', 'a: b'];

const scalar: fc.Arbitrary<Tree> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLAIN).map((s) => ({ scalar: s })) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTED).map((s) => ({ scalar: s })) },
  {
    weight: 1,
    arbitrary: fc.record({
      header: fc.constantFrom('|', '>', '|-', '>-', '|+', '|2', '>1-', '|-2'),
      block: fc.array(fc.constantFrom(...BLOCK_LINES), { minLength: 0, maxLength: 4 }),
    }),
  },
);

/** Keys that stay distinct once resolved (`1`, `1.0` and `01` are one key). */
function pairs(value: fc.Arbitrary<Tree>, maxLength: number): fc.Arbitrary<Array<[string, Tree]>> {
  const resolvedKey = (key: string) => ({ '1.0': '1', '01': '1', })[key] ?? key.replace(/^["']|["']$/g, '');
  return fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), value), { minLength: 1, maxLength, selector: ([key]) => resolvedKey(key) });
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record({ map: pairs(tie('node'), 4), flow: fc.boolean() }),
    fc.record({ seq: fc.array(tie('node'), { minLength: 0, maxLength: 3 }), flow: fc.boolean() }),
  ),
})).node;

interface Layout {
  step: number;
  indentless: boolean;
  comments: string[];
  blankLines: boolean;
  commentLines: number[];
}

export const yamlText: fc.Arbitrary<string> = fc
  .record({
    root: fc.record({ map: pairs(tree, 5), flow: fc.constant(false) }),
    step: fc.constantFrom(1, 2, 4),
    indentless: fc.boolean(),
    comments: fc.array(fc.constantFrom(...COMMENTS), { minLength: 1, maxLength: 5 }),
    blankLines: fc.boolean(),
    commentLines: fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 4 }),
    crlf: fc.boolean(),
    finalBreak: fc.boolean(),
    trailingSpaces: fc.boolean(),
    documentStart: fc.boolean(),
  })
  .map(({ root, crlf, finalBreak, trailingSpaces, documentStart, ...layout }) => {
    const lines = render(root, 0, layout, 0);
    if (documentStart) lines.unshift('---');
    const eol = crlf ? '\r\n' : '\n';
    const text = lines.map((line) => (trailingSpaces && line.trim() !== '' ? `${line}  ` : line)).join(eol);
    return finalBreak ? text + eol : text;
  });

/** Lines of `node` as a block value at column `indent`; `salt` varies the comments and blanks. */
function render(node: Tree, indent: number, layout: Layout, salt: number): string[] {
  const pad = ' '.repeat(indent);
  const extra = (n: number) => {
    const out: string[] = [];
    if (layout.blankLines && n % 3 === 0) out.push('');
    const at = layout.commentLines[n % Math.max(1, layout.commentLines.length)];
    if (at !== undefined && at >= 0 && n % 2 === 0) out.push(`${' '.repeat(at)}# comment ${n}`);
    return out;
  };
  const comment = (n: number) => layout.comments[n % layout.comments.length];
  if ('map' in node) {
    return node.map.flatMap(([key, value], i) => [
      ...valueLines(`${pad}${key}:`, value, indent, layout, salt + i, comment(salt + i)),
      ...extra(salt + i),
    ]);
  }
  if ('seq' in node) {
    return node.seq.flatMap((item, i) => [...valueLines(`${pad}-`, item, indent, layout, salt + i, comment(salt + i), true), ...extra(salt + i)]);
  }
  return [`${pad}${inline(node)}`];
}

function valueLines(lead: string, value: Tree, indent: number, layout: Layout, salt: number, comment: string, inSeq = false): string[] {
  if ('scalar' in value) return [`${lead} ${value.scalar}${value.scalar.includes('\n') ? '' : comment}`.replace(/\n/g, `\n${' '.repeat(indent + 1)}`)];
  if ('block' in value) {
    const explicit = /\d/.exec(value.header);
    const column = indent + (explicit ? Number(explicit[0]) : layout.step);
    return [`${lead} ${value.header}${comment}`, ...value.block.map((line) => (line === '' ? '' : ' '.repeat(column) + line))];
  }
  if (value.flow || ('seq' in value && value.seq.length === 0)) return [`${lead} ${inline(value)}${comment}`];
  if (inSeq && 'map' in value) {
    // The compact form: the first key on the dash's line, the others under it.
    const [first, ...rest] = render(value, indent + 2, layout, salt);
    return [`${lead} ${first.trimStart()}`, ...rest];
  }
  const childIndent = 'seq' in value && layout.indentless && !inSeq ? indent : indent + layout.step;
  return [`${lead}${comment}`, ...render(value, childIndent, layout, salt + 1)];
}

function inline(node: Tree): string {
  if ('scalar' in node) return node.scalar.replace(/\n/g, ' ');
  if ('block' in node) return '"block"';
  if ('map' in node) return `{${node.map.map(([key, value]) => `${key}: ${inline(value)}`).join(', ')}}`;
  return `[${node.seq.map(inline).join(', ')}]`;
}

/** A YAML text with a few characters that matter to YAML inserted or deleted: mostly broken files. */
export const mutatedYamlText: fc.Arbitrary<string> = fc
  .tuple(yamlText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(':', '#', '-', ' ', '\n', '"', "'", '[', ']', '{', '}', ',', '|', '>', '?', '&', '*', '!', '%', '\t', '')), { minLength: 1, maxLength: 3 }))
  .map(([text, edits]) =>
    edits.reduce((out, [at, char]) => {
      const i = at % (out.length + 1);
      return char === '' ? out.slice(0, i) + out.slice(i + 1) : out.slice(0, i) + char + out.slice(i);
    }, text),
  );
