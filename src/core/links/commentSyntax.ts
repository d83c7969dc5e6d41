// Comment and string syntax per language family, chosen by file name. Pragmatic, not a parser:
// enough to tell a comment from code and from a string literal on the same line.

export interface LineCommentLeader {
  open: string;
  /** The leader only starts a comment at the start of a line or after whitespace (`#` in shell). */
  atWordStart?: boolean;
}

export interface CommentSyntax {
  line: LineCommentLeader[];
  block: { open: string; close: string }[];
  /** Quote characters of string literals; a single-line string ends at an unescaped newline. */
  quotes: string[];
  /** Quote characters whose strings may span lines (JS template literals). */
  multilineQuotes?: string[];
  /** Python: a triple-quoted string that starts a line is a docstring, read as a comment. */
  docstrings?: boolean;
}

const leader = (open: string, atWordStart = false): LineCommentLeader => ({ open, atWordStart });
const SLASH_BLOCK = { open: '/*', close: '*/' };
const HTML_BLOCK = { open: '<!--', close: '-->' };

const C_LIKE: CommentSyntax = { line: [leader('//')], block: [SLASH_BLOCK], quotes: ['"', "'"] };
const JS_LIKE: CommentSyntax = { ...C_LIKE, multilineQuotes: ['`'] };
// Rust and Go: `'` is a lifetime / rune, not a reliable string delimiter.
const RUST_GO: CommentSyntax = { line: [leader('//')], block: [SLASH_BLOCK], quotes: ['"'], multilineQuotes: ['`'] };
const CSS: CommentSyntax = { line: [], block: [SLASH_BLOCK], quotes: ['"', "'"] };
const PHP: CommentSyntax = { line: [leader('//'), leader('#')], block: [SLASH_BLOCK], quotes: ['"', "'"] };
const PYTHON: CommentSyntax = { line: [leader('#')], block: [], quotes: ['"', "'"], docstrings: true };
const SHELL: CommentSyntax = { line: [leader('#', true)], block: [], quotes: ['"', "'"] };
const HASH: CommentSyntax = { line: [leader('#')], block: [], quotes: ['"', "'"] };
const POWERSHELL: CommentSyntax = { line: [leader('#')], block: [{ open: '<#', close: '#>' }], quotes: ['"', "'"] };
const HCL: CommentSyntax = { line: [leader('#'), leader('//')], block: [SLASH_BLOCK], quotes: ['"'] };
const SQL: CommentSyntax = { line: [leader('--')], block: [SLASH_BLOCK], quotes: ["'", '"'] };
const LUA: CommentSyntax = { line: [leader('--')], block: [{ open: '--[[', close: ']]' }], quotes: ["'", '"'] };
const HASKELL: CommentSyntax = { line: [leader('--')], block: [{ open: '{-', close: '-}' }], quotes: ['"'] };
const LISP: CommentSyntax = { line: [leader(';')], block: [{ open: '#|', close: '|#' }], quotes: ['"'] };
const INI: CommentSyntax = { line: [leader(';', true), leader('#', true)], block: [], quotes: [] };
const ASSEMBLY: CommentSyntax = { line: [leader(';'), leader('#', true)], block: [], quotes: ['"'] };
const PERCENT: CommentSyntax = { line: [leader('%')], block: [], quotes: ['"'] };
const MARKUP: CommentSyntax = { line: [], block: [HTML_BLOCK], quotes: [] };
const COMPONENT: CommentSyntax = { line: [leader('//')], block: [HTML_BLOCK, SLASH_BLOCK], quotes: ['"', "'"], multilineQuotes: ['`'] };
/** Unknown file types: the common leaders, `"` strings only (apostrophes are common in prose). */
export const GENERIC_SYNTAX: CommentSyntax = {
  line: [leader('//'), leader('#', true), leader('--', true), leader(';', true)],
  block: [SLASH_BLOCK, HTML_BLOCK],
  quotes: ['"'],
};

const FAMILIES: [CommentSyntax, string[]][] = [
  [JS_LIKE, ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'dart', 'kt', 'kts', 'groovy', 'gradle', 'scala', 'sc']],
  [C_LIKE, ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh', 'hxx', 'm', 'mm', 'java', 'cs', 'swift', 'proto', 'jsonc', 'json5', 'zig', 'v', 'sv', 'glsl', 'hlsl', 'sol', 'fs', 'fsx', 'scss', 'less', 'styl']],
  [RUST_GO, ['rs', 'go']],
  [CSS, ['css']],
  [PHP, ['php']],
  [PYTHON, ['py', 'pyi', 'pyw']],
  [SHELL, ['sh', 'bash', 'zsh', 'ksh', 'fish', 'mk', 'mak', 'dockerfile', 'containerfile']],
  [HASH, ['rb', 'rake', 'gemspec', 'pl', 'pm', 'r', 'jl', 'nim', 'cr', 'ex', 'exs', 'coffee', 'yaml', 'yml', 'toml', 'cmake', 'conf', 'properties', 'gitignore', 'dockerignore', 'editorconfig', 'env', 'nix', 'tcl']],
  [POWERSHELL, ['ps1', 'psm1', 'psd1']],
  [HCL, ['tf', 'tfvars', 'hcl']],
  [SQL, ['sql', 'psql', 'pgsql', 'mysql', 'ada', 'adb', 'ads', 'vhd', 'vhdl']],
  [LUA, ['lua']],
  [HASKELL, ['hs', 'lhs', 'elm', 'purs']],
  [LISP, ['lisp', 'lsp', 'cl', 'el', 'scm', 'ss', 'rkt', 'clj', 'cljs', 'cljc', 'edn', 'fnl']],
  [INI, ['ini', 'cfg', 'inf', 'reg']],
  [ASSEMBLY, ['asm', 's', 'nasm']],
  [PERCENT, ['tex', 'sty', 'cls', 'bib', 'erl', 'hrl', 'mat', 'pro']],
  [MARKUP, ['html', 'htm', 'xhtml', 'xml', 'xsd', 'xsl', 'svg', 'md', 'markdown', 'mdx', 'rst', 'plist', 'csproj', 'vbproj', 'props', 'targets']],
  [COMPONENT, ['vue', 'svelte', 'astro']],
];

const BY_EXTENSION = new Map<string, CommentSyntax>();
for (const [syntax, extensions] of FAMILIES) for (const extension of extensions) BY_EXTENSION.set(extension, syntax);

const BY_BASENAME = new Map<string, CommentSyntax>([
  ['makefile', SHELL],
  ['gnumakefile', SHELL],
  ['dockerfile', SHELL],
  ['containerfile', SHELL],
  ['cmakelists.txt', HASH],
  ['gemfile', HASH],
  ['rakefile', HASH],
  ['jenkinsfile', C_LIKE],
  ['.bashrc', SHELL],
  ['.zshrc', SHELL],
  ['.profile', SHELL],
]);

/** The comment syntax for a file path (POSIX or Windows separators), falling back to a generic one. */
export function commentSyntaxFor(file: string): CommentSyntax {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const basename = file.slice(slash + 1).toLowerCase();
  const byName = BY_BASENAME.get(basename);
  if (byName) return byName;
  const dot = basename.lastIndexOf('.');
  const extension = dot >= 0 ? basename.slice(dot + 1) : '';
  // `Dockerfile.dev`, `build.Dockerfile`
  if (basename.startsWith('dockerfile')) return SHELL;
  return BY_EXTENSION.get(extension) ?? GENERIC_SYNTAX;
}
