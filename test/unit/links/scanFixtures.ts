// Random file texts for the scanner tests: pieces that open and close comments and strings of many
// languages across lines, with and without references, in files of every comment syntax.
import fc from 'fast-check';

const PIECES = [
  '/*', '*/', '"', '`', "'", '"""', "'''", '#', '//', '--', '<!--', '-->', '--[[', ']]', '{-', '-}', '#|', '|#', '<#', '#>',
  '\\', '\\\n', 'x = 1', 'TODO(PLAT-1.1): a', 'FIXME [A-2]', 'OKR B-3.4 é', 'TODO: later', 'XTODO(C-1)',
  '// TODO(D-5)', '# OKR E-6', '-- FIXME [F-7]', '"a \\\n', "'b \\\n", '\n', '\n', '\r\n',
];

/** Under 1,000 bytes; any length up to that (fast-check's default size would keep them short). */
export const fileText = fc.array(fc.constantFrom(...PIECES), { maxLength: 50, size: 'max' }).map((parts) => parts.join(' '));

export const fileName = fc.constantFrom('f.ts', 'f.py', 'f.sql', 'f.md', 'f.unknown', 'f.lua', 'f.hs', 'f.ps1', 'f.lisp', 'f.sh', 'f.go', 'f.php', 'f.vue', 'f.css');
