import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { idAt, idCompletionStart } from '../../../src/core/links/idText';

const TAGS = DEFAULT_CONFIG.tags;

describe('ids under the cursor', () => {
  const line = '  // TODO(PLAT-1.1): see PLAT-1.10 and plat-2';

  it('finds the id around the cursor, including just after its last character', () => {
    assert.deepEqual(idAt(line, 10), { id: 'PLAT-1.1', start: 10, end: 18 });
    assert.deepEqual(idAt(line, 18), { id: 'PLAT-1.1', start: 10, end: 18 });
    assert.deepEqual(idAt(line, 30), { id: 'PLAT-1.10', start: 25, end: 34 });
    assert.deepEqual(idAt(line, 40), { id: 'plat-2', start: 39, end: 45 });
  });

  it('finds nothing off an id', () => {
    assert.equal(idAt(line, 3), undefined);
    assert.equal(idAt('utf8-encoded', 2), undefined);
  });
});

describe('id completion after a tag', () => {
  it('starts after the tag and its bracket, over the part already typed', () => {
    assert.equal(idCompletionStart('// TODO(', TAGS), 8);
    assert.equal(idCompletionStart('// TODO(PLA', TAGS), 8);
    assert.equal(idCompletionStart('# OKR PLAT-1.', TAGS), 6);
    assert.equal(idCompletionStart('/* FIXME [', TAGS), 10);
    assert.equal(idCompletionStart('// TODO: ', TAGS), 9);
  });

  it('does not start elsewhere', () => {
    assert.equal(idCompletionStart('// TODOS(', TAGS), undefined);
    assert.equal(idCompletionStart('// TODO(PLAT-1.1) and more', TAGS), undefined);
    assert.equal(idCompletionStart('const x = (', TAGS), undefined);
    assert.equal(idCompletionStart('// NOTE(', TAGS), undefined);
    assert.equal(idCompletionStart('// NOTE(', ['NOTE']), 8);
  });
});

describe('injection grammar', () => {
  const grammar = JSON.parse(readFileSync(path.resolve(__dirname, '../../../syntaxes/okr-references.tmLanguage.json'), 'utf8')) as {
    injectionSelector: string;
    repository: { reference: { match: string; captures: Record<string, { name: string }> } };
  };
  const rule = grammar.repository.reference;
  const ids = (text: string) => [...text.matchAll(new RegExp(rule.match, 'g'))].map((m) => m[1]);

  it('is injected into comments and scopes the id', () => {
    assert.equal(grammar.injectionSelector, 'L:comment');
    assert.equal(rule.captures['1'].name, 'entity.name.tag.okr-id');
  });

  it('matches ids after a tag in the reference styles, and nothing else', () => {
    assert.deepEqual(ids('// TODO(PLAT-1.1): cache'), ['PLAT-1.1']);
    assert.deepEqual(ids('/* FIXME [PLAT-1.1] restore */'), ['PLAT-1.1']);
    assert.deepEqual(ids('# OKR PLAT-9.9 gone'), ['PLAT-9.9']);
    assert.deepEqual(ids('# OKR: CO-2'), ['CO-2']);
    assert.deepEqual(ids('// see PLAT-1.1, UTF-8, TODOS(PLAT-1)'), []);
  });
});
