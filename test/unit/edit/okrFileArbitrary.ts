// fast-check arbitraries for OKR files written in the many ways people write YAML: comments
// before, inside and after entries, tabs in strings, anchors and aliases, flow and block lists, three quoting styles, CRLF or LF,
// two or four spaces, indentless lists, and files without a final line break.
import fc from 'fast-check';

type Quote = 'plain' | 'single' | 'double';
type Comment = 'none' | 'dash' | 'deep';

interface OwnerSpec {
  kind: 'none' | 'plain' | 'anchor' | 'alias';
  name: string;
  pick: number;
}

interface CheckinSpec {
  value: number;
  note: 'none' | 'plain' | 'quoted' | 'literal' | 'keep';
  flowItem: boolean;
}

interface KrSpec {
  flow: boolean;
  title: string;
  quote: Quote;
  owner: OwnerSpec;
  target: boolean;
  trailingComment: boolean;
  checkins: 'absent' | 'empty' | 'flow' | 'block' | 'null';
  entries: CheckinSpec[];
  afterEntries: Comment;
  beforeKr: Comment;
  afterKr: Comment;
}

interface ObjectiveSpec {
  title: string;
  quote: Quote;
  owner: OwnerSpec;
  krs: KrSpec[];
  initiatives: boolean;
  blankAfter: boolean;
}

interface ListStyle {
  dashIndent: number;
  fieldIndent: number;
}

export interface FileSpec {
  indent: 2 | 4;
  crlf: boolean;
  finalBreak: boolean;
  headerComment: boolean;
  objectiveList: ListStyle;
  krList: ListStyle;
  checkinList: ListStyle;
  objectives: ObjectiveSpec[];
}

const TITLES = ['Cut lead time', 'Ship the deploy flow', 'Raise NPS: from 30 to 40', "Bob's reliability push", 'Grow #1 channel', 'Über-fast builds', 'Tabs\tin a title'];
const NAMES = ['alice', 'bob', 'carol', 'dana'];
const comment = fc.constantFrom<Comment>('none', 'none', 'dash', 'deep');

const owner = fc.record({
  kind: fc.constantFrom<OwnerSpec['kind']>('none', 'plain', 'anchor', 'alias'),
  name: fc.constantFrom(...NAMES),
  pick: fc.nat(10),
});

const checkin = fc.record({
  value: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
  note: fc.constantFrom<CheckinSpec['note']>('none', 'plain', 'quoted', 'literal', 'keep'),
  flowItem: fc.boolean(),
});

const kr = fc.record({
  flow: fc.boolean(),
  title: fc.constantFrom(...TITLES),
  quote: fc.constantFrom<Quote>('plain', 'single', 'double'),
  owner,
  target: fc.boolean(),
  trailingComment: fc.boolean(),
  checkins: fc.constantFrom<KrSpec['checkins']>('absent', 'empty', 'flow', 'block', 'block', 'null'),
  entries: fc.array(checkin, { minLength: 1, maxLength: 3 }),
  afterEntries: comment,
  beforeKr: comment,
  afterKr: comment,
});

const objective = fc.record({
  title: fc.constantFrom(...TITLES),
  quote: fc.constantFrom<Quote>('plain', 'single', 'double'),
  owner,
  krs: fc.array(kr, { minLength: 1, maxLength: 4 }),
  initiatives: fc.boolean(),
  blankAfter: fc.boolean(),
});

export const okrFileSpec: fc.Arbitrary<FileSpec> = fc.constantFrom<2 | 4>(2, 4).chain((indent) => {
  const list = fc.record({ dashIndent: fc.constantFrom(0, indent), fieldIndent: fc.constantFrom(2, indent) });
  return fc.record({
    indent: fc.constant(indent),
    crlf: fc.boolean(),
    finalBreak: fc.boolean(),
    headerComment: fc.boolean(),
    objectiveList: list,
    krList: list,
    checkinList: list,
    objectives: fc.array(objective, { minLength: 1, maxLength: 3 }),
  });
});

export function krIds(spec: FileSpec): string[] {
  return spec.objectives.flatMap((o, i) => o.krs.map((_, j) => `PLAT-${i + 1}.${j + 1}`));
}

