import { strict as assert } from 'assert';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { findReferences, Reference } from '../../../src/core/links';

const TAGS = [...DEFAULT_CONFIG.tags];
type Found = [id: string, tag: string, line: number, character: number, endCharacter: number, text: string];
const found = (text: string, file: string, tags = TAGS): Found[] =>
  findReferences(text, file, tags).map((r: Reference) => [r.id, r.tag, r.line, r.character, r.endCharacter, r.text]);
const ids = (text: string, file: string, tags = TAGS): string[] => findReferences(text, file, tags).map((r) => r.id);

describe('links/findReferences', () => {
  describe('comment syntax by language', () => {
    it('finds line comments in TypeScript with the exact id range and the text after it', () => {
      assert.deepEqual(found('x();\n  // TODO(PLAT-1.1): cache docker layers\n', 'src/a.ts'), [
        ['PLAT-1.1', 'TODO', 1, 10, 18, 'cache docker layers'],
      ]);
      assert.equal(findReferences('// OKR PLAT-1', '/w/a.ts', TAGS)[0].file, '/w/a.ts');
    });

    it('finds a block comment on one line and one spanning several lines (C)', () => {
      assert.deepEqual(found('int a; /* FIXME [PLAT-1.1] */ int b;', 'a.c'), [['PLAT-1.1', 'FIXME', 0, 17, 25, '']]);
      const text = ['/*', ' * Restores caches.', ' * FIXME [PLAT-1.1] restore partial caches */', 'int x; TODO(PLAT-1.2)'].join('\n');
      assert.deepEqual(found(text, 'cache.c'), [['PLAT-1.1', 'FIXME', 2, 10, 18, 'restore partial caches']]);
    });

    it('treats an unterminated block comment as running to the end of the file', () => {
      assert.deepEqual(ids('/* start\n\nHACK PLAT-3', 'a.js'), ['PLAT-3']);
    });

    it('finds `#` comments in Python and shell, and Python docstrings', () => {
      assert.deepEqual(found('    # OKR PLAT-1.1 this id is ours', 'flow.py'), [['PLAT-1.1', 'OKR', 0, 10, 18, 'this id is ours']]);
      const docstring = ['def deploy():', '    """Deploys.', '', '    TODO(PLAT-1.2): canaries', '    """', '    x = 1'].join('\n');
      assert.deepEqual(found(docstring, 'flow.py'), [['PLAT-1.2', 'TODO', 3, 9, 17, 'canaries']]);
      assert.deepEqual(ids("'''TODO(PLAT-1.2)'''", 'm.py'), ['PLAT-1.2']);
      assert.deepEqual(ids('curl "$1/health" # TODO(PLAT-2.1): flaps', 'check.sh'), ['PLAT-2.1']);
    });

    it('does not take a triple-quoted string assigned in code for a docstring', () => {
      assert.deepEqual(ids('x = """TODO(PLAT-1.2)"""\ny = 2 # TODO(PLAT-1.3)', 'm.py'), ['PLAT-1.3']);
    });

    it('does not take a shell `#` inside a word for a comment', () => {
      assert.deepEqual(ids('echo a#TODO(PLAT-1)\necho b #TODO(PLAT-2)', 'run.sh'), ['PLAT-2']);
    });

    it('finds `--` comments in SQL and Lua, including Lua block comments', () => {
      assert.deepEqual(found("SELECT 1; -- TODO(PLAT-1.1)", 'q.sql'), [['PLAT-1.1', 'TODO', 0, 18, 26, '']]);
      assert.deepEqual(ids("SELECT '-- TODO(PLAT-1.1)' AS s;", 'q.sql'), []);
      assert.deepEqual(ids('--[[\n  FIXME PLAT-7.1\n]]\nlocal x = 1', 'init.lua'), ['PLAT-7.1']);
    });

    it('finds `;` comments in Lisp, ini and assembly', () => {
      assert.deepEqual(found('(defun f () 1) ; TODO PLAT-1.1', 'init.el'), [['PLAT-1.1', 'TODO', 0, 22, 30, '']]);
      assert.deepEqual(ids('[cache]\n; TODO PLAT-1.1 tune\nsize = 10', 'app.ini'), ['PLAT-1.1']);
      assert.deepEqual(ids('mov eax, 1 ; XXX PLAT-4', 'boot.asm'), ['PLAT-4']);
    });

    it('finds HTML comments in HTML and Markdown, but not tags in prose', () => {
      assert.deepEqual(found('<p>Hi</p>\n<!-- TODO(PLAT-1.1) -->', 'index.html'), [['PLAT-1.1', 'TODO', 1, 10, 18, '']]);
      assert.deepEqual(ids("# Guide\nTODO(PLAT-1.1) in prose\nDon't <!-- OKR PLAT-2 --> stop", 'README.md'), ['PLAT-2']);
    });

    it('falls back to the common comment leaders for unknown file types', () => {
      const text = 'TODO(PLAT-1) bare\n// TODO(PLAT-2)\n# TODO(PLAT-3)\n/* TODO(PLAT-4) */\n"// TODO(PLAT-5)"';
      assert.deepEqual(ids(text, 'notes.unknownext'), ['PLAT-2', 'PLAT-3', 'PLAT-4']);
    });

    it('recognises files by name when they have no extension', () => {
      assert.deepEqual(ids('RUN make # OKR PLAT-1\nRUN echo "# TODO(PLAT-2)"', 'docker/Dockerfile'), ['PLAT-1']);
      assert.deepEqual(ids('all:\n\t# TODO(PLAT-3)', 'Makefile'), ['PLAT-3']);
    });
  });

  describe('string literals are not comments', () => {
    it('ignores a tag inside a string, and a comment leader inside a string', () => {
      assert.deepEqual(ids('const s = "TODO(PLAT-1.1)";', 'a.ts'), []);
      assert.deepEqual(ids("const s = '// TODO(PLAT-1.1)';", 'a.ts'), []);
      assert.deepEqual(ids('const s = "/* TODO(PLAT-1.1) */";', 'a.ts'), []);
      assert.deepEqual(ids('print("# TODO(PLAT-1.1)")', 'a.py'), []);
    });

    it('understands escaped quotes, and ends a single-line string at the end of the line', () => {
      assert.deepEqual(ids('const s = "a \\" // TODO(PLAT-1)";', 'a.ts'), []);
      assert.deepEqual(ids('const s = "unterminated\n// TODO(PLAT-2)', 'a.ts'), ['PLAT-2']);
      assert.deepEqual(ids("const s = 'it'; // TODO(PLAT-3)", 'a.ts'), ['PLAT-3']);
      assert.deepEqual(ids('const s = "a\\\\"; // TODO(PLAT-4)', 'a.ts'), ['PLAT-4']);
    });

    it('knows template literals span lines, and Rust lifetimes are not quotes', () => {
      assert.deepEqual(ids('const s = `\n// TODO(PLAT-1)\n`; // TODO(PLAT-2)', 'a.ts'), ['PLAT-2']);
      assert.deepEqual(ids("fn f<'a>(x: &'a str) {} // TODO(PLAT-1.1)", 'lib.rs'), ['PLAT-1.1']);
    });
  });

  describe('reference syntax', () => {
    it('accepts the separators `(`, `[`, `:` and blanks between tag and id', () => {
      const text = ['// TODO(PLAT-1)', '// TODO [PLAT-2]', '// TODO: PLAT-3', '// TODO\tPLAT-4', '// TODO:(PLAT-5)'].join('\n');
      assert.deepEqual(ids(text, 'a.ts'), ['PLAT-1', 'PLAT-2', 'PLAT-3', 'PLAT-4', 'PLAT-5']);
    });

    it('requires the tag and the id to be whole words', () => {
      const text = ['// MYTODO(PLAT-1)', '// TODOS PLAT-2', '// TODO XPLAT', '// TODO PLAT-1.1a', '// TODO PLAT_1'].join('\n');
      assert.deepEqual(ids(text, 'a.ts'), []);
    });

    it('takes the longest id, and a trailing dot ends a sentence', () => {
      assert.deepEqual(ids('// TODO(PLAT-1.10) and // FIXME PLAT-1.', 'a.ts'), ['PLAT-1.10', 'PLAT-1']);
    });

    it('reports every id of a comma-separated list with its own position', () => {
      assert.deepEqual(found('// TODO(PLAT-1.1, CO-2): share the cache', 'a.ts'), [
        ['PLAT-1.1', 'TODO', 0, 8, 16, 'share the cache'],
        ['CO-2', 'TODO', 0, 18, 22, 'share the cache'],
      ]);
    });

    it('reports several references in one comment and across lines', () => {
      assert.deepEqual(found('// TODO(A-1) then OKR B-2\n\n# x\n// XXX C-3: later', 'a.ts'), [
        ['A-1', 'TODO', 0, 8, 11, 'then OKR B-2'],
        ['B-2', 'OKR', 0, 22, 25, ''],
        ['C-3', 'XXX', 3, 7, 10, 'later'],
      ]);
    });

    it('counts characters in UTF-16 code units, tabs as one, and handles CRLF line ends', () => {
      assert.deepEqual(found('\t// TODO(PLAT-1)', 'a.ts')[0].slice(2, 5), [0, 9, 15]);
      assert.deepEqual(found('// 🚀 TODO(PLAT-1) ok', 'a.ts')[0].slice(2, 6), [0, 11, 17, 'ok']);
      assert.deepEqual(found('a();\r\n// TODO(PLAT-1): done\r\nb();', 'a.ts'), [['PLAT-1', 'TODO', 1, 8, 14, 'done']]);
    });

    it('uses only the configured tags, case-sensitively, including tags with punctuation', () => {
      const text = '// NOTE(PLAT-1)\n// TODO(PLAT-2)\n// todo(PLAT-3)\n// @okr PLAT-4';
      assert.deepEqual(ids(text, 'a.ts', ['NOTE', '@okr']), ['PLAT-1', 'PLAT-4']);
      assert.deepEqual(ids(text, 'a.ts'), ['PLAT-2']);
      assert.deepEqual(ids(text, 'a.ts', []), []);
    });
  });

  describe('properties', () => {
    const idArbitrary = fc
      .tuple(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,6}$/), fc.array(fc.nat({ max: 99 }), { minLength: 1, maxLength: 3 }))
      .map(([prefix, numbers]) => `${prefix}-${numbers.join('.')}`);

    it('a tagged id in a comment is found exactly where it is written', () => {
      fc.assert(
        fc.property(idArbitrary, fc.constantFrom(...TAGS), fc.nat({ max: 8 }), fc.constantFrom('(', ' ', ' [', ': '), (id, tag, indent, separator) => {
          const line = `${' '.repeat(indent)}// ${tag}${separator}${id}${separator.trim() === '(' ? ')' : ''} later`;
          const [reference, ...rest] = findReferences(`code();\n${line}\n`, 'x.ts', TAGS);
          assert.deepEqual(rest, []);
          assert.equal(reference.line, 1);
          assert.equal(line.slice(reference.character, reference.endCharacter), id);
          assert.equal(reference.id, id);
        }),
      );
    });

    it('the same text inside a string literal is never a reference', () => {
      fc.assert(
        fc.property(idArbitrary, fc.constantFrom(...TAGS), (id, tag) => {
          assert.deepEqual(findReferences(`const s = "// ${tag}(${id})";`, 'x.ts', TAGS), []);
        }),
      );
    });
  });
});
