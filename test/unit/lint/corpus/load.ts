// Reads the real-world corpus (README.md here) and scores the weak-KR verdict on it: a key result
// is reported as weak when `kr-task-like` or `kr-vague` would report it from its title alone.
import { readFileSync } from 'fs';
import * as path from 'path';
import { assessTaskLike, vagueWordIn } from '../../../../src/core/lint/taskLike';

export type Split = 'dev' | 'held-out';

export interface CorpusEntry {
  title: string;
  weak: boolean;
  source: string;
  url: string;
  split: Split;
}

export interface WeakVerdict {
  weak: boolean;
  reason: string;
}

export interface Scores {
  n: number;
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  confusions: string[];
}

function rows(file: string): string[][] {
  return readFileSync(path.join(__dirname, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

export function loadCorpus(): CorpusEntry[] {
  const sources = new Map(rows('sources.tsv').map(([key, split, url]) => [key, { split: split as Split, url }]));
  return rows('keyResults.tsv').map(([label, title, source]) => {
    const known = sources.get(source);
    if (!known || (label !== 'weak' && label !== 'outcome')) throw new Error(`bad corpus row: ${label} ${title} ${source}`);
    return { title, weak: label === 'weak', source, url: known.url, split: known.split };
  });
}

export function weakVerdict(title: string): WeakVerdict {
  const task = assessTaskLike({ title });
  if (task.taskLike) return { weak: true, reason: `kr-task-like: ${task.reason}` };
  const vague = vagueWordIn(title);
  if (vague) return { weak: true, reason: `kr-vague: “${vague}” with no figure` };
  return { weak: false, reason: task.reason };
}

export function score(entries: CorpusEntry[]): Scores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const confusions: string[] = [];
  for (const entry of entries) {
    const verdict = weakVerdict(entry.title);
    if (verdict.weak && entry.weak) truePositives++;
    else if (verdict.weak) falsePositives++;
    else if (entry.weak) falseNegatives++;
    if (verdict.weak !== entry.weak) confusions.push(`${entry.weak ? 'missed weak' : 'flagged outcome'}: ${entry.title}  (${verdict.reason})`);
  }
  return {
    n: entries.length,
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    truePositives,
    falsePositives,
    falseNegatives,
    confusions,
  };
}
