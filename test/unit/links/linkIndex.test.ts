import { strict as assert } from 'assert';
import { findReferences, LinkIndex, Reference } from '../../../src/core/links';

const TAGS = ['TODO', 'OKR'];
const refs = (text: string, file: string): Reference[] => findReferences(text, file, TAGS);
const where = (list: Reference[]): string[] => list.map((r) => `${r.file}:${r.line}:${r.id}`);

describe('links/LinkIndex', () => {
  it('indexes references by id and by file, in file then position order', () => {
    const index = new LinkIndex();
    assert.equal(index.setFile('b.ts', refs('// TODO(PLAT-1.1)\n// OKR PLAT-2', 'b.ts')), true);
    assert.equal(index.setFile('a.ts', refs('x\n// TODO(PLAT-1.1)', 'a.ts')), true);
    assert.deepEqual(where(index.referencesTo('PLAT-1.1')), ['a.ts:1:PLAT-1.1', 'b.ts:0:PLAT-1.1']);
    assert.deepEqual(where(index.referencesTo('PLAT-2')), ['b.ts:1:PLAT-2']);
    assert.deepEqual(index.referencesTo('PLAT-3'), []);
    assert.deepEqual(where(index.all()), ['a.ts:1:PLAT-1.1', 'b.ts:0:PLAT-1.1', 'b.ts:1:PLAT-2']);
    assert.deepEqual(index.files(), ['a.ts', 'b.ts']);
    assert.deepEqual(index.ids(), ['PLAT-1.1', 'PLAT-2']);
  });

  it('reports no change when a file is set to the same references again', () => {
    const index = new LinkIndex();
    index.setFile('a.ts', refs('// TODO(PLAT-1.1): x', 'a.ts'));
    assert.equal(index.setFile('a.ts', refs('// TODO(PLAT-1.1): x', 'a.ts')), false);
    assert.equal(index.setFile('a.ts', refs('// TODO(PLAT-1.1): y', 'a.ts')), true, 'the display text changed');
    assert.equal(index.setFile('a.ts', refs('\n// TODO(PLAT-1.1): y', 'a.ts')), true, 'the line changed');
    assert.equal(index.setFile('c.ts', []), false, 'an unknown file without references changes nothing');
  });

  it('moves an id between files and forgets ids nobody references any more', () => {
    const index = new LinkIndex();
    index.setFile('a.ts', refs('// TODO(PLAT-1.1)', 'a.ts'));
    index.setFile('a.ts', refs('// TODO(PLAT-2.1)', 'a.ts'));
    assert.deepEqual(index.referencesTo('PLAT-1.1'), []);
    assert.deepEqual(index.ids(), ['PLAT-2.1']);
    index.setFile('b.ts', refs('// TODO(PLAT-2.1)', 'b.ts'));
    index.removeFile('a.ts');
    assert.deepEqual(where(index.referencesTo('PLAT-2.1')), ['b.ts:0:PLAT-2.1']);
    assert.deepEqual(index.files(), ['b.ts']);
    assert.equal(index.setFile('b.ts', []), true);
    assert.deepEqual(index.all(), []);
    assert.deepEqual(index.ids(), []);
  });

  it('keeps its own order whatever order the references come in', () => {
    const index = new LinkIndex();
    const [first, second] = refs('// TODO(A-1)\n// TODO(B-1)', 'a.ts');
    index.setFile('a.ts', [second, first]);
    assert.deepEqual(where(index.all()), ['a.ts:0:A-1', 'a.ts:1:B-1']);
    assert.equal(index.setFile('a.ts', [first, second]), false);
  });
});
