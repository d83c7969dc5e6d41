// Cross-file alignment rules: dangling ids, alignment/parent/dependency cycles, period mismatches,
// missing parents and objectives that align to nothing. Findings carry the default severity; the
// workspace applies the configured one.
import { isOkrFile } from '../files';
import type { Period } from '../format/model';
import { Finding, Range, RelatedLocation, Severity, ZERO_RANGE } from '../types';
import { findCycles, loopFrom, loopsThrough } from './cycles';
import { idRange, objectivesRange, parentRange, referenceRange, ReferenceField } from './locate';
import type { Cascade, CascadeFile, CascadeNode } from './model';
import { baseName, relativePathBetween } from './paths';
import { similarIdFinder } from './similar';

export interface CascadeRuleInfo {
  id: string;
  defaultSeverity: Severity;
  summary: string;
}

export const CASCADE_RULES: readonly CascadeRuleInfo[] = [
  { id: 'alignment-dangling', defaultSeverity: 'warning', summary: 'An aligns_to or depends_on id that no OKR file defines.' },
  { id: 'alignment-cycle', defaultSeverity: 'error', summary: 'Objectives, key results or parent files that align to themselves in a loop.' },
  { id: 'alignment-period-mismatch', defaultSeverity: 'warning', summary: 'Aligned to an objective or key result of a period that does not overlap.' },
  { id: 'parent-missing', defaultSeverity: 'error', summary: 'A parent: path that is not one of the workspace\'s OKR files.' },
  { id: 'dependency-cycle', defaultSeverity: 'error', summary: 'Key results that depend on each other in a loop.' },
  { id: 'objective-not-aligned', defaultSeverity: 'info', summary: 'An objective of a team file that aligns to nothing in the cascade.' },
];

/** Most links spelled out in a cycle message; a loop of hundreds is summarised. */
const MAX_LOOP_SHOWN = 8;
const MAX_RELATED = 10;
/**
 * Links of an id loop related to each of its findings: every link has its own finding anyway, so a
 * few show the way round; ten per link made a 20,000-link ring cost 200,000 related locations.
 */
const MAX_LOOP_RELATED = 4;

/** The same findings for a cascade already built (the views build one anyway). */
export function findingsForCascade(cascade: Cascade): Finding[] {
  return [
    ...missingParents(cascade),
    ...parentCycles(cascade),
    ...danglingReferences(cascade),
    ...referenceCycles(cascade, 'aligns_to'),
    ...referenceCycles(cascade, 'depends_on'),
    ...periodMismatches(cascade),
    ...notAligned(cascade),
  ];
}

function missingParents(cascade: Cascade): Finding[] {
  const findings: Finding[] = [];
  // By base name, once: a search of every file per missing parent is quadratic in the files.
  const filesByName = new Map<string, CascadeFile[]>();
  for (const file of cascade.files) {
    const same = filesByName.get(baseName(file.file));
    if (same) same.push(file);
    else filesByName.set(baseName(file.file), [file]);
  }
  for (const file of cascade.files) {
    if (file.parentKey === undefined || cascade.fileByKey(file.parentKey)) continue;
    const written = file.model.parent ?? '';
    const notOkr = !isOkrFile(baseName(file.parentKey));
    const wanted = notOkr ? baseName(file.parentKey).replace(/(\.okr)?\.ya?ml$/, '') + '.okr.yaml' : baseName(file.parentKey);
    const candidate = (filesByName.get(wanted) ?? []).find((other) => other !== file);
    const reason = notOkr
      ? `"${written}" is not an OKR file: a parent must be another \`*.okr.yaml\` file.`
      : `"${written}" is not among the workspace's OKR files (no such file, or it is excluded from the scan).`;
    const hint = candidate
      ? ` Did you mean \`parent: ${relativePathBetween(file.file, candidate.file)}\`?`
      : ' Point `parent:` at the OKR file this one cascades from, relative to this file.';
    const finding = at(file, parentRange(file), 'parent-missing', 'error', reason + hint);
    if (candidate) finding.related = [{ file: candidate.file, range: ZERO_RANGE, message: `${candidate.displayPath} has that name` }];
    finding.data = { parent: written, resolved: file.parentKey, reason: notOkr ? 'not-okr-file' : 'not-in-workspace' };
    findings.push(finding);
  }
  return findings;
}

