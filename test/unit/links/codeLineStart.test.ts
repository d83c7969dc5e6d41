import { strict as assert } from 'assert';
import { commentSyntaxFor } from '../../../src/core/links/commentSyntax';
import { codeLineStart } from '../../../src/core/links/scan/codeLineStart';

describe('links/scan: codeLineStart', () => {
  /** The text from where lexing may start, for a reference at `target`. */
  const startFor = (text: string, file: string, target: string, textStart = 0): string => {
    const bytes = Buffer.from(text);
    return bytes.toString('utf8', codeLineStart(bytes, commentSyntaxFor(file), textStart, bytes.indexOf(target)));
  };

  it('is the reference line when nothing before it can stay open across a line end', () => {
    assert.equal(startFor('a("//")\nb = \'x\' // y\n// TODO(X-1)\n', 'f.ts', '// TODO'), '// TODO(X-1)\n');
    assert.equal(startFor('s = "/*"\n# TODO(X-1)\n', 'f.sh', '# TODO'), '# TODO(X-1)\n');
  });

  it('backs up to the line of the first token that may open something spanning lines', () => {
    assert.equal(startFor('a\n  b = `x\n y`\n// TODO(X-1)\n', 'f.ts', '// TODO'), '  b = `x\n y`\n// TODO(X-1)\n');
    assert.equal(startFor('a\ns = "x\\\ny"\n// TODO(X-1)\n', 'f.ts', '// TODO'), 's = "x\\\ny"\n// TODO(X-1)\n');
    assert.equal(startFor('a\n/* b */\n/*\n// TODO(X-1)\n', 'f.ts', '// TODO'), '/* b */\n/*\n// TODO(X-1)\n');
    assert.equal(startFor('def f():\n    """Doc.\n    OKR X-1\n    """\n', 'f.py', 'OKR'), '    """Doc.\n    OKR X-1\n    """\n');
    assert.equal(startFor('x\n<!--\nTODO(X-1) -->\n', 'f.md', 'TODO'), '<!--\nTODO(X-1) -->\n');
  });

  it('only counts the tokens of the file’s own syntax', () => {
    // A backtick opens nothing in Python, a triple quote nothing in TypeScript beyond its strings.
    assert.equal(startFor('a = `\n# TODO(X-1)\n', 'f.py', '# TODO'), '# TODO(X-1)\n');
    assert.equal(startFor('-- [[\n-- TODO(X-1)\n', 'f.sql', '-- TODO'), '-- TODO(X-1)\n');
  });

  it('never backs up past the start of the text (after a byte order mark)', () => {
    assert.equal(startFor('\ufeff/*\n// TODO(X-1)\n', 'f.ts', '// TODO', 3), '/*\n// TODO(X-1)\n');
  });
});
