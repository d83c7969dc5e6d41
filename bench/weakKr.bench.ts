// Weak-KR detection (kr-task-like + kr-vague, from the title alone) on the real-world corpus in
// test/unit/lint/corpus: precision and recall for "weak" on the dev part and the held-out part.
// The held-out confusion list prints only with --show-held-out (not while tuning; see that README).
import { loadCorpus, score } from '../test/unit/lint/corpus/load';
import { BenchResult, runStandalone } from './stats';

export function run(): Promise<BenchResult[]> {
  const corpus = loadCorpus();
  const showHeldOut = process.argv.includes('--show-held-out');
  const results: BenchResult[] = [];
  for (const split of ['dev', 'held-out'] as const) {
    const scores = score(corpus.filter((entry) => entry.split === split));
    const counts = `n=${scores.n} tp=${scores.truePositives} fp=${scores.falsePositives} fn=${scores.falseNegatives}`;
    results.push({ name: `${split}: precision (weak)`, median: scores.precision, unit: '', note: counts });
    results.push({ name: `${split}: recall (weak)`, median: scores.recall, unit: '' });
    if (split === 'dev' || showHeldOut) {
      console.log(`\n${split} confusions (${scores.confusions.length}):`);
      for (const line of scores.confusions) console.log(`  ${line}`);
    }
  }
  return Promise.resolve(results);
}

if (require.main === module) runStandalone('weakKr', run);