function parentCycles(cascade: Cascade): Finding[] {
  const findings: Finding[] = [];
  // Each loop's length is counted once for all its files; each finding walks only what it shows.
  const lengths = new Map<CascadeFile, number>();
  const shown = Math.max(MAX_LOOP_SHOWN, MAX_RELATED + 1);
  for (const file of cascade.files.filter((f) => f.inParentCycle)) {
    if (!lengths.has(file)) {
      const members = [file];
      for (let next = declaredParent(cascade, file); next && next !== file; next = declaredParent(cascade, next)) members.push(next);
      for (const member of members) lengths.set(member, members.length);
    }
    const length = lengths.get(file)!;
    const loop: CascadeFile[] = [file];
    for (let next = declaredParent(cascade, file); next && next !== file && loop.length < shown; next = declaredParent(cascade, next)) {
      loop.push(next);
    }
    const names = describeLoop([...loop, file].map((f) => f.displayPath), length + 1);
    const message =
      length === 1
        ? 'This file names itself as its `parent:`. Point it at the file it cascades from, or remove it if this is the top level.'
        : `The \`parent:\` chain loops: ${names}. Files cascade from the top down; one of them must be the top level (no \`parent:\`).`;
    const finding = at(file, parentRange(file), 'alignment-cycle', 'error', message);
    if (loop.length > 1) {
      finding.related = loop.slice(1, MAX_RELATED + 1).map((other) => ({
        file: other.file,
        range: parentRange(other),
        message: `${other.displayPath} continues the loop here`,
      }));
    }
    finding.data = { kind: 'parent' };
    findings.push(finding);
  }
  return findings;
}

function danglingReferences(cascade: Cascade): Finding[] {
  const findings: Finding[] = [];
  const similarId = similarIdFinder(cascade.nodes.keys());
  for (const node of cascade.allNodes) {
    for (const field of fieldsOf(node)) {
      for (const id of new Set(referencesOf(node, field))) {
        if (!id || cascade.nodes.has(id)) continue;
        const suggestion = similarId(id);
        const target = suggestion === undefined ? undefined : cascade.nodes.get(suggestion);
        const verb = field === 'aligns_to' ? 'aligns to' : 'depends on';
        let message = `${node.id || 'This entry'} ${verb} "${id}", which no OKR file in the workspace defines.`;
        message += target
          ? ` Did you mean "${target.id}" (${target.title}, in ${target.file.displayPath})?`
          : ` Use the id of an objective or key result from another OKR file, or remove it.`;
        const finding = at(node.file, referenceRange(node, field, id), 'alignment-dangling', 'warning', message);
        if (target) finding.related = [{ file: target.file.file, range: idRange(target), message: `"${target.id}" is defined here` }];
        finding.data = { id, field, ...(target ? { suggestion: target.id } : {}) };
        findings.push(finding);
      }
    }
  }
  return findings;
}

function referenceCycles(cascade: Cascade, field: ReferenceField): Finding[] {
  const edges = new Map<string, string[]>();
  const byId = new Map<string, CascadeNode[]>();
  for (const node of cascade.allNodes) {
    if (!node.id) continue;
    const same = byId.get(node.id);
    if (same) same.push(node);
    else byId.set(node.id, [node]);
    const targets = referencesOf(node, field).filter((id) => cascade.nodes.has(id));
    const known = edges.get(node.id);
    if (known) known.push(...targets);
    else edges.set(node.id, targets);
  }
  const rule = field === 'aligns_to' ? 'alignment-cycle' : 'dependency-cycle';
  const verb = field === 'aligns_to' ? 'aligns to' : 'depends on';
  const findings: Finding[] = [];
  // Where `from` names `to`: each link is located once, though several findings list it.
  const links = new Map<string, { node: CascadeNode; range: Range } | null>();
  const linkAt = (from: string, to: string) => {
    const key = `${from}\n${to}`;
    let link = links.get(key);
    if (link === undefined) {
      const node = byId.get(from)?.find((n) => referencesOf(n, field).includes(to));
      link = node ? { node, range: referenceRange(node, field, to) } : null;
      links.set(key, link);
    }
    return link;
  };
  for (const members of findCycles(edges)) {
    const loops = loopsThrough(edges, members);
    for (const id of members) {
      const position = loops.get(id);
      // The loop's length (closed: the start again at the end) and only as much of it as is shown.
      const length = position ? position.loop.length + 1 : 2;
      const loop = position ? loopFrom(position, Math.max(MAX_LOOP_SHOWN, MAX_LOOP_RELATED + 1) + 1) : [id, id];
      const next = loop[1];
      const source = linkAt(id, next);
      if (!source) continue;
      const message =
        length === 2 && next === id
          ? `${id} ${verb} itself. Name the objective or key result ${field === 'aligns_to' ? 'it serves' : 'it waits for'} in another file instead.`
          : `${field === 'aligns_to' ? 'Alignment' : 'Dependency'} cycle: ${describeLoop(loop, length)}. ` +
            (field === 'aligns_to'
              ? 'Alignment points up the cascade, so a loop means one link points the wrong way; remove it.'
              : 'Key results that wait on each other can never start; break the loop.');
      const finding = at(source.node.file, source.range, rule, 'error', message);
      const related: RelatedLocation[] = [];
      for (let i = 1; i < Math.min(loop.length, length) - 1 && related.length < MAX_LOOP_RELATED; i++) {
        const link = linkAt(loop[i], loop[i + 1]);
        if (link) related.push({ file: link.node.file.file, range: link.range, message: `${loop[i]} ${verb} ${loop[i + 1]} here` });
      }
      if (related.length > 0) finding.related = related;
      finding.data = length <= MAX_LOOP_SHOWN + 1 ? { kind: field, cycle: loop.slice(0, length) } : { kind: field, cycle: loop.slice(0, MAX_LOOP_SHOWN), cycleLength: length - 1 };
      findings.push(finding);
    }
  }
  return findings;
}