export function renderOkrFile(spec: FileSpec): string {
  const lines: string[] = [];
  const anchors: string[] = [];
  const pad = (column: number) => ' '.repeat(column);
  const ownerText = (o: OwnerSpec): string | undefined => {
    if (o.kind === 'none') return undefined;
    if (o.kind === 'alias' && anchors.length > 0) return `*${anchors[o.pick % anchors.length]}`;
    if (o.kind === 'anchor') {
      anchors.push(`who${anchors.length}`);
      return `&${anchors[anchors.length - 1]} ${o.name}`;
    }
    return o.name;
  };
  /** Block list item lines: the first field after the dash, the rest at the field column. */
  const item = (dash: number, style: ListStyle, fields: string[]) =>
    fields.map((field, i) => (i === 0 ? `${pad(dash)}-${pad(style.fieldIndent - 1)}${field}` : `${pad(dash + style.fieldIndent)}${field}`));

  if (spec.headerComment) lines.push('# Platform OKRs, generated', '');
  lines.push('okr: 1', 'team: Platform   # the owning team', 'period: 2026-Q4', 'objectives:');
  const objectiveDash = spec.objectiveList.dashIndent;
  const objectiveField = objectiveDash + spec.objectiveList.fieldIndent;
  spec.objectives.forEach((o, i) => {
    const head = [`id: PLAT-${i + 1}`, `title: ${quoted(o.title, o.quote)}`];
    const objectiveOwner = ownerText(o.owner);
    if (objectiveOwner) head.push(`owner: ${objectiveOwner}`);
    head.push('key_results:');
    lines.push(...item(objectiveDash, spec.objectiveList, head));
    const krDash = objectiveField + spec.krList.dashIndent;
    const krField = krDash + spec.krList.fieldIndent;
    o.krs.forEach((k, j) => {
      const id = `PLAT-${i + 1}.${j + 1}`;
      if (k.beforeKr !== 'none') lines.push(`${pad(k.beforeKr === 'dash' ? krDash : krField)}# about ${id}`);
      if (k.flow) {
        const parts = [`id: ${id}`, `title: ${quoted(k.title, k.quote === 'plain' ? 'double' : k.quote)}`];
        const flowOwner = k.owner.kind === 'anchor' ? undefined : ownerText(k.owner);
        if (flowOwner) parts.push(`owner: ${flowOwner}`);
        if (k.checkins === 'flow') parts.push(`checkins: [${k.entries.map((e) => flowEntry(e)).join(', ')}]`);
        lines.push(`${pad(krDash)}- {${parts.join(', ')}}${k.trailingComment ? '   # flow key result' : ''}`);
        return;
      }
      const krOwner = ownerText(k.owner);
      const fields = [`id: ${id}${k.trailingComment ? '   # key result' : ''}`, `title: ${quoted(k.title, k.quote)}`];
      if (krOwner) fields.push(`owner: ${krOwner}`);
      if (k.target) fields.push('unit: days', 'baseline: 10', 'target: 8');
      if (k.checkins === 'empty') fields.push('checkins: []');
      if (k.checkins === 'flow') fields.push(`checkins: [${k.entries.map((e) => flowEntry(e)).join(', ')}]`);
      if (k.checkins === 'null') fields.push('checkins:   # none yet');
      if (k.checkins !== 'block') {
        lines.push(...item(krDash, spec.krList, fields));
      } else {
        lines.push(...item(krDash, spec.krList, [...fields, 'checkins:']));
        const checkinDash = krField + spec.checkinList.dashIndent;
        const checkinField = checkinDash + spec.checkinList.fieldIndent;
        k.entries.forEach((e, n) => {
          if (e.flowItem) {
            lines.push(`${pad(checkinDash)}- ${flowEntry(e, n)}`);
            return;
          }
          const entry = [`date: 2026-10-0${n + 1}`, `value: ${e.value}`];
          lines.push(...item(checkinDash, spec.checkinList, entry));
          lines.push(...noteLines(e.note, checkinField));
        });
        if (k.afterEntries !== 'none') lines.push(`${pad(k.afterEntries === 'dash' ? checkinDash : checkinField)}# more to come`);
      }
      if (k.afterKr !== 'none') lines.push(`${pad(k.afterKr === 'dash' ? krDash : krField)}# reviewed on Monday`);
    });
    if (o.initiatives) {
      lines.push(`${pad(objectiveField)}initiatives:`, ...item(krDash, spec.krList, ['title: Parallelise CI', `serves: [PLAT-${i + 1}.1]`]));
    }
    if (o.blankAfter) lines.push('');
  });
  const eol = spec.crlf ? '\r\n' : '\n';
  const text = lines.join(eol);
  return spec.finalBreak ? text + eol : text.replace(/(\r?\n)+$/, '');
}

function quoted(text: string, quote: Quote): string {
  if (quote === 'single') return `'${text.replace(/'/g, "''")}'`;
  if (quote === 'double' || /: | #|^[^A-Za-z]|\t/.test(text)) return JSON.stringify(text);
  return text;
}

function flowEntry(entry: CheckinSpec, n = 0): string {
  const note = entry.note === 'none' ? '' : `, note: "said: \\"ok\\""`;
  return `{date: 2026-10-0${n + 1}, value: ${entry.value}${note}}`;
}

function noteLines(note: CheckinSpec['note'], column: number): string[] {
  const pad = ' '.repeat(column);
  switch (note) {
    case 'plain':
      return [`${pad}note: Build cache landed; **flaky tests** remain.`];
    case 'quoted':
      return [`${pad}note: 'It''s: done'`];
    case 'literal':
      return [`${pad}note: |`, `${pad}  First line`, `${pad}    indented # not a comment`, ''];
    case 'keep':
      return [`${pad}note: |+`, `${pad}  Kept`, ''];
    default:
      return [];
  }
}
