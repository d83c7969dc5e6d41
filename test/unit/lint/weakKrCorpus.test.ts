// The weak-KR verdict (kr-task-like or kr-vague, from the title) on real-world key results; see
// corpus/README.md for the sources, the rubric and how the held-out part is kept out of tuning.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { loadCorpus, score } from './corpus/load';

const corpus = loadCorpus();
const dev = corpus.filter((entry) => entry.split === 'dev');
const heldOut = corpus.filter((entry) => entry.split === 'held-out');

describe('weak-KR detection on the real-world corpus', () => {
  it('has at least 300 sourced titles, split by source, both labels in each part, no title twice', () => {
    assert.ok(corpus.length >= 300, `${corpus.length} titles`);
    for (const entry of corpus) assert.match(entry.url, /^https:\/\//, entry.title);
    for (const part of [dev, heldOut]) {
      assert.ok(part.filter((entry) => entry.weak).length >= 30);
      assert.ok(part.filter((entry) => !entry.weak).length >= 30);
    }
    const devSources = new Set(dev.map((entry) => entry.source));
    assert.deepEqual(heldOut.filter((entry) => devSources.has(entry.source)), []);
    const titles = corpus.map((entry) => entry.title.toLowerCase());
    assert.equal(new Set(titles).size, titles.length);
  });

  for (const [name, part] of [['dev', dev], ['held-out', heldOut]] as const) {
    it(`reaches precision >= 0.90 and recall >= 0.85 for "weak" on the ${name} part`, () => {
      const scores = score(part);
      console.log(`      ${name}: n=${scores.n} precision=${scores.precision.toFixed(3)} recall=${scores.recall.toFixed(3)}`);
      const detail = name === 'dev' ? `\n${scores.confusions.join('\n')}` : ' (held-out confusions: npx tsx bench/run.ts weakKr --show-held-out)';
      assert.ok(scores.precision >= 0.9, `precision ${scores.precision}${detail}`);
      assert.ok(scores.recall >= 0.85, `recall ${scores.recall}${detail}`);
    });
  }

  it('puts no held-out title into a word list or a rule', () => {
    const lint = path.join(__dirname, '../../../src/core/lint');
    const rules = ['taskLikeWords.ts', 'taskLike.ts', 'measurability.ts', 'numbers.ts']
      .map((file) => readFileSync(path.join(lint, file), 'utf8').toLowerCase().replace(/\s+/g, ' '))
      .join('\n');
    const leaked = heldOut.filter((entry) => rules.includes(entry.title.toLowerCase().replace(/\s+/g, ' ')));
    assert.deepEqual(leaked, []);
  });
});