function periodMismatches(cascade: Cascade): Finding[] {
  const findings: Finding[] = [];
  for (const node of cascade.allNodes) {
    const own = cascade.periodOf(node);
    for (const id of new Set(node.alignsTo)) {
      const target = cascade.nodes.get(id);
      if (!target || target === node) continue;
      const theirs = cascade.periodOf(target);
      if (!own || !theirs || overlaps(own, theirs)) continue;
      const message =
        `${node.id || 'This entry'} (${describePeriod(own)}) aligns to ${id}, which belongs to ${describePeriod(theirs)}: ` +
        'the periods do not overlap. Align to the parent goals of the same period.';
      const finding = at(node.file, referenceRange(node, 'aligns_to', id), 'alignment-period-mismatch', 'warning', message);
      finding.related = [{ file: target.file.file, range: idRange(target), message: `${id} is in ${describePeriod(theirs)}` }];
      finding.data = { id };
      findings.push(finding);
    }
  }
  return findings;
}

function notAligned(cascade: Cascade): Finding[] {
  return cascade.notAligned.map((node) => {
    const parent = node.file.parent ?? (node.file.parentKey ? cascade.fileByKey(node.file.parentKey) : undefined);
    const message =
      `Objective ${node.id || `"${node.title}"`} aligns to nothing, and neither do its key results. ` +
      `Add \`aligns_to: [<id>]\` with the ${parent ? `${parent.model.team ?? parent.displayPath} ` : 'parent '}objective or key result it serves, so its progress rolls up.`;
    const finding = at(node.file, idRange(node), 'objective-not-aligned', 'info', message);
    if (parent) finding.related = [{ file: parent.file, range: objectivesRange(parent), message: `Objectives of ${parent.displayPath}` }];
    finding.data = { objectiveId: node.id };
    return finding;
  });
}

function at(file: CascadeFile, range: Finding['range'], rule: string, severity: Severity, message: string): Finding {
  return { rule, severity, message, file: file.file, range };
}

function fieldsOf(node: CascadeNode): ReferenceField[] {
  return node.keyResult ? ['aligns_to', 'depends_on'] : ['aligns_to'];
}

function referencesOf(node: CascadeNode, field: ReferenceField): string[] {
  if (field === 'aligns_to') return node.alignsTo;
  return node.keyResult?.depends_on ?? [];
}

function declaredParent(cascade: Cascade, file: CascadeFile): CascadeFile | undefined {
  return file.parentKey === undefined ? undefined : cascade.fileByKey(file.parentKey);
}

/**
 * A closed loop `[A, B, …, A]` of `length` names, given at least its first few: short loops whole,
 * long ones cut after MAX_LOOP_SHOWN names.
 */
function describeLoop(names: readonly string[], length = names.length): string {
  if (length <= MAX_LOOP_SHOWN + 1) return names.slice(0, length).join(' → ');
  return `${names.slice(0, MAX_LOOP_SHOWN).join(' → ')} → … (${length - 1} links) → ${names[0]}`;
}

function overlaps(a: Period, b: Period): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return true; // unknown dates: nothing to compare
  return a.start <= b.end && b.start <= a.end;
}

function describePeriod(period: Period): string {
  return period.start && period.end && period.label !== `${period.start} – ${period.end}`
    ? `${period.label} (${period.start} – ${period.end})`
    : period.label;
}
